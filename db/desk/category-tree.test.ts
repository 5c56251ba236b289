// Browse: the category tree with counts (issue 6 item 5; R4, R11, R12).
import { expect, it } from 'vitest';
import { upsertArticles } from '../articles';
import { upsertCategories } from '../categories';
import { articleInput, cleanupAfterEach, replicaPerTest } from '../testing';
import { categoryTree } from './category-tree';

const newReplica = replicaPerTest(cleanupAfterEach());

function cardsTree() {
  const replica = newReplica();
  upsertCategories(replica, [
    { id: 'cards', parentId: null, position: 1, names: { en: 'Cards', hu: 'Kártyák' } },
    { id: 'lost', parentId: 'cards', position: 2, names: { en: 'Lost cards' } },
    { id: 'fees', parentId: 'cards', position: 1, names: { en: 'Fees', 'zh-Hans': '费用' } },
    { id: 'loans', parentId: null, position: 0, names: { en: 'Loans' } },
  ]);
  upsertArticles(replica, [
    // In two categories of one subtree (R12).
    articleInput({ id: 'block', lang: 'en', title: 'Block a card', categoryIds: ['lost', 'fees'] }),
    articleInput({ id: 'replace', lang: 'en', title: 'Replace a card', categoryIds: ['lost'] }),
    articleInput({ id: 'annual', lang: 'en', title: 'Annual fee', categoryIds: ['cards'] }),
    articleInput({ id: 'rate', lang: 'en', title: 'Loan rates', categoryIds: ['loans', 'fees'] }),
  ]);
  return replica;
}

it('counts an article once per subtree, though it sits in two categories of it (R12)', () => {
  const tree = categoryTree(cardsTree(), ['en']);
  const counts = (nodes: typeof tree): unknown =>
    nodes.map((n) => [n.id, n.count, counts(n.children)]);
  // Roots and siblings in the authors' order (position).
  expect(counts(tree)).toEqual([
    ['loans', 1, []],
    [
      'cards',
      4,
      [
        ['fees', 2, []],
        ['lost', 2, []],
      ],
    ],
  ]);
});

it('names categories in the agent’s languages, falling back to any name', () => {
  const tree = categoryTree(cardsTree(), ['hu', 'zh-Hans']);
  const names = tree.flatMap((n) => [n.name, ...n.children.map((c) => c.name)]);
  expect(names).toEqual(['Loans', 'Kártyák', '费用', 'Lost cards']);
});

it('an empty replica has an empty tree; an empty category counts 0', () => {
  const replica = newReplica();
  expect(categoryTree(replica, ['en'])).toEqual([]);
  upsertCategories(replica, [{ id: 'x', parentId: null, position: 0, names: {} }]);
  expect(categoryTree(replica, ['en'])).toEqual([{ id: 'x', name: 'x', count: 0, children: [] }]);
});
