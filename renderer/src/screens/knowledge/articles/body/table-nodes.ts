import { Extension, Node, type CommandProps } from '@tiptap/core';
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  tableEditing,
  toggleHeaderRow,
} from '@tiptap/pm/tables';
import type { Command as PmCommand } from '@tiptap/pm/state';

/*
 * Tables for article bodies (R9) on prosemirror-tables, which TipTap ships in @tiptap/pm. The
 * @tiptap/extension-table package is not published for the TipTap release this app pins, so the
 * four nodes are declared here: plain cells (colspan/rowspan), a header row, no column widths
 * (the server's sanitiser drops style, so widths would not survive a save anyway).
 */

const ROLES: Record<string, string> = {
  table: 'table',
  tableRow: 'row',
  tableCell: 'cell',
  tableHeader: 'header_cell',
};

/** prosemirror-tables finds the nodes by their `tableRole`. */
const TableRoles = Extension.create({
  name: 'tableRoles',
  extendNodeSchema(extension) {
    const role = ROLES[extension.name];
    return role ? { tableRole: role } : {};
  },
});

const span = {
  colspan: {
    default: 1,
    parseHTML: (el: HTMLElement) => Number(el.getAttribute('colspan') ?? 1) || 1,
    renderHTML: (a: Record<string, unknown>) => (a.colspan === 1 ? {} : { colspan: a.colspan }),
  },
  rowspan: {
    default: 1,
    parseHTML: (el: HTMLElement) => Number(el.getAttribute('rowspan') ?? 1) || 1,
    renderHTML: (a: Record<string, unknown>) => (a.rowspan === 1 ? {} : { rowspan: a.rowspan }),
  },
  // prosemirror-tables expects it; never written to the HTML.
  colwidth: { default: null, rendered: false },
};

const TableCell = Node.create({
  name: 'tableCell',
  content: 'block+',
  isolating: true,
  addAttributes: () => span,
  parseHTML: () => [{ tag: 'td' }],
  renderHTML: ({ HTMLAttributes }) => ['td', HTMLAttributes, 0],
});

const TableHeader = Node.create({
  name: 'tableHeader',
  content: 'block+',
  isolating: true,
  addAttributes: () => span,
  parseHTML: () => [{ tag: 'th' }],
  renderHTML: ({ HTMLAttributes }) => ['th', HTMLAttributes, 0],
});

const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)*',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: () => ['tr', 0],
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    articleTable: {
      insertTable: (rows: number, cols: number) => ReturnType;
      addRowAfter: () => ReturnType;
      deleteRow: () => ReturnType;
      addColumnAfter: () => ReturnType;
      deleteColumn: () => ReturnType;
      toggleHeaderRow: () => ReturnType;
      deleteTable: () => ReturnType;
    };
  }
}

const pm =
  (command: PmCommand) =>
  () =>
  ({ state, dispatch }: CommandProps) =>
    command(state, dispatch);

const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  parseHTML: () => [{ tag: 'table' }],
  renderHTML: () => ['table', ['tbody', 0]],
  addCommands() {
    return {
      insertTable:
        (rows: number, cols: number) =>
        ({ commands }) => {
          const cell = (type: 'tableHeader' | 'tableCell') => ({
            type,
            content: [{ type: 'paragraph' }],
          });
          const row = (type: 'tableHeader' | 'tableCell') => ({
            type: 'tableRow',
            content: Array.from({ length: cols }, () => cell(type)),
          });
          return commands.insertContent({
            type: 'table',
            content: [
              row('tableHeader'),
              ...Array.from({ length: rows - 1 }, () => row('tableCell')),
            ],
          });
        },
      addRowAfter: pm(addRowAfter),
      deleteRow: pm(deleteRow),
      addColumnAfter: pm(addColumnAfter),
      deleteColumn: pm(deleteColumn),
      toggleHeaderRow: pm(toggleHeaderRow),
      deleteTable: pm(deleteTable),
    };
  },
  addKeyboardShortcuts() {
    return {
      Tab: ({ editor }) =>
        isInTable(editor.state) && goToNextCell(1)(editor.state, editor.view.dispatch),
      'Shift-Tab': ({ editor }) =>
        isInTable(editor.state) && goToNextCell(-1)(editor.state, editor.view.dispatch),
    };
  },
  addProseMirrorPlugins: () => [tableEditing()],
});

export const TableExtensions = [TableRoles, Table, TableRow, TableHeader, TableCell];
