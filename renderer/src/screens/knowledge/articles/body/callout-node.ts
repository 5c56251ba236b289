import { Node } from '@tiptap/core';

export const CALLOUT_TONES = ['info', 'warning'] as const;
export type CalloutTone = (typeof CALLOUT_TONES)[number];

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    callout: {
      /** Wraps the selected blocks in a callout, or changes its tone, or unwraps it when it has that tone. */
      toggleCallout: (tone: CalloutTone) => ReturnType;
    };
  }
}

/**
 * A highlighted box in an article ("Important: …"): `<div class="callout callout-info">` or
 * `callout-warning`, the markup agents' article view styles (R9).
 */
export const Callout = Node.create({
  name: 'callout',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes() {
    return {
      tone: {
        default: 'info' as CalloutTone,
        parseHTML: (el: HTMLElement) =>
          el.classList.contains('callout-warning') ? 'warning' : 'info',
        renderHTML: (attrs: Record<string, unknown>) => ({
          class: `callout callout-${attrs.tone === 'warning' ? 'warning' : 'info'}`,
        }),
      },
    };
  },
  parseHTML: () => [{ tag: 'div.callout' }],
  renderHTML: ({ HTMLAttributes }) => ['div', HTMLAttributes, 0],
  addCommands() {
    return {
      toggleCallout:
        (tone) =>
        ({ editor, commands }) => {
          if (editor.isActive('callout', { tone })) return commands.lift('callout');
          if (editor.isActive('callout')) return commands.updateAttributes('callout', { tone });
          return commands.wrapIn('callout', { tone });
        },
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-Alt-i': () => this.editor.commands.toggleCallout('info') };
  },
});
