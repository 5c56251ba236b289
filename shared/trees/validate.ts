// The tree validator (issue 7 item 1). Codes are stable so the renderer can translate them;
// `message` is English and always names the node so an author can find it without the UI.
import type { ContentLanguage } from '../languages';
import { isTerminal, nodeTexts, successors, type Tree } from './model';

export type TreeProblemCode =
  | 'missing-start'
  | 'dangling-link'
  | 'unreachable'
  | 'no-way-out'
  | 'cycle-without-exit'
  | 'missing-translation'
  | 'variable-maybe-unset';

export interface TreeProblem {
  code: TreeProblemCode;
  /** The node at fault; null for problems of the tree itself (its title). */
  nodeId: string | null;
  message: string;
  /** missing-translation: the language lacking the text. */
  lang?: ContentLanguage;
  /** missing-translation: the 1-based choice whose label lacks it (absent for the node's text or the title). */
  choice?: number;
}

export interface ValidateOptions {
  /** Languages the tree is published in; each text must exist and be non-blank in all of them. */
  publishedLanguages?: readonly ContentLanguage[];
}

export function validateTree(tree: Tree, options: ValidateOptions = {}): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const ids = Object.keys(tree.nodes);
  const exists = (id: string): boolean => Object.hasOwn(tree.nodes, id);

  if (!exists(tree.start)) {
    problems.push({
      code: 'missing-start',
      nodeId: tree.start,
      message: `Start node "${tree.start}" does not exist.`,
    });
  }

  for (const [id, node] of Object.entries(tree.nodes)) {
    for (const next of new Set(successors(node))) {
      if (!exists(next)) {
        problems.push({
          code: 'dangling-link',
          nodeId: id,
          message: `Node "${id}" leads to "${next}", which does not exist.`,
        });
      }
    }
    // A condition without "otherwise" strands the agent whenever no branch matches.
    const stuck =
      node.kind === 'condition' ? node.otherwise === undefined : successors(node).length === 0;
    if (!isTerminal(node) && stuck) {
      problems.push({
        code: 'no-way-out',
        nodeId: id,
        message: `Node "${id}" (${node.kind}) ${node.kind === 'condition' ? 'has no "otherwise" branch' : 'has no next node'} and is not a resolution, escalation or link.`,
      });
    }
  }

  const edges = new Map(
    Object.entries(tree.nodes).map(([id, node]) => [id, successors(node).filter(exists)]),
  );

  if (exists(tree.start)) {
    const reached = reachableFrom([tree.start], edges);
    for (const id of ids) {
      if (!reached.has(id)) {
        problems.push({
          code: 'unreachable',
          nodeId: id,
          message: `Node "${id}" cannot be reached from the start node "${tree.start}".`,
        });
      }
    }
  }

  problems.push(...cyclesWithoutExit(tree, edges));
  if (exists(tree.start)) problems.push(...conditionsOnUnsetVariables(tree, edges));

  for (const lang of options.publishedLanguages ?? []) {
    if (!tree.title[lang]?.trim()) {
      problems.push({
        code: 'missing-translation',
        nodeId: null,
        message: `The tree title has no ${lang} text.`,
        lang,
      });
    }
    for (const [id, node] of Object.entries(tree.nodes)) {
      for (const { where, text, choice } of nodeTexts(node)) {
        if (!text[lang]?.trim()) {
          problems.push({
            code: 'missing-translation',
            nodeId: id,
            message: `Node "${id}" has no ${lang} ${where}.`,
            lang,
            ...(choice === undefined ? {} : { choice }),
          });
        }
      }
    }
  }
  return problems;
}

/**
 * A condition must read a variable that an input node has set on every path from the start to
 * it; otherwise some agents reach it with the variable empty and silently take "otherwise".
 * A forward "must" data-flow analysis: the variables surely set on entering a node are the
 * intersection over its predecessors of what each has set on leaving.
 */
