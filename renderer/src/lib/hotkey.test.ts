import { describe, expect, it } from 'vitest';
import {
  acceleratorFromPress,
  acceleratorProblem,
  formatAccelerator,
  hotkeyMatcher,
  isMacPlatform,
  parseAccelerator,
  type KeyPress,
} from './hotkey';

// R1, R29: the quick-search hotkey; in web mode an in-page shortcut with the same setting.

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});
const ctrlShiftSpace = press({ key: ' ', code: 'Space', ctrlKey: true, shiftKey: true });
const cmdShiftSpace = press({ key: ' ', code: 'Space', metaKey: true, shiftKey: true });

describe('parseAccelerator', () => {
  it('reads modifiers in any spelling and one key', () => {
    expect(parseAccelerator('CommandOrControl+Shift+Space')).toEqual({
      commandOrControl: true,
      control: false,
      meta: false,
      alt: false,
      shift: true,
      key: 'Space',
    });
    expect(parseAccelerator('cmdorctrl+alt+k')).toMatchObject({ alt: true, key: 'K' });
    expect(parseAccelerator('Super+F5')).toMatchObject({ meta: true, key: 'F5' });
    expect(parseAccelerator('Ctrl+Return')).toMatchObject({ control: true, key: 'Enter' });
    expect(parseAccelerator('Alt+num7')).toMatchObject({ key: 'num7' });
    expect(parseAccelerator('Ctrl+/')).toMatchObject({ key: '/' });
  });

  it.each(['', 'Ctrl+', '+K', 'Ctrl+Shift', 'Ctrl+Ctrl+K', 'Ctrl+KK', 'Hyper+K', 'F25', 'Ctrl+é'])(
    'refuses %j',
    (text) => expect(parseAccelerator(text)).toBeNull(),
  );
});

describe('acceleratorProblem', () => {
  it('needs Ctrl, ⌘, Alt or Super unless it is a function key', () => {
    expect(acceleratorProblem('CommandOrControl+Shift+Space')).toBeNull();
    expect(acceleratorProblem('F9')).toBeNull();
    expect(acceleratorProblem('Shift+K')).toBe('needs-modifier');
    expect(acceleratorProblem('K')).toBe('needs-modifier');
    expect(acceleratorProblem('Ctrl+Nope')).toBe('invalid');
  });
});

describe('hotkeyMatcher', () => {
  it('matches CommandOrControl as Ctrl off macOS and ⌘ on macOS', () => {
    const pc = hotkeyMatcher('CommandOrControl+Shift+Space', false);
    const mac = hotkeyMatcher('CommandOrControl+Shift+Space', true);
    expect(pc(ctrlShiftSpace)).toBe(true);
    expect(pc(cmdShiftSpace)).toBe(false);
    expect(mac(cmdShiftSpace)).toBe(true);
    expect(mac(ctrlShiftSpace)).toBe(false);
  });

  it('wants exactly the modifiers of the accelerator', () => {
    const pc = hotkeyMatcher('CommandOrControl+Shift+Space', false);
    expect(pc({ ...ctrlShiftSpace, altKey: true })).toBe(false);
    expect(pc({ ...ctrlShiftSpace, shiftKey: false })).toBe(false);
  });

  it('matches letters by physical key, whatever the layout or Shift makes of them', () => {
    const m = hotkeyMatcher('Alt+K', false);
    expect(m(press({ key: 'л', code: 'KeyK', altKey: true }))).toBe(true);
    expect(m(press({ key: 'k', code: 'KeyK', altKey: true }))).toBe(true);
    expect(m(press({ key: 'j', code: 'KeyJ', altKey: true }))).toBe(false);
    const digit = hotkeyMatcher('Ctrl+Shift+1', false);
    expect(digit(press({ key: '!', code: 'Digit1', ctrlKey: true, shiftKey: true }))).toBe(true);
  });

  it('never matches when the setting is not an accelerator', () => {
    expect(hotkeyMatcher('whatever', false)(ctrlShiftSpace)).toBe(false);
  });
});

describe('acceleratorFromPress', () => {
  it('writes Ctrl as CommandOrControl off macOS and ⌘ as CommandOrControl on macOS', () => {
    expect(acceleratorFromPress(ctrlShiftSpace, false)).toEqual({
      kind: 'combination',
      accelerator: 'CommandOrControl+Shift+Space',
    });
    expect(acceleratorFromPress(cmdShiftSpace, true)).toEqual({
      kind: 'combination',
      accelerator: 'CommandOrControl+Shift+Space',
    });
    expect(
      acceleratorFromPress(press({ key: 'k', code: 'KeyK', ctrlKey: true, altKey: true }), true),
    ).toEqual({ kind: 'combination', accelerator: 'Control+Alt+K' });
    expect(acceleratorFromPress(press({ key: 'F8', code: 'F8', metaKey: true }), false)).toEqual({
      kind: 'combination',
      accelerator: 'Super+F8',
    });
  });

  it('reports modifiers while only they are held', () => {
    expect(
      acceleratorFromPress(
        press({ key: 'Shift', code: 'ShiftLeft', ctrlKey: true, shiftKey: true }),
        false,
      ),
    ).toEqual({ kind: 'modifiers', accelerator: 'CommandOrControl+Shift' });
  });

  it('round-trips through the matcher', () => {
    for (const isMac of [false, true]) {
      for (const p of [
        ctrlShiftSpace,
        cmdShiftSpace,
        press({ key: 'ArrowUp', code: 'ArrowUp', altKey: true }),
        press({ key: '-', code: 'Minus', ctrlKey: true }),
        press({ key: '7', code: 'Numpad7', ctrlKey: true }),
      ]) {
        const captured = acceleratorFromPress(p, isMac);
        expect(captured.kind).toBe('combination');
        if (captured.kind === 'combination')
          expect(hotkeyMatcher(captured.accelerator, isMac)(p)).toBe(true);
      }
    }
  });

  it('refuses keys without a name', () => {
    expect(
      acceleratorFromPress(press({ key: 'Dead', code: 'IntlBackslash', ctrlKey: true }), false),
    ).toEqual({
      kind: 'unsupported',
    });
  });
});

describe('formatAccelerator', () => {
  it('writes the keys as each platform does', () => {
    expect(formatAccelerator('CommandOrControl+Shift+Space', false)).toBe('Ctrl+Shift+Space');
    expect(formatAccelerator('CommandOrControl+Shift+Space', true)).toBe('⇧⌘Space');
    expect(formatAccelerator('Control+Alt+Up', true)).toBe('⌃⌥↑');
    expect(formatAccelerator('not one', false)).toBe('not one');
  });

  it('knows a Mac by its platform or user agent', () => {
    expect(isMacPlatform({ platform: 'MacIntel' })).toBe(true);
    expect(
      isMacPlatform({ platform: '', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X)' }),
    ).toBe(true);
    expect(isMacPlatform({ platform: 'Win32', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' })).toBe(
      false,
    );
  });
});
