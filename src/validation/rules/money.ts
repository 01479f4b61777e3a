/**
 * Money as people type it and as the API keeps it. Forms take rubles as text ("1 500,50",
 * "1500.50", "1500"); the API takes integer kopecks. Parsing refuses more than two decimals
 * instead of rounding, so what a customer typed is exactly what is paid.
 */

/** Top-up limits (kopecks): at least 100 ₽, at most 1 000 000 ₽ per payment. */
export const TOP_UP_MIN_KOPECKS = 100_00
export const TOP_UP_MAX_KOPECKS = 1_000_000_00

/** Why an amount cannot be used: not a number, more than two decimals, zero or negative. */
export type MoneyError = 'format' | 'decimals' | 'notPositive'

export function rublesError(text: string): MoneyError | null {
  const value = normalizeRubles(text)
  if (!/^-?\d+(\.\d+)?$/.test(value)) return 'format'
  if (/\.\d{3,}$/.test(value)) return 'decimals'
  return parseRublesToKopecks(text)! > 0 ? null : 'notPositive'
}

/** Kopecks of a typed amount, or null when it is not a number with at most two decimals. */
export function parseRublesToKopecks(text: string): number | null {
  const value = normalizeRubles(text)
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value)
  if (!match) return null
  const [, sign, whole = '0', fraction = ''] = match
  const kopecks = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(kopecks)) return null
  return sign ? -kopecks : kopecks
}

/** Spaces (also the narrow no-break ones a formatted number has) go; a comma is the decimal point. */
function normalizeRubles(text: string): string {
  return text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace(/₽$/, '')
}

/** Kopecks as the plain text a form field holds ("1500.5" → "1500.50", whole rubles without decimals). */
export function kopecksToRublesText(kopecks: number): string {
  return kopecks % 100 === 0 ? String(kopecks / 100) : (kopecks / 100).toFixed(2)
}
