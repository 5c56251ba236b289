import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../../shared/workstation/authoring';
import { ATTACHMENT_TYPES } from '../../../../../../shared/workstation/authoring-constants';
import {
  checkAttachment,
  checkInlineImage,
  formatBytes,
  INLINE_IMAGE_TYPES,
  readDataUrl,
  type FileRefusal,
} from './file-read';
import { LinkDialog } from './LinkDialog';
import { ToolbarIcon, type IconName } from './ToolbarIcon';

export interface BodyActions {
  /** Converts a document and puts it into this variant (the editor asks replace or append). */
  onImport: (file: File) => void;
  /** Uploads a file; the answer is linked at the cursor, or the reason it failed is shown. */
  onAttach: (
    file: File,
  ) => Promise<{ ok: true; attachment: Attachment } | { ok: false; text: string }>;
}

type ToolbarKey =
  | 'h2'
  | 'h3'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'bulletList'
  | 'orderedList'
  | 'codeBlock'
  | 'calloutInfo'
  | 'calloutWarning'
  | 'link'
  | 'image'
  | 'table'
  | 'addRow'
  | 'deleteRow'
  | 'addColumn'
  | 'deleteColumn'
  | 'headerRow'
  | 'deleteTable';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Toolbar of the article body: every button has a translated name, tooltip (with its shortcut) and pressed state. */
