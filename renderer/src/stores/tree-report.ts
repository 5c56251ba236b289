import type { ContentLanguage } from '../../../shared/languages';
import { currentNode, outcome, type TreeSession } from '../../../shared/trees/runner';
import type { Tree } from '../../../shared/trees/model';
import {
  MAX_REPORTED_STEPS,
  type TreeOutcomeKind,
  type TreeOutcomeReport,
} from '../../../shared/workstation/trees';

/** The run the report is about: which published version, in which language. */
export interface ReportedRun {
  tree: Tree;
  documentVersion: number;
  lang: ContentLanguage;
}

/** The agent answered something (conditions answer themselves and do not count). */
export function hasAnswers(session: TreeSession): boolean {
  return session.path.some((v) => v.answer !== undefined && v.answer.kind !== 'branch');
}

const ms = (from: number, to: number): number => Math.max(0, Math.round(to - from));

/**
 * The outcome event for path analytics (R25). A finished run ends when its terminal node was
 * entered; an abandoned one ends `now`, and its last node is where the agent gave up.
 * A looping run can pass more than MAX_REPORTED_STEPS nodes: then the first node and the latest
 * ones are sent (as the core trims an oversized event), and `totalMs` still covers the whole run.
 */
export function outcomeReport(
  run: ReportedRun,
  session: TreeSession,
  now: number,
): TreeOutcomeReport {
  const end = outcome(run.tree, session);
  const { id: endNode } = currentNode(run.tree, session);
  const path = session.path.map((visit, i) => {
    const left = session.path[i + 1]?.enteredAt ?? (end ? visit.enteredAt : now);
    return { node: visit.nodeId, ms: ms(visit.enteredAt, left) };
  });
  const first = session.path[0]?.enteredAt ?? now;
  const last = session.path.at(-1)?.enteredAt ?? now;
  const kind: TreeOutcomeKind = end?.kind ?? 'abandoned';
  return {
    treeId: run.tree.id,
    documentVersion: run.documentVersion,
    lang: run.lang,
    outcome: kind,
    endNode,
    queue: end?.kind === 'escalated' ? end.queue : end?.kind === 'linked' ? end.treeId : null,
    articleId: end?.kind === 'resolved' ? (end.articleId ?? end.cannedId ?? null) : null,
    path:
      path.length <= MAX_REPORTED_STEPS
        ? path
        : [...path.slice(0, 1), ...path.slice(-(MAX_REPORTED_STEPS - 1))],
    totalMs: ms(first, end ? last : now),
  };
}
