// The tree as a diagram (issue 7 item 4): nodes and edges with positions from dagre, top to
// bottom. Pure, so the shape of the drawing is tested without React Flow or a DOM.
import dagre from '@dagrejs/dagre';
import type { ContentLanguage } from '../../../../shared/languages';
import { pickText } from '../../../../shared/localized-text';
import type { Tree, TreeNodeKind } from '../../../../shared/trees/model';
import type { TreeProblem, TreeProblemCode } from '../../../../shared/trees/validate';

/** Sizes the CSS gives `.tree-node` (tree-editor.css); dagre needs them to keep nodes apart. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 76;

export interface DiagramNode {
  id: string;
  kind: TreeNodeKind;
  /** The node's text in the chosen language (a condition shows its variable instead). */
  text: string;
  isStart: boolean;
  problems: TreeProblemCode[];
  /** Top-left corner, as React Flow places nodes. */
  position: { x: number; y: number };
}

/** What an edge says: the component turns it into words in the author's UI language. */
export type EdgeLabel =
  | { kind: 'choice'; text: string }
  | { kind: 'branch'; equals: string }
  | { kind: 'otherwise' }
  | { kind: 'next' };

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  label: EdgeLabel;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

function outgoing(
  tree: Tree,
  id: string,
  lang: ContentLanguage,
): { target: string; label: EdgeLabel }[] {
  const node = tree.nodes[id];
  switch (node?.kind) {
    case 'question':
      return node.choices.map((c) => ({
        target: c.next,
        label: { kind: 'choice', text: pickText(c.label, [lang, 'en']) },
      }));
    case 'input':
    case 'step':
      return node.next === undefined ? [] : [{ target: node.next, label: { kind: 'next' } }];
    case 'condition':
      return [
        ...node.branches.map((b) => ({
          target: b.next,
          label: { kind: 'branch', equals: b.equals } as const,
        })),
        ...(node.otherwise === undefined
          ? []
          : [{ target: node.otherwise, label: { kind: 'otherwise' } as const }]),
      ];
    default:
      return [];
  }
}

/**
 * Every node, and an edge for every link to a node that exists (a dangling link has no end to
 * draw; its node carries the problem instead). Positions come from a top-to-bottom dagre layout.
 */
export function treeDiagram(
  tree: Tree,
  lang: ContentLanguage,
  problems: readonly TreeProblem[],
): Diagram {
  const ids = Object.keys(tree.nodes);
  const edges: DiagramEdge[] = [];
  for (const source of ids) {
    outgoing(tree, source, lang).forEach(({ target, label }, i) => {
      if (Object.hasOwn(tree.nodes, target)) {
        edges.push({ id: `${source}\u2192${target}#${i}`, source, target, label });
      }
    });
  }

  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70, edgesep: 20, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  // Labelled edges get room for their label between the ranks.
  for (const e of edges) g.setEdge(e.source, e.target, { width: 60, height: 18 }, e.id);
  dagre.layout(g);

  const codes = new Map<string, TreeProblemCode[]>();
  for (const p of problems) {
    if (p.nodeId !== null) codes.set(p.nodeId, [...(codes.get(p.nodeId) ?? []), p.code]);
  }
  const nodes = ids.map((id): DiagramNode => {
    const node = tree.nodes[id];
    const at = g.node(id) as { x: number; y: number } | undefined;
    return {
      id,
      kind: node?.kind ?? 'step',
      text: node?.kind === 'condition' ? node.variable : pickText(node?.text ?? {}, [lang, 'en']),
      isStart: id === tree.start,
      problems: [...new Set(codes.get(id) ?? [])],
      // dagre gives centres; React Flow wants the top-left corner.
      position: { x: (at?.x ?? 0) - NODE_WIDTH / 2, y: (at?.y ?? 0) - NODE_HEIGHT / 2 },
    };
  });
  return { nodes, edges };
}