export function BodyToolbar(props: { editor: Editor; linkRequest: number } & BodyActions) {
  const { editor } = props;
  const { t, i18n } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const imageInput = useRef<HTMLInputElement>(null);
  const attachInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      codeBlock: e.isActive('codeBlock'),
      calloutInfo: e.isActive('callout', { tone: 'info' }),
      calloutWarning: e.isActive('callout', { tone: 'warning' }),
      inTable: e.isActive('table'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
    }),
  });
  useEffect(() => {
    if (props.linkRequest > 0) setLinkOpen(true);
  }, [props.linkRequest]);

  const chain = () => editor.chain().focus();
  const refusal = (r: FileRefusal) =>
    r.reason === 'too-large'
      ? t('knowledge.editor.file.tooLarge', { limit: formatBytes(r.limit, i18n.language) })
      : t(`knowledge.editor.file.${r.reason}`);

  const marks = [
    {
      key: 'h2',
      run: () => chain().toggleHeading({ level: 2 }).run(),
      glyph: 'H2',
      keys: 'Ctrl+Alt+2',
    },
    {
      key: 'h3',
      run: () => chain().toggleHeading({ level: 3 }).run(),
      glyph: 'H3',
      keys: 'Ctrl+Alt+3',
    },
    { key: 'bold', run: () => chain().toggleBold().run(), glyph: 'B', keys: 'Ctrl+B' },
    { key: 'italic', run: () => chain().toggleItalic().run(), glyph: 'I', keys: 'Ctrl+I' },
    { key: 'underline', run: () => chain().toggleUnderline().run(), glyph: 'U', keys: 'Ctrl+U' },
    {
      key: 'bulletList',
      run: () => chain().toggleBulletList().run(),
      glyph: '•',
      keys: 'Ctrl+Shift+8',
    },
    {
      key: 'orderedList',
      run: () => chain().toggleOrderedList().run(),
      glyph: '1.',
      keys: 'Ctrl+Shift+7',
    },
    {
      key: 'codeBlock',
      run: () => chain().toggleCodeBlock().run(),
      glyph: '</>',
      keys: 'Ctrl+Alt+C',
    },
    {
      key: 'calloutInfo',
      run: () => chain().toggleCallout('info').run(),
      glyph: 'ℹ',
      keys: 'Ctrl+Alt+I',
    },
    {
      key: 'calloutWarning',
      run: () => chain().toggleCallout('warning').run(),
      glyph: '⚠',
      keys: '',
    },
  ] as const;
  const tableOps = [
    { key: 'addRow', run: () => chain().addRowAfter().run() },
    { key: 'deleteRow', run: () => chain().deleteRow().run() },
    { key: 'addColumn', run: () => chain().addColumnAfter().run() },
    { key: 'deleteColumn', run: () => chain().deleteColumn().run() },
    { key: 'headerRow', run: () => chain().toggleHeaderRow().run() },
    { key: 'deleteTable', run: () => chain().deleteTable().run() },
  ] as const;

  const icon = (name: IconName) => <ToolbarIcon name={name} />;
  const button = (
    key: ToolbarKey,
    glyph: React.ReactNode,
    run: () => void,
    pressed?: boolean,
    keys = '',
  ) => {
    const name = t(`knowledge.editor.toolbar.${key}`);
    return (
      <button
        key={key}
        type="button"
        className={`button ghost rich-text-button rt-${key}${pressed ? ' is-on' : ''}`}
        aria-pressed={pressed}
        title={keys ? `${name} (${keys})` : name}
        aria-label={name}
        data-testid={`rt-${key}`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={run}
      >
        {glyph}
      </button>
    );
  };

  const pickImage = async (file: File) => {
    const refused = checkInlineImage(file);
    if (refused) return setMessage({ text: refusal(refused), error: true });
    setMessage(null);
    chain()
      .setImage({ src: await readDataUrl(file), alt: file.name.replace(/\.[^.]+$/, '') })
      .run();
  };
  const pickAttachment = async (file: File) => {
    const refused = checkAttachment(file);
    if (refused) return setMessage({ text: refusal(refused), error: true });
    setMessage({ text: t('knowledge.editor.file.uploading', { name: file.name }), error: false });
    const r = await props.onAttach(file);
    if (!r.ok) return setMessage({ text: r.text, error: true });
    setMessage(null);
    const { url, name, size } = r.attachment;
    chain()
      .insertContent(
        `<a href="${escapeHtml(url)}">${escapeHtml(name)}</a> (${formatBytes(size, i18n.language)}) `,
      )
      .run();
  };
  const fileInput = (
    ref: React.RefObject<HTMLInputElement | null>,
    accept: string,
    testId: string,
    onFile: (f: File) => void,
  ) => (
    <input
      ref={ref}
      type="file"
      hidden
      accept={accept}
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );

  return (
    <div className="article-toolbar-wrap">
      <div
        className="rich-text-toolbar"
        role="toolbar"
        aria-label={t('knowledge.editor.toolbar.label')}
      >
        {marks.map((b) => button(b.key, b.glyph, b.run, s[b.key], b.keys))}
        {button('link', icon('link'), () => setLinkOpen((o) => !o), s.link, 'Ctrl+K')}
        {button('image', icon('image'), () => imageInput.current?.click())}
        {button('table', icon('table'), () => chain().insertTable(3, 3).run(), s.inTable)}
        {s.inTable && tableOps.map((b) => button(b.key, icon(b.key), b.run))}
        <span className="rich-text-separator" aria-hidden="true" />
        <button
          type="button"
          className="button ghost"
          data-testid="article-import"
          onClick={() => importInput.current?.click()}
        >
          {t('knowledge.editor.toolbar.import')}
        </button>
        <button
          type="button"
          className="button ghost"
          data-testid="article-attach"
          onClick={() => attachInput.current?.click()}
        >
          {t('knowledge.editor.toolbar.attach')}
        </button>
        {fileInput(
          imageInput,
          INLINE_IMAGE_TYPES.join(','),
          'article-image-file',
          (f) => void pickImage(f),
        )}
        {fileInput(
          attachInput,
          ATTACHMENT_TYPES.join(','),
          'article-attach-file',
          (f) => void pickAttachment(f),
        )}
        {fileInput(
          importInput,
          '.docx,.md,.markdown,.html,.htm',
          'article-import-file',
          props.onImport,
        )}
      </div>
      {linkOpen && (
        <LinkDialog
          editor={editor}
          href={s.href}
          onClose={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
        />
      )}
      {message && (
        <p
          className={message.error ? 'field-error' : 'muted'}
          role={message.error ? 'alert' : 'status'}
          data-testid="article-toolbar-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
