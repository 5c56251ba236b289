import type { ChangesResponse, Snapshot } from '../../shared/sync/protocol';
import type { SyncRecord } from '../../shared/sync/records';
import type { TestClient } from './client';

/**
 * What a workstation does with the protocol, in memory: snapshot, then pages of changes applied
 * with the cursor. Tests compare it with a fresh snapshot to prove nothing was missed or leaked.
 */
export class MiniReplica {
  readonly records = new Map<string, SyncRecord>();
  cursor = 0;
  /** Every id that ever arrived, to prove something outside the audience never did. */
  readonly everReceived = new Set<string>();
  resets = 0;

  constructor(readonly client: TestClient) {}

  static key(kind: string, id: string): string {
    return `${kind}:${id}`;
  }

  async bootstrap(): Promise<void> {
    const snapshot = await this.client.ok<Snapshot>('GET', '/api/sync/snapshot');
    this.records.clear();
    for (const r of snapshot.records) this.put(r);
    this.cursor = snapshot.cursor;
  }

  /** Pulls until caught up; returns the pages' items. Resets reload the snapshot, as a client must. */
  async pull(limit = 100): Promise<ChangesResponse[]> {
    const pages: ChangesResponse[] = [];
    for (;;) {
      const page = await this.client.ok<ChangesResponse>(
        'GET',
        `/api/sync/changes?since=${this.cursor}&limit=${limit}`,
      );
      pages.push(page);
      if (page.type === 'reset') {
        this.resets++;
        await this.bootstrap();
        continue;
      }
      for (const item of page.items) {
        if (item.op === 'upsert') this.put(item.record);
        else this.records.delete(MiniReplica.key(item.kind, item.id));
      }
      if (page.cursor < this.cursor) throw new Error('cursor went backwards');
      this.cursor = page.cursor;
      if (!page.hasMore) return pages;
    }
  }

  ids(kind: string): string[] {
    return [...this.records.values()]
      .filter((r) => r.kind === kind)
      .map((r) => r.id)
      .sort();
  }

  /** The replica's content as comparable JSON, keyed and sorted. */
  contents(): Record<string, SyncRecord> {
    return Object.fromEntries([...this.records.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  private put(record: SyncRecord): void {
    this.records.set(MiniReplica.key(record.kind, record.id), record);
    this.everReceived.add(MiniReplica.key(record.kind, record.id));
  }
}

export async function snapshotContents(client: TestClient): Promise<Record<string, SyncRecord>> {
  const snapshot = await client.ok<Snapshot>('GET', '/api/sync/snapshot');
  return Object.fromEntries(
    snapshot.records
      .map((r) => [MiniReplica.key(r.kind, r.id), r] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
