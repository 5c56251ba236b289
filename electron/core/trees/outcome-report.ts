import { MAX_EVENT_PAYLOAD_BYTES } from '../../../shared/sync/outbox';
import type { TreeOutcomeReport } from '../../../shared/workstation/trees';

function bytes(report: TreeOutcomeReport): number {
  return Buffer.byteLength(JSON.stringify(report), 'utf8');
}

/**
 * The report as it fits one outbox event. At MAX_REPORTED_STEPS with node ids of ordinary length
 * it always fits; ids near the 200-character limit (or text that JSON escapes) could exceed the
 * limit, and the server would refuse the whole event. Then the oldest steps after the first go
 * first: the start, where the run ended and `totalMs` are what path analytics needs most.
 */
export function fitOutcomeReport(report: TreeOutcomeReport): TreeOutcomeReport {
  if (bytes(report) <= MAX_EVENT_PAYLOAD_BYTES) return report;
  const path = [...report.path];
  let fitted = report;
  while (path.length > 1 && bytes(fitted) > MAX_EVENT_PAYLOAD_BYTES) {
    path.splice(1, Math.max(1, Math.ceil((path.length - 1) / 10)));
    fitted = { ...report, path: [...path] };
  }
  return fitted;
}
