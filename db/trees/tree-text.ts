import type { ContentLanguage } from '../../shared/languages';
import type { LocalizedText } from '../../shared/sync/records';
import { treeSchema, type Tree, type TreeNode } from '../../shared/trees/model';

/** How far `firstText` follows conditions (which have no text of their own) from the start. */
const MAX_HOPS = 8;

/** A stored tree document, or null when it does not parse (an older or broken record). */
export function parseTreeDocument(json: string): Tree | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = treeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function textOf(node: TreeNode): LocalizedText | null {
  return node.kind === 'condition' ? null : node.text;
}

/**
 * The text the agent meets first, in `lang` ('' when it has none): the start node's, or when the
 * tree starts with conditions, the first node with text along their first branches.
 */
export function firstText(tree: Tree, lang: ContentLanguage): string {
  let id: string | undefined = tree.start;
  for (let hop = 0; hop < MAX_HOPS && id !== undefined; hop++) {
    const node: TreeNode | undefined = Object.hasOwn(tree.nodes, id) ? tree.nodes[id] : undefined;
    if (!node) return '';
    const text = textOf(node);
    if (text) return text[lang] ?? '';
    id = node.kind === 'condition' ? (node.branches[0]?.next ?? node.otherwise) : undefined;
  }
  return '';
}

/** Every question, choice, input, step and ending text of the tree in `lang`, for the index. */
export function allTexts(tree: Tree, lang: ContentLanguage): string[] {
  const out: string[] = [];
  for (const node of Object.values(tree.nodes)) {
    const text = textOf(node)?.[lang];
    if (text) out.push(text);
    if (node.kind === 'question') {
      for (const choice of node.choices) {
        const label = choice.label[lang];
        if (label) out.push(label);
      }
    }
  }
  return out;
}
