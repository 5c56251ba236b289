import { slug } from '../../lib/slug';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../shared/languages';
import type { LocalizedText, NoticePriority } from '../../../../shared/sync/records';
import type { NoticeDraft, NoticeFollowUp } from '../../../../shared/workstation/notices';

/** What the compose form holds; `toNoticeDraft` turns it into the contract's NoticeDraft. */
export interface ComposeForm {
  id: string;
  /** The lead typed an id: stop deriving it from the title. */
  idEdited: boolean;
  priority: NoticePriority;
  requiresAck: boolean;
  /** The lead changed "requires acknowledgement": a later priority change no longer resets it. */
  ackEdited: boolean;
  title: LocalizedText;
  /** TipTap's HTML per language. */
  body: LocalizedText;
  /** Empty lists with `everyone` false is a choice not yet made. */
  everyone: boolean;
  businessLines: string[];
  positions: string[];
  /** A `datetime-local` value in the lead's time zone; null = publish now. */
  publishAt: string | null;
  expiresAt: string | null;
  linkedArticles: { id: string; title: string }[];
}

export type DraftBlocker =
  | { field: 'id' }
  | { field: 'content' }
  /** A language with a title but no body, or the other way round. */
  | { field: 'incomplete'; lang: ContentLanguage }
  | { field: 'audience' }
  | { field: 'publishAt' }
  | { field: 'expiresAt'; reason: 'before-publish' | 'past' };

/**
 * The priorities in the order the form offers them. Kept here rather than imported from
 * shared/sync/records: that module builds zod schemas, and importing it from this lazy chunk
 * moves zod into a chunk that loads before renderer/src/lib/zod-csp.ts sets jitless mode (the
 * CSP then reports zod's eval probe). A test checks it matches NOTICE_PRIORITIES.
 */
export const PRIORITIES = [
  'info',
  'important',
  'urgent',
] as const satisfies readonly NoticePriority[];

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const MAX_ID = 100;
/** Ids derived from a title stay short enough to read in a URL. */
const MAX_DERIVED_ID = 60;

/** Urgent notices interrupt agents with a pop-up to acknowledge: on unless the lead turns it off. */
export function defaultRequiresAck(priority: NoticePriority): boolean {
  return priority === 'urgent';
}

export function emptyForm(): ComposeForm {
  return {
    id: '',
    idEdited: false,
    priority: 'info',
    requiresAck: defaultRequiresAck('info'),
    ackEdited: false,
    title: {},
    body: {},
    everyone: true,
    businessLines: [],
    positions: [],
    publishAt: null,
    expiresAt: null,
    linkedArticles: [],
  };
}

/** "Kártyás fizetés – leállás!" → "kartyas-fizetes-leallas"; "" when nothing Latin is left. */
export function slugFromTitle(title: string): string {
  return slug(title, MAX_DERIVED_ID);
}

/**
 * The id a new notice gets from its titles: the first title (in tab order) that leaves a slug,
 * else "notice-" and the date, so a Chinese-only notice still gets a readable id.
 */
