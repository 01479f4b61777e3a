// The panel's three number formats (rubles, whole numbers, percentages) in English and Russian,
// written out instead of asked of Intl.NumberFormat, for two reasons:
// - money is kept in kopecks (integers) and is formatted from them, digit by digit: no division by
//   100 into a float on the way;
// - the first Intl formatter of a page load costs the browser ICU's start-up (50–130 ms at 4x CPU
//   throttling), and the home page and the header show money before anything else formats: the
//   balances would wait for it on every reload.
// The output is exactly Intl's (`style: 'currency', currencyDisplay: 'narrowSymbol'`, `percent` with
// at most one decimal, `maximumFractionDigits: 0`), which tests/unit/numbers.test.ts checks against
// Intl for both languages: "₽1,234.50", "-₽0.01", "5%", "12,345"; «1 234,50 ₽», «2,5 %», «12 345»
// (Russian groups and spaces before the sign are no-break spaces).
import type { Locale } from '@/api/types'

const NBSP = '\u00a0'
const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  ru: { group: NBSP, decimal: ',' },
}

/** The digits of a non-negative integer in groups of three. */
function groupDigits(value: number, locale: Locale): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, SEPARATORS[locale].group)
}

/** An amount of money: kopecks (an integer) as rubles with the ruble sign, with two decimals or
 * (`decimals` 0) rounded to the ruble. */
export function formatRubles(kopecks: number, locale: Locale, decimals: 0 | 2 = 2): string {
  const whole = decimals ? Math.round(kopecks) : Math.round(Math.abs(kopecks) / 100) * 100 * Math.sign(kopecks)
  const absolute = Math.abs(whole)
  const rubles = groupDigits(Math.floor(absolute / 100), locale)
  const number = decimals ? `${rubles}${SEPARATORS[locale].decimal}${String(absolute % 100).padStart(2, '0')}` : rubles
  const sign = kopecks < 0 ? '-' : '' // as Intl: a negative amount keeps its sign when it rounds to 0
  return locale === 'ru' ? `${sign}${number}${NBSP}₽` : `${sign}₽${number}`
}

/** A count or size, rounded to a whole number. */
export function formatInteger(value: number, locale: Locale): string {
  const whole = Math.round(Math.abs(value))
  return `${value < 0 ? '-' : ''}${groupDigits(whole, locale)}`
}

/** A percentage given in percent (5 → "5%"), with at most one decimal. */
export function formatPercent(percent: number, locale: Locale): string {
  const tenths = Math.round(Math.abs(percent) * 10)
  const decimals = tenths % 10 ? `${SEPARATORS[locale].decimal}${tenths % 10}` : ''
  const number = `${percent < 0 ? '-' : ''}${groupDigits(Math.floor(tenths / 10), locale)}${decimals}`
  return locale === 'ru' ? `${number}${NBSP}%` : `${number}%`
}
