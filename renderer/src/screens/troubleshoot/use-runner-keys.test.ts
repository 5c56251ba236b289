import { describe, expect, it } from 'vitest';
import { runnerKey } from './use-runner-keys';

const press = (
  key: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});
const page = { typing: false, onControl: false };
const question = { choices: 3, confirm: false, back: true };

describe('runner keys', () => {
  it('chooses with 1–9 among the choices there are', () => {
    expect(runnerKey(press('1'), page, question)).toEqual({ action: 'choose', index: 0 });
    expect(runnerKey(press('3'), page, question)).toEqual({ action: 'choose', index: 2 });
    expect(runnerKey(press('4'), page, question)).toBeNull();
    expect(runnerKey(press('0'), page, question)).toBeNull();
    expect(runnerKey(press('1', { ctrlKey: true }), page, question)).toBeNull();
  });

  it('leaves keys alone while the agent types', () => {
    const typing = { typing: true, onControl: false };
    expect(runnerKey(press('1'), typing, question)).toBeNull();
    expect(runnerKey(press('Backspace'), typing, question)).toBeNull();
    expect(runnerKey(press('ArrowLeft', { altKey: true }), typing, question)).toBeNull();
  });

  it('goes back with Alt+← or Backspace, when there is something to go back to', () => {
    expect(runnerKey(press('ArrowLeft', { altKey: true }), page, question)).toEqual({
      action: 'back',
    });
    expect(runnerKey(press('Backspace'), page, question)).toEqual({ action: 'back' });
    expect(runnerKey(press('Backspace'), page, { ...question, back: false })).toBeNull();
    expect(runnerKey(press('ArrowLeft'), page, question)).toBeNull();
  });

  it('confirms a step with Enter, unless a button has focus', () => {
    const step = { choices: 0, confirm: true, back: true };
    expect(runnerKey(press('Enter'), page, step)).toEqual({ action: 'confirm' });
    expect(runnerKey(press('Enter'), { typing: false, onControl: true }, step)).toBeNull();
    expect(runnerKey(press('Enter'), page, question)).toBeNull();
  });
});
