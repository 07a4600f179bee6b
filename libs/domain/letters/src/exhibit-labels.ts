/** Exhibit labels in order: A … Z, then AA, AB … (spreadsheet style). */
export function exhibitLabel(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError('exhibit index must be >= 0');
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
