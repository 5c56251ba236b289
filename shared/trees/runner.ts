// The tree runner (issue 7 item 2): a pure state machine. Every function returns a new state;
// the caller passes timestamps so runs are reproducible and the state is plain JSON to persist.
import { z } from 'zod';
import type { ContentLanguage } from '../languages';
import { pickText } from '../localized-text';
import type { LocalizedText } from '../sync/records';
import { isTerminal, successors, type Tree, type TreeNode } from './model';

const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), index: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('input'), value: z.string() }),
  z.object({ kind: z.literal('done') }),
  /** Taken automatically by a condition node; `value` is what the variable held. */
  z.object({ kind: z.literal('branch'), value: z.string().nullable(), next: z.string() }),
]);
export type TreeAnswer = z.infer<typeof answerSchema>;

const visitSchema = z.object({
  nodeId: z.string(),
  /** Milliseconds since the epoch, from the caller's clock. */
  enteredAt: z.number(),
  /** Absent on the current node. */
  answer: answerSchema.optional(),
});
export type TreeVisit = z.infer<typeof visitSchema>;

export const treeSessionSchema = z.object({
  treeId: z.string(),
  treeVersion: z.number().int().optional(),
  /** Every node entered in order, conditions included; the last one is the current node. */
  path: z.array(visitSchema).min(1),
  variables: z.record(z.string(), z.string()),
});
export type TreeSession = z.infer<typeof treeSessionSchema>;

export type TreeOutcome =
  | { kind: 'resolved'; articleId?: string; cannedId?: string }
  | { kind: 'escalated'; queue: string }
  | { kind: 'linked'; treeId: string };

export class TreeRunError extends Error {
  override name = 'TreeRunError';
}

function nodeOf(tree: Tree, id: string): TreeNode {
  const node = Object.hasOwn(tree.nodes, id) ? tree.nodes[id] : undefined;
  if (!node) throw new TreeRunError(`Tree "${tree.id}" has no node "${id}".`);
  return node;
}

function lastVisit(path: readonly TreeVisit[]): TreeVisit {
  const visit = path.at(-1);
  if (!visit) throw new TreeRunError('The session has no current node.');
  return visit;
}

function current(session: TreeSession): TreeVisit {
  return lastVisit(session.path);
}

/** Moves to `nodeId` and through any condition nodes it lands on. */
function enter(tree: Tree, session: TreeSession, nodeId: string, at: number): TreeSession {
  const path = [...session.path, { nodeId, enteredAt: at }];
  // A loop made only of conditions would never stop; no honest tree passes more than all nodes.
  for (let hops = 0; ; hops++) {
    if (hops > Object.keys(tree.nodes).length) {
      throw new TreeRunError(`Tree "${tree.id}" loops through conditions at "${nodeId}".`);
    }
    const visit = lastVisit(path);
    const node = nodeOf(tree, visit.nodeId);
    if (node.kind !== 'condition') break;
    const value = session.variables[node.variable] ?? null;
    const next = node.branches.find((b) => b.equals === value)?.next ?? node.otherwise;
    if (next === undefined) {
      throw new TreeRunError(`Condition "${visit.nodeId}" has no branch for ${String(value)}.`);
    }
    path[path.length - 1] = { ...visit, answer: { kind: 'branch', value, next } };
    path.push({ nodeId: next, enteredAt: at });
  }
  return { ...session, path };
}

export function startSession(tree: Tree, at: number): TreeSession {
  const empty: TreeSession = {
    treeId: tree.id,
    ...(tree.version === undefined ? {} : { treeVersion: tree.version }),
    path: [],
    variables: {},
  };
  return enter(tree, empty, tree.start, at);
}

/** Starting over keeps nothing: variables typed earlier may be what the agent got wrong. */
export const restart = startSession;

export function currentNode(tree: Tree, session: TreeSession): { id: string; node: TreeNode } {
  const id = current(session).nodeId;
  return { id, node: nodeOf(tree, id) };
}

function answerWith(
  tree: Tree,
  session: TreeSession,
  answer: TreeAnswer,
  next: string,
  at: number,
  variables = session.variables,
): TreeSession {
  const path = [...session.path];
  path[path.length - 1] = { ...current(session), answer };
  return enter(tree, { ...session, path, variables }, next, at);
}

export function answer(
  tree: Tree,
  session: TreeSession,
  choiceIndex: number,
  at: number,
): TreeSession {
  const { id, node } = currentNode(tree, session);
  if (node.kind !== 'question') throw new TreeRunError(`Node "${id}" is not a question.`);
  const choice = node.choices[choiceIndex];
  if (!choice) throw new TreeRunError(`Question "${id}" has no choice ${choiceIndex}.`);
  return answerWith(tree, session, { kind: 'choice', index: choiceIndex }, choice.next, at);
}

