// CSV as RFC 4180 writes it and spreadsheet programs read it: fields with a comma, a quote or a
// line break are quoted (quotes doubled), records end with CRLF, and the text starts with the
// UTF-8 byte order mark, without which Excel reads Cyrillic as mojibake. Pure and tiny: import it
// anywhere; the file itself is made by `downloadCsv` (./download.ts).
export const CSV_BOM = '\uFEFF'
export const CSV_MIME = 'text/csv;charset=utf-8'

export type CsvValue = string | number | null

/** One field: quoted only when it must be. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The whole file's text: the BOM, then one CRLF-terminated record per row. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or CR first, e.g. a
 * service someone named `=HYPERLINK(…)`) gets a leading apostrophe, so it stays text (OWASP's
 * advice on CSV injection). For text columns only: a negative amount is a number, not a formula.
 */
export function csvText(value: string | null): string {
  if (value === null) return ''
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** Kopecks as plain decimal rubles, the way a spreadsheet reads a number: -1500.5 ₽ → "-1500.50". */
export function csvRubles(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : ''
  const abs = Math.abs(kopecks)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
