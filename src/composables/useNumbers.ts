// The current language's number formats (src/i18n/numbers.ts): money from kopecks, whole numbers
// and percentages. Use these, not vue-i18n's n(): they format without Intl, so a page that shows
// money first does not wait for ICU to start, and money never goes through a float.
import { useI18n } from 'vue-i18n'
import type { Locale } from '@/api/types'
import { formatInteger, formatPercent, formatRubles } from '@/i18n/numbers'

export function useNumbers() {
  const { locale } = useI18n()
  return {
    /** "₽1,234.50" / «1 234,50 ₽» from 123450 kopecks. */
    rubles: (kopecks: number) => formatRubles(kopecks, locale.value as Locale),
    /** "₽5,000" / «5 000 ₽» from 500000 kopecks (rounded to the ruble). */
    wholeRubles: (kopecks: number) => formatRubles(kopecks, locale.value as Locale, 0),
    /** "12,345" / «12 345». */
    integer: (value: number) => formatInteger(value, locale.value as Locale),
    /** "2.5%" / «2,5 %» from 2.5 (percent, not a fraction). */
    percent: (percent: number) => formatPercent(percent, locale.value as Locale),
  }
}
