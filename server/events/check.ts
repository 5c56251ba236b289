import {
  MAX_EVENT_PAYLOAD_BYTES,
  outboxEventSchema,
  type OutboxEvent,
} from '../../shared/sync/outbox';

export type CheckedEvent =
  { ok: true; key: string; event: OutboxEvent } | { ok: false; key: string; reason: string };

/**
 * One event of a batch, judged on its own: a bad event is rejected with a reason and the others
 * are still stored. Beyond the contract's schema it refuses what PostgreSQL cannot hold (a NUL
 * character, an unpaired surrogate, the year 0), which would otherwise fail the whole
 * insert and leave the workstation retrying the same batch forever.
 */
export function checkEvent(raw: unknown, index: number): CheckedEvent {
  const sentKey = isObject(raw) && typeof raw.key === 'string' ? raw.key : undefined;
  const key = sentKey ?? `#${index}`;
  const reject = (reason: string): CheckedEvent => ({ ok: false, key, reason });

  // Measured before the schema so that an oversized payload is named as such.
  if (isObject(raw) && 'payload' in raw) {
    const bytes = Buffer.byteLength(JSON.stringify(raw.payload) ?? '', 'utf8');
    if (bytes > MAX_EVENT_PAYLOAD_BYTES) {
      return reject(`payload is ${bytes} bytes as JSON; the limit is ${MAX_EVENT_PAYLOAD_BYTES}.`);
    }
  }
  const parsed = outboxEventSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    return reject(issues.join('; '));
  }
  const event = parsed.data;
  if (Date.parse(event.occurredAt) < EARLIEST_OCCURRED_AT) {
    return reject('occurredAt is before 1970: check the workstation clock.');
  }
  if (!storableText(event)) {
    return reject('text contains a NUL character or an unpaired surrogate.');
  }
  return { ok: true, key, event };
}

/** Earlier is a broken clock, and year 0 is outside what `timestamptz` accepts. */
const EARLIEST_OCCURRED_AT = 0;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string in the value, at any depth, fits PostgreSQL `text` and `jsonb`. */
function storableText(value: unknown): boolean {
  if (typeof value === 'string') return !value.includes('\u0000') && wellFormed(value);
  if (Array.isArray(value)) return value.every(storableText);
  if (isObject(value)) return Object.values(value).every(storableText);
  return true;
}

/** `String.prototype.isWellFormed` (ES2024) without raising the compile target. */
function wellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return false;
    }
  }
  return true;
}
