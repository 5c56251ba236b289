import type { TFunction } from 'i18next';
import type { TranscriptLabels } from '../../../../shared/trees/runner';

/** The transcript's words in the agent's UI language (the tree's own texts stay as authored). */
export function transcriptLabels(t: TFunction): TranscriptLabels {
  return {
    done: t('troubleshoot.transcript.done'),
    variables: t('troubleshoot.transcript.variables'),
    outcome: t('troubleshoot.transcript.outcome'),
    resolved: t('troubleshoot.transcript.resolved'),
    escalated: (queue) => t('troubleshoot.transcript.escalated', { queue }),
    linked: (tree) => t('troubleshoot.transcript.linked', { tree }),
    article: t('troubleshoot.transcript.article'),
    canned: t('troubleshoot.transcript.canned'),
    inProgress: t('troubleshoot.transcript.inProgress'),
  };
}
