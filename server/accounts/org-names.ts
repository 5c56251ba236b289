import type { LocalizedText } from '../../shared/sync/records';

/** A business line's or position's names, with the administrators' one name as the fallback. */
export function orgNames(row: { name: string; names: unknown }): LocalizedText {
  const names =
    row.names && typeof row.names === 'object' && !Array.isArray(row.names)
      ? (row.names as LocalizedText)
      : {};
  return { ...names, en: names.en ?? row.name };
}
