import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { Tree } from '../../../../shared/trees/model';
import type { TreeProblem } from '../../../../shared/trees/validate';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  treeDiagram,
  type DiagramNode,
  type EdgeLabel,
} from './graph-layout';
import { treeProblemText } from './problem-text';

// React Flow wants node data as a string-keyed record; an interface would not be one.
type TreeNodeData = Record<string, unknown> &
  DiagramNode & { current: boolean; problemTexts: string[] };
type TreeFlowNode = Node<TreeNodeData, 'treeNode'>;

function TreeNodeView({ data }: NodeProps<TreeFlowNode>) {
  const { t } = useTranslation();
  const classes = [
    'tree-node',
    `kind-${data.kind}`,
    data.isStart ? 'is-start' : '',
    data.problems.length > 0 ? 'has-problems' : '',
    data.current ? 'is-current' : '',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      title={data.problemTexts.join('\n') || undefined}
      data-testid="tree-diagram-node"
      data-node={data.id}
      data-problems={data.problems.join(' ') || undefined}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="tree-node-head">
        <span className="tree-node-kind">{t(`treeEditor.kind.${data.kind}`)}</span>
        {data.isStart && <span className="tree-node-start">{t('treeEditor.isStart')}</span>}
        {data.problems.length > 0 && (
          <span className="tree-node-problem" aria-label={data.problemTexts.join(' ')}>
            !
          </span>
        )}
      </div>
      <div className="tree-node-id">{data.id}</div>
      <div className="tree-node-text">{data.text}</div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

const NODE_TYPES = { treeNode: TreeNodeView };

/** Below this the node texts are too small to read; a bigger tree is panned instead. */
const READABLE_ZOOM = 0.75;
const FIT = { padding: 0.08, maxZoom: 1, minZoom: READABLE_ZOOM } as const;

/**
 * Fits the drawing again when nodes come or go (not on every keystroke in a text), and pans to
 * the node being edited when it is out of sight.
 */
function FollowChanges(props: {
  signature: string;
  selected: string | null;
  container: RefObject<HTMLDivElement | null>;
}) {
  const flow = useReactFlow();
  const { signature, selected, container } = props;
  // Registered first so that, in the same frame, the fit comes before the check below.
  useEffect(() => {
    const frame = requestAnimationFrame(() => void flow.fitView(FIT));
    return () => cancelAnimationFrame(frame);
  }, [flow, signature]);
  useEffect(() => {
    const showSelected = (): void => {
      const node = selected === null ? undefined : flow.getInternalNode(selected);
      const box = container.current?.getBoundingClientRect();
      if (!node || !box) return;
      const { x, y } = node.internals.positionAbsolute;
      const topLeft = flow.flowToScreenPosition({ x, y });
      const bottomRight = flow.flowToScreenPosition({ x: x + NODE_WIDTH, y: y + NODE_HEIGHT });
      const inSight =
        topLeft.x >= box.left &&
        topLeft.y >= box.top &&
        bottomRight.x <= box.right &&
        bottomRight.y <= box.bottom;
      if (inSight) return;
      void flow.setCenter(x + NODE_WIDTH / 2, y + NODE_HEIGHT / 2, {
        zoom: Math.max(flow.getZoom(), READABLE_ZOOM),
        duration: 200,
      });
    };
    const frame = requestAnimationFrame(() => showSelected());
    return () => cancelAnimationFrame(frame);
  }, [flow, selected, signature, container]);
  return null;
}

/** The live diagram of the draft: dagre's layout, node colour by kind, problems marked. */
export function TreeDiagram(props: {
  tree: Tree;
  lang: ContentLanguage;
  problems: readonly TreeProblem[];
  selected: string | null;
  onSelect: (nodeId: string) => void;
}) {
  const { t } = useTranslation();
  const { tree, lang, problems, selected } = props;
  const diagram = useMemo(() => treeDiagram(tree, lang, problems), [tree, lang, problems]);

  const nodes = useMemo(
    (): TreeFlowNode[] =>
      diagram.nodes.map((n) => ({
        id: n.id,
        type: 'treeNode',
        position: n.position,
        data: {
          ...n,
          current: n.id === selected,
          problemTexts: problems.filter((p) => p.nodeId === n.id).map((p) => treeProblemText(p, t)),
        },
        selected: n.id === selected,
        draggable: false,
        connectable: false,
      })),
    [diagram, selected, problems, t],
  );
  const edgeText = (label: EdgeLabel): string | undefined => {
    switch (label.kind) {
      case 'choice':
        return label.text || undefined;
      case 'branch':
        return `= ${label.equals}`;
      case 'otherwise':
        return t('treeEditor.edgeOtherwise');
      case 'next':
        return undefined;
    }
  };
  const edges = useMemo(
    (): Edge[] =>
      diagram.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: 'smoothstep',
        label: edgeText(e.label),
        labelBgPadding: [4, 2] as [number, number],
        labelBgBorderRadius: 4,
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
        className: `edge-${e.label.kind}`,
        focusable: false,
      })),
    // edgeText only reads t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [diagram, t],
  );
  const signature = diagram.nodes.map((n) => n.id).join('\u0000');
  const container = useRef<HTMLDivElement>(null);

  return (
    <div
      ref={container}
      className="tree-diagram"
      data-testid="tree-diagram"
      aria-label={t('treeEditor.diagramLabel')}
    >
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          onNodeClick={(_, node) => props.onSelect(node.id)}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          fitView
          fitViewOptions={FIT}
          minZoom={0.2}
          maxZoom={1.5}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
          <FollowChanges signature={signature} selected={selected} container={container} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
