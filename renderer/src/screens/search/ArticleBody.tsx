import { useLayoutEffect, useRef } from 'react';
import { sanitizeArticleHtml } from '../../lib/sanitize-html';

/** The article's HTML, cleaned again on this side before it touches the document. */
export function ArticleBody({ html, label }: { html: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(sanitizeArticleHtml(html));
  }, [html]);
  return <div ref={ref} className="article-body" role="region" aria-label={label} />;
}
