import type { TFunction } from 'i18next';
import type { FeedbackItem } from '../../../../../shared/workstation/authoring';

/** "Reported: out of date", "Suggested edit", …: how the inbox and My feedback name an item. */
export function feedbackKindLabel(item: FeedbackItem, t: TFunction): string {
  if (item.kind === 'flag' && item.reason)
    return t('knowledge.inbox.kindFlag', { reason: t(`knowledge.inbox.reason.${item.reason}`) });
  return t(`knowledge.inbox.kind.${item.kind}`);
}
