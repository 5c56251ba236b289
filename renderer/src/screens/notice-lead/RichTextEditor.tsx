import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Only links a browser opens safely; the server's sanitiser drops anything else anyway. */
function safeHref(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A notice body in one language: TipTap with the few marks agents' notices need. The editor's
 * CSS is not injected (the CSP allows style sheets from 'self' only): notice-lead.css styles it.
 */
export function RichTextEditor(props: {
  html: string;
  label: string;
  lang: string;
  onChange: (html: string) => void;
}) {
  // The editor keeps the callback it was created with: read the latest through a ref.
  const onChange = useRef(props.onChange);
  useEffect(() => {
    onChange.current = props.onChange;
  }, [props.onChange]);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
      }),
    ],
    content: props.html,
    injectCSS: false,
    editorProps: {
      attributes: {
        class: 'rich-text-content article-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': props.label,
        lang: props.lang,
        'data-testid': 'notice-body-editor',
      },
    },
    onUpdate: ({ editor: e }) => onChange.current(e.isEmpty ? '' : e.getHTML()),
  });
  if (!editor) return null;
  return (
    <div className="rich-text">
      <Toolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const [linkError, setLinkError] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading', { level: 2 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons = [
    { key: 'bold', on: active.bold, run: () => chain().toggleBold().run(), glyph: 'B' },
    { key: 'italic', on: active.italic, run: () => chain().toggleItalic().run(), glyph: 'I' },
    {
      key: 'heading',
      on: active.heading,
      run: () => chain().toggleHeading({ level: 2 }).run(),
      glyph: 'H',
    },
    {
      key: 'bulletList',
      on: active.bullet,
      run: () => chain().toggleBulletList().run(),
      glyph: '•',
    },
    {
      key: 'orderedList',
      on: active.ordered,
      run: () => chain().toggleOrderedList().run(),
      glyph: '1.',
    },
  ] as const;

  const applyLink = () => {
    if (href.trim() === '') {
      chain().extendMarkRange('link').unsetLink().run();
      setLinkOpen(false);
      return;
    }
    const safe = safeHref(href);
    if (!safe) {
      setLinkError(true);
      return;
    }
    chain().extendMarkRange('link').setLink({ href: safe }).run();
    setLinkOpen(false);
  };

  return (
    <div className="rich-text-toolbar" role="toolbar" aria-label={t('noticeLead.toolbar.label')}>
      {buttons.map((b) => (
        <button
          key={b.key}
          type="button"
          className={`button ghost rich-text-button rt-${b.key}${b.on ? ' is-on' : ''}`}
          aria-pressed={b.on}
          title={t(`noticeLead.toolbar.${b.key}`)}
          aria-label={t(`noticeLead.toolbar.${b.key}`)}
          onClick={b.run}
        >
          {b.glyph}
        </button>
      ))}
      <button
        type="button"
        className={`button ghost rich-text-button rt-link${active.link ? ' is-on' : ''}`}
        aria-pressed={active.link}
        aria-expanded={linkOpen}
        title={t('noticeLead.toolbar.link')}
        aria-label={t('noticeLead.toolbar.link')}
        onClick={() => {
          setHref(active.href);
          setLinkError(false);
          setLinkOpen((open) => !open);
        }}
      >
        ↗
      </button>
      {linkOpen && (
        // Not a <form>: the editor sits inside the compose form, and forms do not nest (Enter
        // would send the notice).
        <div className="rich-text-link">
          <input
            type="url"
            value={href}
            placeholder="https://"
            aria-label={t('noticeLead.toolbar.linkAddress')}
            aria-invalid={linkError}
            autoFocus
            onChange={(e) => {
              setHref(e.target.value);
              setLinkError(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyLink();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setLinkOpen(false);
                editor.commands.focus();
              }
            }}
          />
          <button type="button" className="button" onClick={applyLink}>
            {href.trim() === '' ? t('noticeLead.toolbar.unlink') : t('noticeLead.toolbar.apply')}
          </button>
          {linkError && (
            <span className="field-error" role="alert">
              {t('noticeLead.toolbar.badLink')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
