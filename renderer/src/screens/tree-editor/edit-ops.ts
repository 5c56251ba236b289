// Pure edits of a tree draft (issue 7 item 4). Every function returns a new tree; the store keeps
// the draft and the screen only calls these, so the editing rules are tested without a DOM.
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../shared/languages';
import type { LocalizedText } from '../../../../shared/sync/records';
import {
  successors,
  type Tree,
  type TreeNode,
  type TreeNodeKind,
} from '../../../../shared/trees/model';
import { validateTree, type TreeProblem } from '../../../../shared/trees/validate';
import type { AuthoringTreeSave, AuthoringTreeSummary } from '../../../../shared/workstation/trees';

export const NODE_KINDS = [
  'question',
  'input',
  'step',
  'condition',
  'resolution',
  'escalation',
  'link',
] as const satisfies readonly TreeNodeKind[];

/** The server's rule for tree ids (shared/workstation/trees.ts authoringTreeSaveSchema). */
export const TREE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const TREE_ID_MAX = 100;
/** Node ids appear in `{{…}}`-free places only, but stay readable in URLs and transcripts. */
export const NODE_ID_PATTERN = /^[A-Za-z0-9][\w.-]*$/;
export const NODE_ID_MAX = 60;

/** The list with item `index` changed by `patch` (a choice's label, a branch's next node, …). */
export function patchAt<T extends object>(
  items: readonly T[],
  index: number,
  patch: Partial<T>,
): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

export function isValidTreeId(id: string): boolean {
  return id.length <= TREE_ID_MAX && TREE_ID_PATTERN.test(id);
}

export function isValidNodeId(id: string): boolean {
  return id.length <= NODE_ID_MAX && NODE_ID_PATTERN.test(id);
}

/** The author's languages first (their content-language order), then the rest. */
export function languageOrder(preferred: readonly ContentLanguage[]): ContentLanguage[] {
  return [...new Set([...preferred, ...CONTENT_LANGUAGES])];
}

/** The languages the tree is published in: those its title has words for. */
export function titleLanguages(tree: Tree): ContentLanguage[] {
  return CONTENT_LANGUAGES.filter((lang) => (tree.title[lang] ?? '').trim() !== '');
}

/** Validation as the server will do it before publishing. */
export function treeProblems(tree: Tree): TreeProblem[] {
  return validateTree(tree, { publishedLanguages: titleLanguages(tree) });
}

export function emptyNode(kind: TreeNodeKind): TreeNode {
  switch (kind) {
    case 'question':
      return { kind, text: {}, choices: [] };
    case 'input':
      return { kind, text: {}, variable: '' };
    case 'step':
      return { kind, text: {} };
    case 'condition':
      return { kind, variable: '', branches: [] };
    case 'resolution':
      return { kind, text: {} };
    case 'escalation':
      return { kind, text: {}, queue: '' };
    case 'link':
      return { kind, text: {}, treeId: '' };
  }
}

/** A new tree: one empty question to start from. */
export function newTree(): Tree {
  return { id: '', title: {}, start: 'start', nodes: { start: emptyNode('question') } };
}

/** `base`, or `base-2`, `base-3`… whichever the tree does not have yet. */
export function uniqueNodeId(tree: Tree, base: string): string {
  if (!Object.hasOwn(tree.nodes, base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!Object.hasOwn(tree.nodes, id)) return id;
  }
}

export function addNode(tree: Tree, kind: TreeNodeKind): { tree: Tree; id: string } {
  const id = uniqueNodeId(tree, kind);
  return { tree: { ...tree, nodes: { ...tree.nodes, [id]: emptyNode(kind) } }, id };
}

/**
 * Removes the node; links to it stay, so the validator points at every place that now leads
 * nowhere instead of the tree silently changing shape.
 */
export function removeNode(tree: Tree, id: string): Tree {
  const nodes = Object.fromEntries(Object.entries(tree.nodes).filter(([key]) => key !== id));
  return { ...tree, nodes };
}

export function updateNode(tree: Tree, id: string, node: TreeNode): Tree {
  // Spread keeps the key's place, so the node list does not jump while the author types.
  return { ...tree, nodes: { ...tree.nodes, [id]: node } };
}

export function setStart(tree: Tree, id: string): Tree {
  return { ...tree, start: id };
}

export type RenameResult = { ok: true; tree: Tree } | { ok: false; reason: 'invalid' | 'taken' };

