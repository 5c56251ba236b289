import type { ClipboardWriter } from '../stores/quick-search-store';

/*
 * The system clipboard from the renderer. navigator.clipboard needs a secure context (Electron's
 * app:// pages and web mode on 127.0.0.1 are; web mode on a LAN name is not), so writing falls
 * back to a hidden text field and the copy command.
 */

function copyWithTextField(text: string): void {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(field);
  field.select();
  const ok = document.execCommand('copy');
  field.remove();
  previous?.focus({ preventScroll: true });
  if (!ok) throw new Error('The browser did not allow copying to the clipboard.');
}

export const browserClipboard: ClipboardWriter = {
  async writeText(text) {
    if (navigator.clipboard?.writeText) {
      try {
        await navigator.clipboard.writeText(text);
        return;
      } catch {
        // Permission refused or the document not focused: try the old way before giving up.
      }
    }
    copyWithTextField(text);
  },
};

/**
 * The clipboard's text, or '' when the browser refuses (no permission, insecure page) or takes
 * longer than `timeoutMs` (a permission prompt the agent ignores).
 */
export async function readClipboardText(timeoutMs = 10_000): Promise<string> {
  const read = navigator.clipboard?.readText?.bind(navigator.clipboard);
  if (!read) return '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(''), timeoutMs);
  });
  try {
    return await Promise.race([read().catch(() => ''), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
