import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES } from '../languages';
import { treesSchema } from './model';
import { validateTree } from './validate';

function loadDemoTrees() {
  const file = fileURLToPath(new URL('../../server/demo/trees.json', import.meta.url));
  return treesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

describe('the demo trees (issue 7 item 5)', () => {
  const trees = loadDemoTrees();

  it('parse as tree documents', () => {
    expect(trees.map((t) => t.id)).toEqual([
      'tree-card-declined',
      'tree-internet-down',
      'tree-sim-not-working',
      'tree-password-reset',
      'tree-disputed-charge',
    ]);
  });

  it.each(trees.map((t) => [t.id, t] as const))('%s is valid in all five languages', (_, tree) => {
    expect(validateTree(tree, { publishedLanguages: CONTENT_LANGUAGES })).toEqual([]);
  });
});