/** Renames a node in place and every link to it (choices, next, branches, otherwise, start). */
export function renameNode(tree: Tree, from: string, to: string): RenameResult {
  if (to === from) return { ok: true, tree };
  if (!isValidNodeId(to)) return { ok: false, reason: 'invalid' };
  if (Object.hasOwn(tree.nodes, to)) return { ok: false, reason: 'taken' };
  const swap = (id: string): string => (id === from ? to : id);
  const nodes: Record<string, TreeNode> = {};
  for (const [id, node] of Object.entries(tree.nodes)) nodes[swap(id)] = relink(node, swap);
  return { ok: true, tree: { ...tree, start: swap(tree.start), nodes } };
}

function relink(node: TreeNode, swap: (id: string) => string): TreeNode {
  switch (node.kind) {
    case 'question':
      return { ...node, choices: node.choices.map((c) => ({ ...c, next: swap(c.next) })) };
    case 'input':
    case 'step':
      return node.next === undefined ? node : { ...node, next: swap(node.next) };
    case 'condition':
      return {
        ...node,
        branches: node.branches.map((b) => ({ ...b, next: swap(b.next) })),
        ...(node.otherwise === undefined ? {} : { otherwise: swap(node.otherwise) }),
      };
    default:
      return node;
  }
}

function textOf(node: TreeNode): LocalizedText {
  return node.kind === 'condition' ? {} : node.text;
}

function singleNextOf(node: TreeNode): string | undefined {
  switch (node.kind) {
    case 'input':
    case 'step':
      return node.next;
    case 'question':
      return node.choices.length === 1 ? node.choices[0]?.next : undefined;
    case 'condition':
      return node.branches.length === 0 ? node.otherwise : undefined;
    default:
      return undefined;
  }
}

/**
 * Changes a node's kind, keeping what still means something: its text, and its way on when the
 * new kind has one (a step's next becomes an input's next or a condition's "otherwise").
 */
export function changeKind(node: TreeNode, kind: TreeNodeKind): TreeNode {
  if (node.kind === kind) return node;
  const text = textOf(node);
  const next = singleNextOf(node);
  const variable = node.kind === 'input' || node.kind === 'condition' ? node.variable : '';
  switch (kind) {
    case 'question':
      return { kind, text, choices: [] };
    case 'input':
      return { kind, text, variable, ...(next === undefined ? {} : { next }) };
    case 'step':
      return { kind, text, ...(next === undefined ? {} : { next }) };
    case 'condition':
      return { kind, variable, branches: [], ...(next === undefined ? {} : { otherwise: next }) };
    case 'resolution':
      return { kind, text };
    case 'escalation':
      return { kind, text, queue: '' };
    case 'link':
      return { kind, text, treeId: '' };
  }
}

export function setText(text: LocalizedText, lang: ContentLanguage, value: string): LocalizedText {
  return { ...text, [lang]: value };
}

/** A new choice leads nowhere yet (""): the validator shows it until the author picks a node. */
export function addChoice(tree: Tree, id: string): Tree {
  const node = tree.nodes[id];
  if (node?.kind !== 'question') return tree;
  return updateNode(tree, id, { ...node, choices: [...node.choices, { label: {}, next: '' }] });
}

export function removeChoice(tree: Tree, id: string, index: number): Tree {
  const node = tree.nodes[id];
  if (node?.kind !== 'question') return tree;
  return updateNode(tree, id, { ...node, choices: node.choices.filter((_, i) => i !== index) });
}

export function addBranch(tree: Tree, id: string): Tree {
  const node = tree.nodes[id];
  if (node?.kind !== 'condition') return tree;
  return updateNode(tree, id, { ...node, branches: [...node.branches, { equals: '', next: '' }] });
}

export function removeBranch(tree: Tree, id: string, index: number): Tree {
  const node = tree.nodes[id];
  if (node?.kind !== 'condition') return tree;
  return updateNode(tree, id, { ...node, branches: node.branches.filter((_, i) => i !== index) });
}

/** A field the save schema requires but the draft has empty: saving waits for the author. */
export interface SaveBlocker {
  nodeId: string | null;
  field: 'id' | 'next' | 'variable' | 'queue' | 'treeId';
}

export type SaveInput =
  { ok: true; input: AuthoringTreeSave } | { ok: false; blockers: SaveBlocker[] };

