import type { AuditReport } from '../../../../../shared/workstation/authoring';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days a review is late (at least 1 once the date has passed); null without a date. */
export function daysOverdue(iso: string | null, now: Date): number | null {
  const at = iso ? new Date(iso).getTime() : NaN;
  if (Number.isNaN(at)) return null;
  return Math.max(1, Math.floor((now.getTime() - at) / DAY_MS));
}

/** Days left until a review is due, rounded up: due in 30 hours is "2 days", never "1". */
export function daysLeft(iso: string | null, now: Date): number | null {
  const at = iso ? new Date(iso).getTime() : NaN;
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / DAY_MS));
}

/** The report narrowed to one owner's articles ("Only mine"); the owners' overview stays whole. */
export function onlyOwner(report: AuditReport, owner: string | null): AuditReport {
  if (!owner) return report;
  return {
    ...report,
    overdue: report.overdue.filter((a) => a.owner === owner),
    dueSoon: report.dueSoon.filter((a) => a.owner === owner),
    stale: report.stale.filter((a) => a.owner === owner),
  };
}

/** Display names of owners by username, from the overview the report carries. */
export function ownerNames(report: AuditReport): Map<string, string> {
  return new Map(report.owners.map((o) => [o.owner, o.displayName || o.owner]));
}
