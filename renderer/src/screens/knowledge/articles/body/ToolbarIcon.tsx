/*
 * Toolbar pictures drawn as SVG: the symbol fonts of agents' Windows and Linux desks differ, and
 * a missing glyph shows as an empty box. Decorative: every button carries its name in aria-label.
 */
const PATHS = {
  image: 'M2 3h12v10H2zM4 11l3-4 2 2.5 1.5-1.5L13 11z M10.5 6.5a1 1 0 1 0 0-.01',
  table: 'M2 3h12v10H2zM2 6.5h12M2 10h12M6 3v10M10 3v10',
  addRow: 'M2 2h12v6H2zM2 5h12M6 2v6M10 2v6M8 10v5M5.5 12.5h5',
  deleteRow: 'M2 2h12v6H2zM2 5h12M6 2v6M10 2v6M5.5 12.5h5',
  addColumn: 'M2 2h6v12H2zM5 2v12M2 6h6M2 10h6M10 8h5M12.5 5.5v5',
  deleteColumn: 'M2 2h6v12H2zM5 2v12M2 6h6M2 10h6M10 8h5',
  headerRow: 'M2 3h12v10H2zM2 6.5h12M6 6.5V13M10 6.5V13',
  deleteTable: 'M2 3h12v10H2zM5 5.5l6 5M11 5.5l-6 5',
  link: 'M7 9.5l2.5-2.5M6 7.5L4.5 9a2 2 0 0 0 2.8 2.8L8.8 10.3M10 8.5l1.5-1.5a2 2 0 0 0-2.8-2.8L7.2 5.7',
} as const;
export type IconName = keyof typeof PATHS;

export function ToolbarIcon({ name }: { name: IconName }) {
  return (
    <svg
      className="toolbar-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {name === 'headerRow' && <rect x="2" y="3" width="12" height="3.5" fill="currentColor" />}
    </svg>
  );
}
