import type { AgentApi } from '../../../../shared/api';
import type { SuggestEdit } from '../../../../shared/workstation/authoring';
import { errorMessage } from '../../bridge/call-failure';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The article's body as plain text the agent can edit: one paragraph per block (paragraphs,
 * headings, list items, table rows), separated by a blank line. Formatting is left out on purpose:
 * agents propose wording; the owner reviews the change and its formatting in the diff.
 */
export function bodyToText(html: string): string {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|tr|div|blockquote|pre|table|ul|ol|dd|dt)>/gi, '\n\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/[ \t]+\n/g, '\n').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Back to HTML: a <p> per paragraph, single line breaks kept as <br>. */
export function textToBody(text: string): string {
  return text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}

export type SuggestOutcome =
  | { ok: true; revision: number }
  | { ok: false; problem: 'title-required' | 'unchanged' | 'offline' | 'failed'; message: string };

/** Sends the agent's proposed wording to the article's owner (R17): a draft revision and an inbox item. */
export async function sendSuggestion(
  api: AgentApi,
  article: {
    id: string;
    lang: SuggestEdit['lang'];
    revision: number;
    title: string;
    bodyHtml: string;
  },
  edit: { title: string; text: string; comment: string },
): Promise<SuggestOutcome> {
  const title = edit.title.trim();
  if (!title) return { ok: false, problem: 'title-required', message: '' };
  if (title === article.title.trim() && edit.text.trim() === bodyToText(article.bodyHtml))
    return { ok: false, problem: 'unchanged', message: '' };
  try {
    const outcome = await api.suggestEdit({
      articleId: article.id,
      lang: article.lang,
      revision: article.revision,
      title,
      bodyHtml: textToBody(edit.text),
      comment: edit.comment.trim(),
    });
    if (outcome.ok) return { ok: true, revision: outcome.revision };
    return {
      ok: false,
      problem:
        outcome.problem === 'offline' || outcome.problem === 'signed-out' ? 'offline' : 'failed',
      message: outcome.message,
    };
  } catch (err) {
    return { ok: false, problem: 'failed', message: errorMessage(err) };
  }
}
