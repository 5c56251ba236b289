import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** http, https and mailto only (R9): anything else is refused with a reason; a bare host gets https. */
export function safeLink(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text)
    ? text
    : text.includes('@') && !text.includes('/')
      ? `mailto:${text}`
      : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The address of the link at the cursor; empty removes it. Not a <form>: Enter must not submit the editor's form. */
export function LinkDialog(props: { editor: Editor; href: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [href, setHref] = useState(props.href);
  const [error, setError] = useState(false);
  const chain = () => props.editor.chain().focus().extendMarkRange('link');

  const apply = () => {
    if (href.trim() === '') {
      chain().unsetLink().run();
      props.onClose();
      return;
    }
    const safe = safeLink(href);
    if (!safe) {
      setError(true);
      return;
    }
    const { empty } = props.editor.state.selection;
    if (empty && !props.editor.isActive('link')) {
      // Nothing selected: the address becomes the link's text.
      props.editor
        .chain()
        .focus()
        .insertContent({
          type: 'text',
          text: safe,
          marks: [{ type: 'link', attrs: { href: safe } }],
        })
        .run();
    } else {
      chain().setLink({ href: safe }).run();
    }
    props.onClose();
  };

  return (
    <div className="rich-text-link" role="group" aria-label={t('knowledge.editor.link.label')}>
      <input
        type="url"
        value={href}
        placeholder="https://"
        aria-label={t('knowledge.editor.link.address')}
        aria-invalid={error}
        data-testid="article-link-address"
        autoFocus
        onChange={(e) => {
          setHref(e.target.value);
          setError(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onClose();
          }
        }}
      />
      <button type="button" className="button" data-testid="article-link-apply" onClick={apply}>
        {href.trim() === '' ? t('knowledge.editor.link.remove') : t('knowledge.editor.link.apply')}
      </button>
      <button type="button" className="button ghost" onClick={props.onClose}>
        {t('knowledge.editor.link.cancel')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {t('knowledge.editor.link.bad')}
        </span>
      )}
    </div>
  );
}
