import Image from '@tiptap/extension-image';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { cleanPastedHtml } from '../paste-clean';
import { BodyToolbar, type BodyActions } from './BodyToolbar';
import { Callout } from './callout-node';
import { TableExtensions } from './table-nodes';

/**
 * One language variant's body (R9): TipTap with headings, lists, tables, images (embedded),
 * links, code blocks and callouts. The store holds the HTML; a change from outside (an import)
 * replaces the editor's content. The editor's CSS is not injected (the CSP allows style sheets
 * from 'self' only): knowledge-editor.css styles it.
 */
export function RichBody(
  props: {
    html: string;
    label: string;
    lang: string;
    onChange: (html: string) => void;
  } & BodyActions,
) {
  // The editor keeps the callback it was created with: read the latest through a ref.
  const onChange = useRef(props.onChange);
  useEffect(() => {
    onChange.current = props.onChange;
  }, [props.onChange]);
  /** What the editor last reported, to tell its own echo from a change made elsewhere. */
  const emitted = useRef(props.html);
  const [linkRequest, setLinkRequest] = useState(0);

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['mailto'],
          isAllowedUri: (url, ctx) => /^(https?:|mailto:)/i.test(url) && ctx.defaultValidate(url),
        },
      }),
      Image.configure({ allowBase64: true, inline: false }),
      ...TableExtensions,
      Callout,
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
        'data-testid': 'article-body-editor',
        'data-lang': props.lang,
      },
      transformPastedHTML: cleanPastedHtml,
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setLinkRequest((n) => n + 1);
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML();
      emitted.current = html;
      onChange.current(html);
    },
  });

  useEffect(() => {
    if (!editor || props.html === emitted.current) return;
    emitted.current = props.html;
    editor.commands.setContent(props.html, { emitUpdate: false });
  }, [editor, props.html]);

  if (!editor) return null;
  return (
    <div className="rich-text article-rich-text" data-lang={props.lang}>
      <BodyToolbar
        editor={editor}
        linkRequest={linkRequest}
        onImport={props.onImport}
        onAttach={props.onAttach}
      />
      <EditorContent editor={editor} />
    </div>
  );
}
