import { describe, expect, it } from 'vitest';
import { treeSearchId } from '../../../../shared/workstation/trees';
import { hrefForRef, routeForRef } from './tree-links';

describe('tree links', () => {
  it('opens a tree hit in the runner and anything else as an article', () => {
    expect(routeForRef({ id: treeSearchId('card-declined'), lang: 'hu' })).toEqual({
      section: 'troubleshoot',
      tree: 'card-declined',
    });
    expect(routeForRef({ id: 'lost-card', lang: 'hu' })).toEqual({
      section: 'search',
      article: { id: 'lost-card', lang: 'hu' },
    });
    expect(hrefForRef({ id: treeSearchId('sim') })).toBe('#/troubleshoot?tree=sim');
  });
});
