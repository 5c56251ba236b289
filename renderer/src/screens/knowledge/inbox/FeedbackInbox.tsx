import { useTranslation } from 'react-i18next';
import type { KnowledgeTabProps } from '../tab-props';

/** Placeholder until this tab is built (issue 9). */
export function FeedbackInbox(_props: KnowledgeTabProps) {
  const { t } = useTranslation();
  return <p className="muted">{t('knowledge.loading')}</p>;
}
