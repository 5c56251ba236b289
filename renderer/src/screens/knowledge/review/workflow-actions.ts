import type { AgentApi, UserCapability } from '../../../../../shared/api';
import type { AuthoringArticle, WorkflowAction } from '../../../../../shared/workstation/authoring';
import type { AuthoringProblem } from '../../../../../shared/workstation/trees';
import { errorMessage } from '../../../bridge/call-failure';

/** Who is acting: the signed-in user's name and what the server lets them do. */
export interface Actor {
  username: string;
  capabilities: readonly UserCapability[];
}

export function isReviewer(actor: Actor): boolean {
  return actor.capabilities.includes('reviewer') || actor.capabilities.includes('admin');
}

type WorkflowArticle = Pick<AuthoringArticle, 'status' | 'reviewRequired' | 'owner'>;

/**
 * The workflow actions this user may take on the article now (R15). Mirrors the server's rules
 * (server/knowledge/workflow.ts) so the panel never offers a button the server would refuse;
 * the server still decides.
 */
export function allowedActions(article: WorkflowArticle, actor: Actor): WorkflowAction[] {
  const reviewer = isReviewer(actor);
  const { status } = article;
  const actions: WorkflowAction[] = [];
  if (status === 'draft') actions.push('submit');
  if ((status === 'draft' || status === 'in-review') && (reviewer || !article.reviewRequired)) {
    actions.push('approve');
  }
  if (status === 'in-review' && reviewer) actions.push('send-back');
  if (status !== 'archived' && (reviewer || article.owner === actor.username)) {
    actions.push('mark-reviewed');
  }
  if (status !== 'archived' && reviewer) actions.push('archive');
  if (status === 'archived' && reviewer) actions.push('unarchive');
  return actions;
}

/** Actions that withdraw or bring back what agents see: asked twice. */
export const CONFIRMED_ACTIONS: readonly WorkflowAction[] = ['archive', 'unarchive'];

export type WorkflowProblem =
  AuthoringProblem | 'call-failed' | 'comment-required' | 'publish-at-invalid' | 'publish-at-past';

export type WorkflowOutcome =
  | { ok: true; article: AuthoringArticle }
  | { ok: false; problem: WorkflowProblem; message: string };

export interface WorkflowChoice {
  action: WorkflowAction;
  comment: string;
  /** approve only: a `datetime-local` value ("2026-11-24T14:05", local time); empty: now. */
  publishAtLocal?: string;
}

/**
 * Checks what the form can know before asking the server: a send-back says what to change, and a
 * scheduled publication lies in the future. Returns the ISO time to send (null: now).
 */
export function checkChoice(
  choice: WorkflowChoice,
  now: Date,
): { ok: true; publishAt: string | null } | { ok: false; problem: WorkflowProblem } {
  if (choice.action === 'send-back' && choice.comment.trim() === '') {
    return { ok: false, problem: 'comment-required' };
  }
  const local = choice.action === 'approve' ? (choice.publishAtLocal ?? '').trim() : '';
  if (local === '') return { ok: true, publishAt: null };
  // A datetime-local value has no zone: Date reads it as the workstation's local time.
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local) ? new Date(local) : null;
  if (!at || Number.isNaN(at.getTime())) return { ok: false, problem: 'publish-at-invalid' };
  if (at.getTime() <= now.getTime()) return { ok: false, problem: 'publish-at-past' };
  return { ok: true, publishAt: at.toISOString() };
}

/** Runs one workflow action: checked here first, then by the server. */
export async function runWorkflow(
  api: AgentApi,
  articleId: string,
  choice: WorkflowChoice,
  now: Date = new Date(),
): Promise<WorkflowOutcome> {
  const checked = checkChoice(choice, now);
  if (!checked.ok) return { ok: false, problem: checked.problem, message: '' };
  try {
    const outcome = await api.authoring({
      op: 'workflow',
      id: articleId,
      action: choice.action,
      comment: choice.comment.trim(),
      ...(choice.action === 'approve' ? { publishAt: checked.publishAt } : {}),
    });
    if (!outcome.ok) return { ok: false, problem: outcome.problem, message: outcome.message };
    return { ok: true, article: outcome.article };
  } catch (err) {
    return { ok: false, problem: 'call-failed', message: errorMessage(err) };
  }
}