function conditionsOnUnsetVariables(
  tree: Tree,
  edges: ReadonlyMap<string, string[]>,
): TreeProblem[] {
  const reached = reachableFrom([tree.start], edges);
  const preds = new Map<string, string[]>([...reached].map((id) => [id, []]));
  for (const id of reached) for (const next of edges.get(id) ?? []) preds.get(next)?.push(id);
  const all = new Set<string>();
  for (const id of reached) {
    const node = tree.nodes[id];
    if (node?.kind === 'input') all.add(node.variable);
  }
  // Start from "everything set" (the top of the lattice) except at the start node, and narrow.
  const setOnEntry = new Map<string, Set<string>>(
    [...reached].map((id) => [id, id === tree.start ? new Set<string>() : new Set(all)]),
  );
  const setOnExit = (id: string): Set<string> => {
    const out = new Set(setOnEntry.get(id));
    const node = tree.nodes[id];
    if (node?.kind === 'input') out.add(node.variable);
    return out;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const id of reached) {
      if (id === tree.start) continue;
      const from = (preds.get(id) ?? []).map(setOnExit);
      const next = new Set([...all].filter((v) => from.every((s) => s.has(v))));
      if (next.size !== setOnEntry.get(id)?.size) {
        setOnEntry.set(id, next);
        changed = true;
      }
    }
  }
  const problems: TreeProblem[] = [];
  for (const id of reached) {
    const node = tree.nodes[id];
    if (node?.kind !== 'condition' || setOnEntry.get(id)?.has(node.variable)) continue;
    problems.push({
      code: 'variable-maybe-unset',
      nodeId: id,
      message: `Condition "${id}" reads "${node.variable}", which no input sets on every path from the start to it.`,
    });
  }
  return problems;
}

function reachableFrom(roots: string[], edges: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set(roots);
  const todo = [...roots];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    for (const next of edges.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return seen;
}

/**
 * A strongly connected set of nodes (a loop) from which no terminal node can be reached traps
 * the agent for ever. Loops with an exit are allowed: "try again" is a legitimate step.
 */
function cyclesWithoutExit(tree: Tree, edges: ReadonlyMap<string, string[]>): TreeProblem[] {
  const reverse = new Map<string, string[]>([...edges.keys()].map((id) => [id, []]));
  for (const [from, tos] of edges) for (const to of tos) reverse.get(to)?.push(from);
  const terminals = Object.entries(tree.nodes)
    .filter(([, node]) => isTerminal(node))
    .map(([id]) => id);
  const canFinish = reachableFrom(terminals, reverse);

  const problems: TreeProblem[] = [];
  for (const component of stronglyConnected(edges)) {
    const [first] = component;
    if (first === undefined) continue;
    const isLoop = component.length > 1 || (edges.get(first) ?? []).includes(first);
    if (!isLoop || component.some((id) => canFinish.has(id))) continue;
    const sorted = [...component].sort();
    problems.push({
      code: 'cycle-without-exit',
      nodeId: sorted[0] ?? first,
      message: `Nodes ${sorted.map((id) => `"${id}"`).join(', ')} form a loop with no way to a resolution, escalation or link.`,
    });
  }
  return problems;
}

/** Tarjan's algorithm, iterative so a long authored chain cannot overflow the stack. */
function stronglyConnected(edges: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const lowOf = (id: string): number => low.get(id) ?? 0;
  const visit = (id: string): void => {
    index.set(id, index.size);
    low.set(id, index.size - 1);
    stack.push(id);
    onStack.add(id);
  };

  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    visit(root);
    const work: { id: string; child: number }[] = [{ id: root, child: 0 }];
    for (let frame = work.at(-1); frame; frame = work.at(-1)) {
      const next = (edges.get(frame.id) ?? [])[frame.child++];
      if (next !== undefined) {
        const nextIndex = index.get(next);
        if (nextIndex === undefined) {
          visit(next);
          work.push({ id: next, child: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.id, Math.min(lowOf(frame.id), nextIndex));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.id, Math.min(lowOf(parent.id), lowOf(frame.id)));
      if (lowOf(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          onStack.delete(id);
          component.push(id);
          if (id === frame.id) break;
        }
        components.push(component);
      }
    }
  }
  return components;
}
