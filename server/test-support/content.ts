import type { Audience } from '../access/audience';
import type { LocalizedText } from '../../shared/sync/records';
import type { EscalationNode, QuestionNode, ResolutionNode } from '../../shared/trees/model';
import type { TestClient } from './client';

export interface ArticleSpec {
  audience?: Audience;
  title?: string;
  body?: string;
  langs?: string[];
  categoryIds?: string[];
  type?: string;
  publish?: boolean;
}

/** Creates (or changes) an article and saves one revision per language, published by default. */
export async function putArticle(
  author: TestClient,
  id: string,
  spec: ArticleSpec = {},
): Promise<void> {
  await author.ok('PUT', `/api/authoring/articles/${id}`, {
    type: spec.type ?? 'reference',
    ...(spec.audience ? { audience: spec.audience } : {}),
    ...(spec.categoryIds ? { categoryIds: spec.categoryIds } : {}),
  });
  for (const lang of spec.langs ?? ['en']) {
    await author.ok('PUT', `/api/authoring/articles/${id}/variants/${lang}`, {
      title: spec.title ?? `Title of ${id}`,
      bodyHtml: spec.body ?? `<p>Body of ${id}</p>`,
      publish: spec.publish ?? true,
    });
  }
}

export const audience = (businessLines: string[] = [], positions: string[] = []): Audience => ({
  businessLines,
  positions,
});

/**
 * A small tree document that validates in every language of `title`: a question whose first
 * choice resolves (linking `articleId` when given) and whose second escalates to "L2".
 */
export function treeDocument(
  id: string,
  spec: { title?: LocalizedText; question?: string; articleId?: string } = {},
): {
  id: string;
  title: LocalizedText;
  start: string;
  nodes: { q1: QuestionNode; fixed: ResolutionNode; escalate: EscalationNode };
} {
  const title = spec.title ?? { en: `Tree ${id}` };
  const text = (words: string): LocalizedText =>
    Object.fromEntries(Object.keys(title).map((lang) => [lang, `${words} (${lang})`]));
  return {
    id,
    title,
    start: 'q1',
    nodes: {
      q1: {
        kind: 'question',
        text: text(spec.question ?? 'Is the light on?'),
        choices: [
          { label: text('Yes'), next: 'fixed' },
          { label: text('No'), next: 'escalate' },
        ],
      },
      fixed: {
        kind: 'resolution',
        text: text('Solved'),
        ...(spec.articleId ? { articleId: spec.articleId } : {}),
      },
      escalate: { kind: 'escalation', text: text('Hand over'), queue: 'L2' },
    },
  };
}
