import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export interface RunnerKeyActions {
  /** How many choices keys 1–9 can pick from (0 when the step is not a question). */
  choices: number;
  choose: (index: number) => void;
  /** Enter on a step ("Done"); null elsewhere. */
  confirm: (() => void) | null;
  /** Null when there is nothing to go back to. */
  back: (() => void) | null;
}

export type RunnerKey =
  { action: 'choose'; index: number } | { action: 'confirm' } | { action: 'back' } | null;

/** Fields take digits, Enter and Backspace themselves. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

/** What a key press means to the runner (pure, for tests); null leaves the key alone. */
export function runnerKey(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  target: { typing: boolean; onControl: boolean },
  actions: Pick<RunnerKeyActions, 'choices'> & { confirm: boolean; back: boolean },
): RunnerKey {
  const plain = !e.altKey && !e.ctrlKey && !e.metaKey;
  // Alt+← would otherwise be the browser's Back and leave the runner altogether.
  if (e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'ArrowLeft' && !target.typing)
    return actions.back ? { action: 'back' } : null;
  if (target.typing || !plain) return null;
  if (e.key === 'Backspace' && !e.shiftKey) return actions.back ? { action: 'back' } : null;
  if (/^[1-9]$/.test(e.key)) {
    const index = Number(e.key) - 1;
    return index < actions.choices ? { action: 'choose', index } : null;
  }
  // Enter on a focused button or link is that control's own click.
  if (e.key === 'Enter' && !e.shiftKey && !target.onControl && actions.confirm)
    return { action: 'confirm' };
  return null;
}

/**
 * The runner's keys: 1–9 choose, Enter confirms a step, Alt+← or Backspace go back. On the whole
 * page (`global`) or only inside `root`; never inside a dialog over the page (quick search).
 */
export function useRunnerKeys(
  root: RefObject<HTMLElement | null>,
  actions: RunnerKeyActions,
  global: boolean,
): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing) return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (el?.closest('dialog')) return;
      const a = latest.current;
      const key = runnerKey(
        e,
        { typing: isTyping(el), onControl: el?.closest('button, a, summary') != null },
        { choices: a.choices, confirm: a.confirm !== null, back: a.back !== null },
      );
      if (!key) return;
      e.preventDefault();
      if (key.action === 'choose') a.choose(key.index);
      else if (key.action === 'confirm') a.confirm?.();
      else a.back?.();
    };
    const target: HTMLElement | Document | null = global ? document : root.current;
    if (!target) return;
    target.addEventListener('keydown', onKey as EventListener);
    return () => target.removeEventListener('keydown', onKey as EventListener);
  }, [root, global]);
}
