/** Cell formatting shared by the delimited export formats (GDELT, ICEWS, TSV, CSV). */

export type CellValue = string | number | null | undefined;

/** Line breaks and tabs, including the Unicode ones some readers split lines on. */
const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** A value as text: null and undefined are empty, numbers as JavaScript writes them, NaN and Infinity empty. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value;
}

/** A cell of a tab-separated row: `cellText`, with each tab or line break replaced by a space. */
export function tabCell(value: CellValue): string {
  return cellText(value).replace(BREAKS, ' ');
}

/** A tab-separated row. */
export function tabRow(values: readonly CellValue[]): string {
  return values.map(tabCell).join('\t');
}

/** A Goldstein value as GDELT and ICEWS write it, with at least one decimal: "1.0", "-10.0", "2.8". */
export function goldsteinText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}
