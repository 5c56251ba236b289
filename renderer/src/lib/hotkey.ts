/*
 * Hotkeys in Electron's accelerator syntax ("CommandOrControl+Shift+Space"), as settings.hotkey
 * stores them: parsed into a keydown matcher for web mode's in-page shortcut, built from a
 * pressed combination in Settings, and written for people ("Ctrl+Shift+Space", "⇧⌘Space").
 */

export interface Accelerator {
  /** CommandOrControl: ⌘ on macOS, Ctrl elsewhere. */
  commandOrControl: boolean;
  control: boolean;
  /** Command / Super / Meta: ⌘ on macOS, the Windows or Super key elsewhere. */
  meta: boolean;
  alt: boolean;
  shift: boolean;
  /** The one non-modifier key, canonical: "Space", "K", "7", "F5", "Up", "num1", "-" … */
  key: string;
}

/** The part of a KeyboardEvent the matcher reads (a plain object in tests). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export type AcceleratorProblem = 'invalid' | 'needs-modifier';

export const DEFAULT_HOTKEY = 'CommandOrControl+Shift+Space';

const MODIFIERS: Record<string, keyof Omit<Accelerator, 'key'>> = {
  commandorcontrol: 'commandOrControl',
  cmdorctrl: 'commandOrControl',
  control: 'control',
  ctrl: 'control',
  command: 'meta',
  cmd: 'meta',
  super: 'meta',
  meta: 'meta',
  alt: 'alt',
  option: 'alt',
  altgr: 'alt',
  shift: 'shift',
};

/** Named keys: canonical name → the KeyboardEvent.key and .code values that mean it. */
const NAMED_KEYS: Record<string, { keys: string[]; codes: string[] }> = {
  Space: { keys: [' '], codes: ['Space'] },
  Tab: { keys: ['Tab'], codes: ['Tab'] },
  Backspace: { keys: ['Backspace'], codes: ['Backspace'] },
  Delete: { keys: ['Delete'], codes: ['Delete'] },
  Insert: { keys: ['Insert'], codes: ['Insert'] },
  Enter: { keys: ['Enter'], codes: ['Enter', 'NumpadEnter'] },
  Up: { keys: ['ArrowUp'], codes: ['ArrowUp'] },
  Down: { keys: ['ArrowDown'], codes: ['ArrowDown'] },
  Left: { keys: ['ArrowLeft'], codes: ['ArrowLeft'] },
  Right: { keys: ['ArrowRight'], codes: ['ArrowRight'] },
  Home: { keys: ['Home'], codes: ['Home'] },
  End: { keys: ['End'], codes: ['End'] },
  PageUp: { keys: ['PageUp'], codes: ['PageUp'] },
  PageDown: { keys: ['PageDown'], codes: ['PageDown'] },
  Escape: { keys: ['Escape'], codes: ['Escape'] },
  PrintScreen: { keys: ['PrintScreen'], codes: ['PrintScreen'] },
  Plus: { keys: ['+'], codes: ['NumpadAdd'] },
  numadd: { keys: [], codes: ['NumpadAdd'] },
  numsub: { keys: [], codes: ['NumpadSubtract'] },
  nummult: { keys: [], codes: ['NumpadMultiply'] },
  numdiv: { keys: [], codes: ['NumpadDivide'] },
  numdec: { keys: [], codes: ['NumpadDecimal'] },
  VolumeUp: { keys: ['AudioVolumeUp'], codes: ['AudioVolumeUp'] },
  VolumeDown: { keys: ['AudioVolumeDown'], codes: ['AudioVolumeDown'] },
  VolumeMute: { keys: ['AudioVolumeMute'], codes: ['AudioVolumeMute'] },
  MediaNextTrack: { keys: ['MediaTrackNext'], codes: ['MediaTrackNext'] },
  MediaPreviousTrack: { keys: ['MediaTrackPrevious'], codes: ['MediaTrackPrevious'] },
  MediaStop: { keys: ['MediaStop'], codes: ['MediaStop'] },
  MediaPlayPause: { keys: ['MediaPlayPause'], codes: ['MediaPlayPause'] },
};

/** Electron's other spellings of the same keys. */
const ALIASES: Record<string, string> = {
  return: 'Enter',
  esc: 'Escape',
  arrowup: 'Up',
  arrowdown: 'Down',
  arrowleft: 'Left',
  arrowright: 'Right',
  del: 'Delete',
};

