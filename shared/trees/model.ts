// Guided troubleshooting trees (issue 7 item 1): the document format of server/demo/trees.json.
import { z } from 'zod';
import { localizedTextSchema } from '../sync/records';

/** Node and variable ids are used as keys in JSON and in `{{name}}` placeholders. */
const idSchema = z.string().min(1);

export const choiceSchema = z.object({
  label: localizedTextSchema,
  next: idSchema,
});
export type Choice = z.infer<typeof choiceSchema>;

// `next` / `otherwise` are optional so an author's draft parses; the validator reports the gap.
export const questionNodeSchema = z.object({
  kind: z.literal('question'),
  text: localizedTextSchema,
  choices: z.array(choiceSchema),
});

export const inputNodeSchema = z.object({
  kind: z.literal('input'),
  text: localizedTextSchema,
  variable: idSchema,
  next: idSchema.optional(),
});

export const stepNodeSchema = z.object({
  kind: z.literal('step'),
  text: localizedTextSchema,
  next: idSchema.optional(),
});

/** Exact string comparison of a variable; values are language-neutral codes ("51", "T"). */
export const conditionBranchSchema = z.object({
  equals: z.string(),
  next: idSchema,
});
export type ConditionBranch = z.infer<typeof conditionBranchSchema>;

export const conditionNodeSchema = z.object({
  kind: z.literal('condition'),
  variable: idSchema,
  branches: z.array(conditionBranchSchema),
  otherwise: idSchema.optional(),
});

export const resolutionNodeSchema = z.object({
  kind: z.literal('resolution'),
  text: localizedTextSchema,
  articleId: z.string().min(1).optional(),
  cannedId: z.string().min(1).optional(),
});

export const escalationNodeSchema = z.object({
  kind: z.literal('escalation'),
  text: localizedTextSchema,
  queue: z.string().min(1),
});

/** Hands the agent over to another tree; ends this tree with outcome "linked". */
export const linkNodeSchema = z.object({
  kind: z.literal('link'),
  text: localizedTextSchema,
  treeId: idSchema,
});

export const treeNodeSchema = z.discriminatedUnion('kind', [
  questionNodeSchema,
  inputNodeSchema,
  stepNodeSchema,
  conditionNodeSchema,
  resolutionNodeSchema,
  escalationNodeSchema,
  linkNodeSchema,
]);
export type TreeNode = z.infer<typeof treeNodeSchema>;
export type TreeNodeKind = TreeNode['kind'];
export type QuestionNode = z.infer<typeof questionNodeSchema>;
export type InputNode = z.infer<typeof inputNodeSchema>;
export type StepNode = z.infer<typeof stepNodeSchema>;
export type ConditionNode = z.infer<typeof conditionNodeSchema>;
export type ResolutionNode = z.infer<typeof resolutionNodeSchema>;
export type EscalationNode = z.infer<typeof escalationNodeSchema>;
export type LinkNode = z.infer<typeof linkNodeSchema>;
export type TerminalNode = ResolutionNode | EscalationNode | LinkNode;

export const treeSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  /** Content revision; absent in the demo files, set by the revision flow. */
  version: z.number().int().nonnegative().optional(),
  start: idSchema,
  nodes: z.record(z.string(), treeNodeSchema),
});
export type Tree = z.infer<typeof treeSchema>;

export const treesSchema = z.array(treeSchema);

export function isTerminal(node: TreeNode): node is TerminalNode {
  return node.kind === 'resolution' || node.kind === 'escalation' || node.kind === 'link';
}

/** Every node id this node can move to, in the author's order; repeated ids are kept. */
export function successors(node: TreeNode): string[] {
  switch (node.kind) {
    case 'question':
      return node.choices.map((c) => c.next);
    case 'input':
    case 'step':
      return node.next === undefined ? [] : [node.next];
    case 'condition':
      return [
        ...node.branches.map((b) => b.next),
        ...(node.otherwise === undefined ? [] : [node.otherwise]),
      ];
    case 'resolution':
    case 'escalation':
    case 'link':
      return [];
  }
}

/** The node's own texts with where they sit, for translation checks. */
export function nodeTexts(
  node: TreeNode,
): { where: string; text: Record<string, string | undefined>; choice?: number }[] {
  switch (node.kind) {
    case 'question':
      return [
        { where: 'text', text: node.text },
        ...node.choices.map((c, i) => ({ where: `choice ${i + 1}`, text: c.label, choice: i + 1 })),
      ];
    case 'condition':
      return [];
    default:
      return [{ where: 'text', text: node.text }];
  }
}
