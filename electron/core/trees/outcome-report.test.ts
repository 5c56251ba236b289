import { describe, expect, it } from 'vitest';
import { MAX_EVENT_PAYLOAD_BYTES, eventPayloadSchemas } from '../../../shared/sync/outbox';
import { MAX_REPORTED_STEPS, type TreeOutcomeReport } from '../../../shared/workstation/trees';
import { fitOutcomeReport } from './outcome-report';

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

function report(idLength: number, nodeIdLength: number): TreeOutcomeReport {
  const id = (prefix: string, n: number) => `${prefix}-${'x'.repeat(n)}`.slice(0, n);
  return {
    treeId: id('tree', idLength),
    documentVersion: 123456,
    lang: 'zh-Hant',
    outcome: 'escalated',
    endNode: id('end', idLength),
    queue: 'q'.repeat(200),
    articleId: id('article', idLength),
    path: Array.from({ length: MAX_REPORTED_STEPS }, (_, i) => ({
      node: id(`node${i}`, nodeIdLength),
      ms: 9_999_999_999,
    })),
    totalMs: 9_999_999_999,
  };
}

describe('tree outcome events fit the outbox (MAX_EVENT_PAYLOAD_BYTES)', () => {
  it('a full path with long ids (64-character nodes, 200-character tree/article ids) fits as it is', () => {
    const r = report(200, 64);
    expect(bytes(r)).toBeLessThanOrEqual(MAX_EVENT_PAYLOAD_BYTES);
    expect(fitOutcomeReport(r)).toBe(r);
    expect(eventPayloadSchemas['tree-outcome'].safeParse(r).success).toBe(true);
  });

  it('ids at the 200-character limit are trimmed from the oldest steps, keeping start and end', () => {
    const r = report(200, 200);
    expect(bytes(r)).toBeGreaterThan(MAX_EVENT_PAYLOAD_BYTES);
    const fitted = fitOutcomeReport(r);
    expect(bytes(fitted)).toBeLessThanOrEqual(MAX_EVENT_PAYLOAD_BYTES);
    expect(eventPayloadSchemas['tree-outcome'].safeParse(fitted).success).toBe(true);
    expect(fitted.path[0]).toEqual(r.path[0]);
    expect(fitted.path.at(-1)).toEqual(r.path.at(-1));
    expect(fitted.path.length).toBeGreaterThan(MAX_REPORTED_STEPS / 3);
    expect(fitted.totalMs).toBe(r.totalMs);
  });
});
