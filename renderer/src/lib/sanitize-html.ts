import { isSafeUrl } from './url-policy';

/** Elements that can run code or pull in other documents; removed with their content. */
const DROPPED_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, link, meta, base, style, template, form';
const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'srcset',
  'poster',
  'background',
];

/**
 * Second line of defence for article bodies, which the server already sanitises: drops script-like
 * elements, event-handler attributes and unsafe URLs, and makes links open outside the app.
 * Returns a fragment to insert, so the HTML is never parsed in the live document.
 */
export function sanitizeArticleHtml(
  html: string,
  parser: DOMParser = new DOMParser(),
): DocumentFragment {
  const doc = parser.parseFromString(`<body>${html}</body>`, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll(DROPPED_ELEMENTS))) el.remove();
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) {
        el.removeAttribute(attr.name);
      } else if (name === 'srcset') {
        // Each candidate would need checking; articles don't need responsive images.
        el.removeAttribute(attr.name);
      } else if (URL_ATTRIBUTES.includes(name)) {
        const kind = el.tagName === 'IMG' && name === 'src' ? 'image' : 'link';
        if (!isSafeUrl(attr.value, kind)) el.removeAttribute(attr.name);
      }
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
  return fragment;
}