function cleanText(text: LocalizedText): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of CONTENT_LANGUAGES) {
    const value = text[lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}

function optionalId(value: string | undefined): { present: boolean; value: string } {
  const v = (value ?? '').trim();
  return { present: v !== '', value: v };
}

/**
 * The document to save: blank translations dropped, optional links left out when empty, and the
 * fields the server requires reported instead of sent empty (it would refuse the whole call).
 */
export function toSaveInput(tree: Tree, id: string): SaveInput {
  const blockers: SaveBlocker[] = [];
  if (!isValidTreeId(id)) blockers.push({ nodeId: null, field: 'id' });
  const required = (nodeId: string, field: SaveBlocker['field'], value: string): string => {
    if (value.trim() === '') blockers.push({ nodeId, field });
    return value.trim();
  };
  const nodes: Record<string, TreeNode> = {};
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    nodes[nodeId] = cleanNode(nodeId, node, required);
  }
  if (blockers.length > 0) return { ok: false, blockers: dedupe(blockers) };
  const title = cleanText(tree.title);
  return { ok: true, input: { id, title, document: { id, title, start: tree.start, nodes } } };
}

function cleanNode(
  nodeId: string,
  node: TreeNode,
  required: (nodeId: string, field: SaveBlocker['field'], value: string) => string,
): TreeNode {
  const next = (value: string | undefined) => {
    const n = optionalId(value);
    return n.present ? { next: n.value } : {};
  };
  switch (node.kind) {
    case 'question':
      return {
        kind: node.kind,
        text: cleanText(node.text),
        choices: node.choices.map((c) => ({
          label: cleanText(c.label),
          next: required(nodeId, 'next', c.next),
        })),
      };
    case 'input':
      return {
        kind: node.kind,
        text: cleanText(node.text),
        variable: required(nodeId, 'variable', node.variable),
        ...next(node.next),
      };
    case 'step':
      return { kind: node.kind, text: cleanText(node.text), ...next(node.next) };
    case 'condition': {
      const otherwise = optionalId(node.otherwise);
      return {
        kind: node.kind,
        variable: required(nodeId, 'variable', node.variable),
        branches: node.branches.map((b) => ({
          equals: b.equals.trim(),
          next: required(nodeId, 'next', b.next),
        })),
        ...(otherwise.present ? { otherwise: otherwise.value } : {}),
      };
    }
    case 'resolution': {
      const article = optionalId(node.articleId);
      const canned = optionalId(node.cannedId);
      return {
        kind: node.kind,
        text: cleanText(node.text),
        ...(article.present ? { articleId: article.value } : {}),
        ...(canned.present ? { cannedId: canned.value } : {}),
      };
    }
    case 'escalation':
      return {
        kind: node.kind,
        text: cleanText(node.text),
        queue: required(nodeId, 'queue', node.queue),
      };
    case 'link':
      return {
        kind: node.kind,
        text: cleanText(node.text),
        treeId: required(nodeId, 'treeId', node.treeId),
      };
  }
}

function dedupe(blockers: SaveBlocker[]): SaveBlocker[] {
  const seen = new Set<string>();
  return blockers.filter((b) => {
    const key = `${b.nodeId ?? ''}\u0000${b.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Problems by the node they name; problems of the tree itself (or of a missing start) under null. */
export function problemsByNode(
  tree: Tree,
  problems: readonly TreeProblem[],
): Map<string | null, TreeProblem[]> {
  const out = new Map<string | null, TreeProblem[]>();
  for (const p of problems) {
    const key = p.nodeId !== null && Object.hasOwn(tree.nodes, p.nodeId) ? p.nodeId : null;
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}

/**
 * Nodes in the order an agent meets them: the start, then breadth-first along the links; nodes
 * nothing reaches come last. The stored order is not kept by the server, and this one reads well.
 */
export function nodeOrder(tree: Tree): string[] {
  const exists = (id: string): boolean => Object.hasOwn(tree.nodes, id);
  const seen = new Set<string>();
  const queue = exists(tree.start) ? [tree.start] : [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    const node = tree.nodes[id];
    if (node) queue.push(...successors(node).filter((next) => exists(next) && !seen.has(next)));
  }
  return [...seen, ...Object.keys(tree.nodes).filter((id) => !seen.has(id))];
}

/** A version saved after the published one: agents do not see the latest edits yet. */
export function isDraftAhead(
  tree: Pick<AuthoringTreeSummary, 'latestVersion' | 'publishedVersion'>,
): boolean {
  return tree.publishedVersion !== null && tree.latestVersion > tree.publishedVersion;
}

/** The live validator's problems and the server's last verdict, each problem once. */
export function mergeProblems(
  local: readonly TreeProblem[],
  server: readonly TreeProblem[],
): TreeProblem[] {
  const seen = new Set(local.map((p) => `${p.code}\u0000${p.nodeId ?? ''}\u0000${p.message}`));
  return [
    ...local,
    ...server.filter((p) => !seen.has(`${p.code}\u0000${p.nodeId ?? ''}\u0000${p.message}`)),
  ];
}
