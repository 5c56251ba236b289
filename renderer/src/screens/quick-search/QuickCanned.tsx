import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quotedMessage, withoutFinalStop } from '../../bridge/call-failure';
import type { CannedDraft } from '../../stores/quick-search-store';
import { useQuickSearchStore } from '../../stores/stores-context';
import { CannedForm } from '../article/CannedForm';

/** The popup's canned response: fill the blanks, Enter copies and the popup closes (R8). */
export function QuickCanned(props: { draft: CannedDraft; onCopied: (title: string) => void }) {
  const { t } = useTranslation();
  const setValue = useQuickSearchStore((s) => s.setCannedValue);
  const copyCanned = useQuickSearchStore((s) => s.copyCanned);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [copying, setCopying] = useState(false);
  const { draft } = props;

  if (draft.status === 'loading') {
    return (
      <p className="muted" role="status">
        {t('article.loading')}
      </p>
    );
  }
  if (draft.status === 'failed') {
    return (
      <div className="notice-box error" role="alert">
        <p>
          <strong>
            {draft.message
              ? t('canned.copyFailed', { message: withoutFinalStop(draft.message) })
              : t('article.notFound')}
          </strong>
        </p>
      </div>
    );
  }

  const copy = (): void => {
    setCopying(true);
    setStatus(null);
    copyCanned().then(
      () => props.onCopied(draft.title),
      (err: unknown) => {
        setCopying(false);
        setStatus({ text: t('canned.copyFailed', { message: quotedMessage(err) }), error: true });
      },
    );
  };

  return (
    <div className="qs-canned">
      <h2 className="qs-canned-title" lang={draft.ref.lang}>
        {draft.title}
      </h2>
      <CannedForm
        text={draft.text}
        lang={draft.ref.lang ?? ''}
        placeholders={draft.placeholders}
        values={draft.values}
        onChange={(name, value) => {
          setStatus(null);
          setValue(name, value);
        }}
        onCopy={copy}
        copying={copying}
        status={status}
        autoFocus
        copyLabel={t('quick.copyAndClose')}
      />
    </div>
  );
}