export function input(tree: Tree, session: TreeSession, value: string, at: number): TreeSession {
  const { id, node } = currentNode(tree, session);
  if (node.kind !== 'input') throw new TreeRunError(`Node "${id}" does not take input.`);
  if (node.next === undefined) throw new TreeRunError(`Input "${id}" has no next node.`);
  // Codes are compared exactly by conditions, so stray spaces from a paste must not count.
  const trimmed = value.trim();
  if (trimmed === '') throw new TreeRunError(`Input "${id}" needs a value.`);
  const variables = { ...session.variables, [node.variable]: trimmed };
  return answerWith(tree, session, { kind: 'input', value: trimmed }, node.next, at, variables);
}

export function done(tree: Tree, session: TreeSession, at: number): TreeSession {
  const { id, node } = currentNode(tree, session);
  if (node.kind !== 'step') throw new TreeRunError(`Node "${id}" is not a step.`);
  if (node.next === undefined) throw new TreeRunError(`Step "${id}" has no next node.`);
  return answerWith(tree, session, { kind: 'done' }, node.next, at);
}

function variablesOf(path: readonly TreeVisit[], tree: Tree): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const visit of path) {
    const node = tree.nodes[visit.nodeId];
    if (node?.kind === 'input' && visit.answer?.kind === 'input') {
      variables[node.variable] = visit.answer.value;
    }
  }
  return variables;
}

/** Undoes the last answer the agent gave; conditions passed on the way are undone with it. */
export function back(tree: Tree, session: TreeSession, at: number): TreeSession {
  const path = session.path.slice(0, -1);
  while (path.at(-1)?.answer?.kind === 'branch') path.pop();
  const last = path.pop();
  if (!last) return session;
  path.push({ nodeId: last.nodeId, enteredAt: at });
  return { ...session, path, variables: variablesOf(path, tree) };
}

export function outcome(tree: Tree, session: TreeSession): TreeOutcome | null {
  const { node } = currentNode(tree, session);
  switch (node.kind) {
    case 'resolution':
      return {
        kind: 'resolved',
        ...(node.articleId === undefined ? {} : { articleId: node.articleId }),
        ...(node.cannedId === undefined ? {} : { cannedId: node.cannedId }),
      };
    case 'escalation':
      return { kind: 'escalated', queue: node.queue };
    case 'link':
      return { kind: 'linked', treeId: node.treeId };
    default:
      return null;
  }
}

/** Replaces `{{name}}` with the variable's value; unknown names stay visible so authors notice. */
export function interpolate(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(variables, name) ? (variables[name] ?? whole) : whole,
  );
}

export function localize(
  text: LocalizedText,
  lang: ContentLanguage,
  variables: Readonly<Record<string, string>>,
): string {
  return interpolate(pickText(text, [lang, 'en']), variables);
}

export interface BreadcrumbEntry {
  nodeId: string;
  kind: TreeNode['kind'];
  enteredAt: number;
  /** Time until the agent answered; absent on the current node. */
  durationMs?: number;
  answer?: TreeAnswer;
}

/** The nodes the agent saw, conditions left out: they were never on screen. */
export function breadcrumb(tree: Tree, session: TreeSession): BreadcrumbEntry[] {
  const entries: BreadcrumbEntry[] = [];
  session.path.forEach((visit, i) => {
    const node = nodeOf(tree, visit.nodeId);
    if (node.kind === 'condition') return;
    const left = visit.answer ? session.path[i + 1]?.enteredAt : undefined;
    entries.push({
      nodeId: visit.nodeId,
      kind: node.kind,
      enteredAt: visit.enteredAt,
      ...(left === undefined ? {} : { durationMs: left - visit.enteredAt }),
      ...(visit.answer ? { answer: visit.answer } : {}),
    });
  });
  return entries;
}

export interface TreeProgress {
  /** Answers given so far. */
  answered: number;
  /** The fewest further answers that can finish the tree from here. */
  remaining: number;
  /** answered / (answered + remaining); 1 at a terminal node. */
  fraction: number;
}

/** Optimistic: assumes the shortest way out, so the bar never jumps backwards by much. */
export function progress(tree: Tree, session: TreeSession): TreeProgress {
  const answered = breadcrumb(tree, session).filter((e) => e.answer).length;
  const remaining = fewestAnswersToFinish(tree).get(current(session).nodeId) ?? 0;
  const total = answered + remaining;
  return { answered, remaining, fraction: total === 0 ? 1 : answered / total };
}