export function idFromTitles(
  title: LocalizedText,
  order: readonly ContentLanguage[],
  now: Date,
): string {
  for (const lang of order) {
    const slug = slugFromTitle(title[lang] ?? '');
    if (slug) return slug;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `notice-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/** The five content languages with the lead's own first. */
export function languageTabs(first: ContentLanguage): ContentLanguage[] {
  return [first, ...CONTENT_LANGUAGES.filter((l) => l !== first)];
}

/** The words of an HTML fragment: TipTap's empty document is "<p></p>", which is not a body. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type VariantFill = 'filled' | 'partial' | 'empty';

export function variantFill(form: ComposeForm, lang: ContentLanguage): VariantFill {
  const hasTitle = (form.title[lang] ?? '').trim() !== '';
  const hasBody = htmlText(form.body[lang] ?? '') !== '';
  if (hasTitle && hasBody) return 'filled';
  return hasTitle || hasBody ? 'partial' : 'empty';
}

/** Languages the notice will be sent in (a title and a body), in `order`. */
export function filledLanguages(
  form: ComposeForm,
  order: readonly ContentLanguage[] = CONTENT_LANGUAGES,
): ContentLanguage[] {
  return order.filter((l) => variantFill(form, l) === 'filled');
}

/** A `datetime-local` value → ISO time (UTC); null when it is not a date. */
export function localToIso(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** ISO time → the `datetime-local` value showing it in this time zone. */
export function isoToLocal(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Everything that stops the draft from being sent, in the order the form shows its fields. */
export function draftBlockers(form: ComposeForm, now: Date): DraftBlocker[] {
  const blockers: DraftBlocker[] = [];
  const id = form.id.trim();
  if (id.length === 0 || id.length > MAX_ID || !ID_PATTERN.test(id)) blockers.push({ field: 'id' });
  for (const lang of CONTENT_LANGUAGES) {
    if (variantFill(form, lang) === 'partial') blockers.push({ field: 'incomplete', lang });
  }
  if (filledLanguages(form).length === 0) blockers.push({ field: 'content' });
  if (!form.everyone && form.businessLines.length === 0 && form.positions.length === 0)
    blockers.push({ field: 'audience' });
  const publishIso = form.publishAt === null ? null : localToIso(form.publishAt);
  if (form.publishAt !== null && publishIso === null) blockers.push({ field: 'publishAt' });
  if (form.expiresAt !== null) {
    const expires = localToIso(form.expiresAt);
    const publish = publishIso === null ? now.getTime() : Date.parse(publishIso);
    if (expires === null || Date.parse(expires) <= now.getTime())
      blockers.push({ field: 'expiresAt', reason: 'past' });
    else if (Date.parse(expires) <= publish)
      blockers.push({ field: 'expiresAt', reason: 'before-publish' });
  }
  return blockers;
}

export type PreparedDraft =
  { ok: true; draft: NoticeDraft } | { ok: false; blockers: DraftBlocker[] };

/** The form as the contract's NoticeDraft: only complete languages, UTC times, ids of articles. */
export function toNoticeDraft(form: ComposeForm, now: Date): PreparedDraft {
  const blockers = draftBlockers(form, now);
  if (blockers.length > 0) return { ok: false, blockers };
  const title: LocalizedText = {};
  const body: LocalizedText = {};
  for (const lang of filledLanguages(form)) {
    title[lang] = (form.title[lang] ?? '').trim();
    body[lang] = form.body[lang] ?? '';
  }
  return {
    ok: true,
    draft: {
      id: form.id.trim(),
      priority: form.priority,
      title,
      body,
      requiresAck: form.requiresAck,
      audience: form.everyone
        ? { businessLines: [], positions: [] }
        : { businessLines: form.businessLines, positions: form.positions },
      publishAt: form.publishAt === null ? null : localToIso(form.publishAt),
      expiresAt: form.expiresAt === null ? null : localToIso(form.expiresAt),
      linkedArticleIds: form.linkedArticles.map((a) => a.id),
    },
  };
}

/** A sent notice back in the form, to change it ("#/notices?compose=<id>"). */
export function formFromNotice(
  notice: NoticeFollowUp['notice'],
  linkedTitles: ReadonlyMap<string, string>,
): ComposeForm {
  const { businessLines, positions } = notice.audience;
  return {
    id: notice.id,
    idEdited: true,
    priority: notice.priority,
    requiresAck: notice.requiresAck,
    ackEdited: true,
    title: { ...notice.title },
    body: { ...notice.body },
    everyone: businessLines.length === 0 && positions.length === 0,
    businessLines: [...businessLines],
    positions: [...positions],
    publishAt: isoToLocal(notice.publishAt),
    expiresAt: notice.expiresAt === null ? null : isoToLocal(notice.expiresAt),
    linkedArticles: notice.linkedArticleIds.map((id) => ({
      id,
      title: linkedTitles.get(id) ?? id,
    })),
  };
}

/**
 * One edit of the form, with what follows from it: the id tracks the titles until the lead types
 * one, and "requires acknowledgement" follows the priority until the lead sets it.
 */
export function applyFormChange(
  form: ComposeForm,
  change: Partial<ComposeForm>,
  context: { isNew: boolean; order: readonly ContentLanguage[]; now: Date },
): ComposeForm {
  const next = { ...form, ...change };
  if (change.id !== undefined) next.idEdited = change.id.trim() !== '';
  if (change.requiresAck !== undefined) next.ackEdited = true;
  if (change.priority !== undefined && !next.ackEdited)
    next.requiresAck = defaultRequiresAck(change.priority);
  if (context.isNew && !next.idEdited && (change.title !== undefined || change.id !== undefined)) {
    const anyTitle = Object.values(next.title).some((t) => (t ?? '').trim() !== '');
    next.id = anyTitle ? idFromTitles(next.title, context.order, context.now) : '';
  }
  return next;
}
