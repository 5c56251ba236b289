// The demo trees (server/demo/trees.json) as the server sends them, for the tree tests.
import { readFileSync } from 'node:fs';
import type { TreeRecord } from '../../shared/sync/records';
import { now } from '../sync/test-records';

export const demoTreeRecords: TreeRecord[] = (
  JSON.parse(readFileSync(new URL('../../server/demo/trees.json', import.meta.url), 'utf8')) as {
    id: string;
    title: TreeRecord['title'];
  }[]
).map((doc, i) => ({
  kind: 'tree',
  id: doc.id,
  version: i + 1,
  documentVersion: 1,
  title: doc.title,
  document: doc,
  updatedAt: now,
}));

export function demoTreeRecord(id: string): TreeRecord {
  const tree = demoTreeRecords.find((t) => t.id === id);
  if (!tree) throw new Error(`no demo tree ${id}`);
  return tree;
}