/** Punctuation by the physical key it sits on in the US layout (KeyboardEvent.code). */
const PUNCTUATION_CODES: Record<string, string> = {
  '-': 'Minus',
  '=': 'Equal',
  '[': 'BracketLeft',
  ']': 'BracketRight',
  '\\': 'Backslash',
  ';': 'Semicolon',
  "'": 'Quote',
  ',': 'Comma',
  '.': 'Period',
  '/': 'Slash',
  '`': 'Backquote',
};
const CODE_PUNCTUATION = Object.fromEntries(
  Object.entries(PUNCTUATION_CODES).map(([char, code]) => [code, char]),
);

function canonicalKey(token: string): string | null {
  if (token.length === 1) {
    if (/[a-z]/i.test(token)) return token.toUpperCase();
    if (/[0-9]/.test(token)) return token;
    if (/[!-/:-@[-`{-~]/.test(token)) return token;
    return null;
  }
  const lower = token.toLowerCase();
  const fKey = /^f([1-9]|1[0-9]|2[0-4])$/.exec(lower);
  if (fKey) return `F${fKey[1]}`;
  if (/^num[0-9]$/.test(lower)) return lower;
  const alias = ALIASES[lower];
  if (alias) return alias;
  return Object.keys(NAMED_KEYS).find((k) => k.toLowerCase() === lower) ?? null;
}

/** Parses an accelerator; null when it is not one Electron would accept. */
export function parseAccelerator(text: string): Accelerator | null {
  const tokens = text.trim().split('+');
  if (tokens.length === 0 || tokens.some((t) => t.trim() === '')) return null;
  const acc: Accelerator = {
    commandOrControl: false,
    control: false,
    meta: false,
    alt: false,
    shift: false,
    key: '',
  };
  for (const [i, raw] of tokens.entries()) {
    const token = raw.trim();
    const modifier = MODIFIERS[token.toLowerCase()];
    if (i < tokens.length - 1) {
      if (!modifier || acc[modifier]) return null;
      acc[modifier] = true;
      continue;
    }
    const key = canonicalKey(token);
    if (!key) return null;
    acc.key = key;
  }
  return acc;
}

function isFunctionKey(key: string): boolean {
  return /^F[0-9]+$/.test(key);
}

/**
 * Why a combination cannot be the hotkey, or null when it can. A global hotkey needs Ctrl, ⌘,
 * Alt or Super (Shift alone would fire while typing), except the function keys.
 */
export function acceleratorProblem(text: string): AcceleratorProblem | null {
  const acc = parseAccelerator(text);
  if (!acc) return 'invalid';
  const modified = acc.commandOrControl || acc.control || acc.meta || acc.alt;
  if (!modified && !isFunctionKey(acc.key)) return 'needs-modifier';
  return null;
}

function keyMatches(key: string, press: KeyPress): boolean {
  const named = NAMED_KEYS[key];
  if (named) return named.codes.includes(press.code) || named.keys.includes(press.key);
  if (/^[A-Z]$/.test(key)) return press.code === `Key${key}` || press.key.toUpperCase() === key;
  if (/^[0-9]$/.test(key)) return press.code === `Digit${key}` || press.key === key;
  if (/^num[0-9]$/.test(key)) return press.code === `Numpad${key.slice(3)}`;
  if (isFunctionKey(key)) return press.key === key || press.code === key;
  const code = PUNCTUATION_CODES[key];
  return press.key === key || (code !== undefined && press.code === code);
}

/** Whether a keydown is this accelerator, with exactly its modifiers. */
export function matchesAccelerator(acc: Accelerator, press: KeyPress, isMac: boolean): boolean {
  const wantCtrl = acc.control || (acc.commandOrControl && !isMac);
  const wantMeta = acc.meta || (acc.commandOrControl && isMac);
  return (
    press.ctrlKey === wantCtrl &&
    press.metaKey === wantMeta &&
    press.altKey === acc.alt &&
    press.shiftKey === acc.shift &&
    keyMatches(acc.key, press)
  );
}

/** A keydown matcher for settings.hotkey; one that never matches when the text is not an accelerator. */
export function hotkeyMatcher(text: string, isMac: boolean): (press: KeyPress) => boolean {
  const acc = parseAccelerator(text);
  if (!acc) return () => false;
  return (press) => matchesAccelerator(acc, press, isMac);
}

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'OS', 'Super']);

function keyFromPress(press: KeyPress): string | null {
  const { code, key } = press;
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (/^Numpad[0-9]$/.test(code)) return `num${code.slice(6)}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  for (const [name, spec] of Object.entries(NAMED_KEYS)) {
    if (spec.codes.includes(code)) return name;
  }
  const punctuation = CODE_PUNCTUATION[code];
  if (punctuation) return punctuation;
  return key.length === 1 && key !== ' ' ? canonicalKey(key) : null;
}

export type CapturedPress =
  /** Only modifiers so far: what is held, for the field to show. */
  | { kind: 'modifiers'; accelerator: string }
  | { kind: 'combination'; accelerator: string }
  /** A key with no accelerator name (a dead key, an IME key). */
  | { kind: 'unsupported' };

/**
 * Turns a keydown into the accelerator Settings stores. On macOS ⌘ is written CommandOrControl
 * (and Ctrl as Control); elsewhere Ctrl is CommandOrControl (and the Windows key Super), so the
 * default "CommandOrControl+Shift+Space" means the same key on every workstation.
 */
export function acceleratorFromPress(press: KeyPress, isMac: boolean): CapturedPress {
  const parts: string[] = [];
  if (isMac ? press.metaKey : press.ctrlKey) parts.push('CommandOrControl');
  if (isMac && press.ctrlKey) parts.push('Control');
  if (press.altKey) parts.push('Alt');
  if (press.shiftKey) parts.push('Shift');
  if (!isMac && press.metaKey) parts.push('Super');
  if (MODIFIER_KEYS.has(press.key)) return { kind: 'modifiers', accelerator: parts.join('+') };
  const key = keyFromPress(press);
  if (!key) return { kind: 'unsupported' };
  return { kind: 'combination', accelerator: [...parts, key].join('+') };
}

const KEY_LABELS: Record<string, string> = {
  Up: '↑',
  Down: '↓',
  Left: '←',
  Right: '→',
  Enter: 'Enter',
  Escape: 'Esc',
  Plus: '+',
};

function keyLabel(key: string): string {
  if (/^num[0-9]$/.test(key)) return `Num ${key.slice(3)}`;
  return KEY_LABELS[key] ?? key;
}

/**
 * The accelerator as people read it: "Ctrl+Shift+Space" on Windows and Linux, "⇧⌘Space" on macOS
 * (Apple's order ⌃⌥⇧⌘). Text that is not an accelerator is returned as it is.
 */
export function formatAccelerator(text: string, isMac: boolean): string {
  const acc = parseAccelerator(text);
  if (!acc) return text;
  if (isMac) {
    const symbols =
      (acc.control ? '⌃' : '') +
      (acc.alt ? '⌥' : '') +
      (acc.shift ? '⇧' : '') +
      (acc.commandOrControl || acc.meta ? '⌘' : '');
    return symbols + keyLabel(acc.key);
  }
  const parts: string[] = [];
  if (acc.commandOrControl || acc.control) parts.push('Ctrl');
  if (acc.alt) parts.push('Alt');
  if (acc.shift) parts.push('Shift');
  if (acc.meta) parts.push('Super');
  parts.push(keyLabel(acc.key));
  return parts.join('+');
}

/** Whether the agent's own machine is a Mac (in web mode the host may be another computer). */
export function isMacPlatform(nav: { platform?: string; userAgent?: string }): boolean {
  return /mac|iphone|ipad/i.test(nav.platform ?? '') || /Macintosh/.test(nav.userAgent ?? '');
}

/** The accelerator in aria-keyshortcuts syntax ("Control+Shift+Space"), or undefined. */
export function ariaShortcut(text: string, isMac = false): string | undefined {
  const acc = parseAccelerator(text);
  if (!acc) return undefined;
  const parts: string[] = [];
  if (acc.control || (acc.commandOrControl && !isMac)) parts.push('Control');
  if (acc.meta || (acc.commandOrControl && isMac)) parts.push('Meta');
  if (acc.alt) parts.push('Alt');
  if (acc.shift) parts.push('Shift');
  const named: Record<string, string> = {
    Up: 'ArrowUp',
    Down: 'ArrowDown',
    Left: 'ArrowLeft',
    Right: 'ArrowRight',
    Plus: 'Plus',
  };
  parts.push(named[acc.key] ?? acc.key);
  return parts.join('+');
}

/** isMacPlatform for this page; false where there is no navigator (server rendering in tests). */
export function clientIsMac(): boolean {
  return typeof navigator !== 'undefined' && isMacPlatform(navigator);
}