function fewestAnswersToFinish(tree: Tree): Map<string, number> {
  const entries = Object.entries(tree.nodes);
  const dist = new Map<string, number>();
  for (const [id, node] of entries) if (isTerminal(node)) dist.set(id, 0);
  // Bellman-Ford style relaxation: trees are tens of nodes, so the simple loop is enough.
  for (let changed = true, round = 0; changed && round <= entries.length; round++) {
    changed = false;
    for (const [id, node] of entries) {
      const cost = node.kind === 'condition' ? 0 : 1;
      for (const next of successors(node)) {
        const d = dist.get(next);
        if (d !== undefined && d + cost < (dist.get(id) ?? Infinity)) {
          dist.set(id, d + cost);
          changed = true;
        }
      }
    }
  }
  return dist;
}

export interface TranscriptLabels {
  done: string;
  variables: string;
  outcome: string;
  resolved: string;
  escalated: (queue: string) => string;
  linked: (treeId: string) => string;
  article: string;
  canned: string;
  inProgress: string;
}

export const ENGLISH_TRANSCRIPT_LABELS: TranscriptLabels = {
  done: 'Done',
  variables: 'Variables',
  outcome: 'Outcome',
  resolved: 'Resolved',
  escalated: (queue) => `Escalated to ${queue}`,
  linked: (treeId) => `Continued in tree ${treeId}`,
  article: 'article',
  canned: 'canned response',
  inProgress: 'Not finished',
};

/** Plain text for the ticket: each question with its answer, the variables and the outcome. */
export function transcript(
  tree: Tree,
  session: TreeSession,
  lang: ContentLanguage,
  labels: TranscriptLabels = ENGLISH_TRANSCRIPT_LABELS,
): string {
  const vars = session.variables;
  const lines = [localize(tree.title, lang, vars)];
  let n = 0;
  for (const entry of breadcrumb(tree, session)) {
    const node = nodeOf(tree, entry.nodeId);
    if (isTerminal(node) || !entry.answer || node.kind === 'condition') continue;
    lines.push(`${++n}. ${localize(node.text, lang, vars)}`);
    const a = entry.answer;
    const reply =
      a.kind === 'choice' && node.kind === 'question'
        ? localize(node.choices[a.index]?.label ?? {}, lang, vars)
        : a.kind === 'input'
          ? a.value
          : labels.done;
    lines.push(`   → ${reply}`);
  }
  const names = Object.keys(vars).sort();
  if (names.length > 0) {
    lines.push(`${labels.variables}: ${names.map((k) => `${k} = ${vars[k]}`).join(', ')}`);
  }
  const end = outcome(tree, session);
  const { node } = currentNode(tree, session);
  if (!end || !isTerminal(node)) {
    lines.push(`${labels.outcome}: ${labels.inProgress}`);
  } else {
    const refs =
      end.kind === 'resolved'
        ? [
            end.articleId === undefined ? null : `${labels.article} ${end.articleId}`,
            end.cannedId === undefined ? null : `${labels.canned} ${end.cannedId}`,
          ].filter((r) => r !== null)
        : [];
    const head =
      end.kind === 'resolved'
        ? labels.resolved
        : end.kind === 'escalated'
          ? labels.escalated(end.queue)
          : labels.linked(end.treeId);
    lines.push(
      `${labels.outcome}: ${head}${refs.length > 0 ? ` (${refs.join(', ')})` : ''} — ${localize(node.text, lang, vars)}`,
    );
  }
  return lines.join('\n');
}

/**
 * Restores a saved session, or null when it no longer fits the tree (another tree, or content
 * changed under it): the saved answers are replayed and must land on the same nodes.
 * Saved sessions come from disk, so they are parsed rather than trusted.
 */
export function resumeSession(tree: Tree, saved: unknown): TreeSession | null {
  const parsed = treeSessionSchema.safeParse(saved);
  if (!parsed.success || parsed.data.treeId !== tree.id) return null;
  const session = parsed.data;
  try {
    let replay = startSession(tree, session.path[0]?.enteredAt ?? 0);
    session.path.forEach((visit, i) => {
      const a = visit.answer;
      if (!a || a.kind === 'branch') return;
      if (current(replay).nodeId !== visit.nodeId) throw new TreeRunError('Path diverged.');
      const at = session.path[i + 1]?.enteredAt ?? visit.enteredAt;
      if (a.kind === 'choice') replay = answer(tree, replay, a.index, at);
      else if (a.kind === 'input') replay = input(tree, replay, a.value, at);
      else replay = done(tree, replay, at);
    });
    const same =
      replay.path.length === session.path.length &&
      replay.path.every((v, i) => v.nodeId === session.path[i]?.nodeId);
    // The replay, not the saved copy, so variables always match the answers on the path.
    return same ? replay : null;
  } catch (e) {
    if (e instanceof TreeRunError) return null;
    throw e;
  }
}
