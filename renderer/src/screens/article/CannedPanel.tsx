import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article';
import {
  extractPlaceholders,
  fillPlaceholders,
  htmlToPlainText,
  initialValues,
  knownValues,
} from '../../../../shared/workstation/canned';
import { quotedMessage } from '../../bridge/call-failure';
import { useSessionStore, useStores } from '../../stores/stores-context';
import { CannedForm } from './CannedForm';

/** The article view of a canned response: its blanks filled and copied as plain text (R8). */
export function CannedPanel({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const { clipboard } = useStores();
  const agentName = useSessionStore((s) =>
    s.session?.status === 'signed-in' ? s.session.user.name : undefined,
  );
  const text = useMemo(() => htmlToPlainText(article.bodyHtml), [article.bodyHtml]);
  const placeholders = useMemo(() => extractPlaceholders(text), [text]);
  // {{today}} in the agent's UI language, as the issue asks; the form lets them change it.
  const [values, setValues] = useState(() =>
    initialValues(placeholders, knownValues({ agentName, now: new Date(), locale: i18n.language })),
  );
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const copy = (): void => {
    clipboard.writeText(fillPlaceholders(text, values)).then(
      () => setStatus({ text: t('canned.copied'), error: false }),
      (err: unknown) =>
        setStatus({ text: t('canned.copyFailed', { message: quotedMessage(err) }), error: true }),
    );
  };

  return (
    <CannedForm
      text={text}
      lang={article.lang}
      placeholders={placeholders}
      values={values}
      onChange={(name, value) => {
        setStatus(null);
        setValues((v) => ({ ...v, [name]: value }));
      }}
      onCopy={copy}
      status={status}
    />
  );
}
