// The current language's formats (src/i18n/numbers.ts, src/i18n/dates.ts): money from kopecks, whole
// numbers, percentages and dates in Moscow time. Use these, not vue-i18n's n() and d(): they format
// without Intl, so a page that shows money or dates first does not wait for ICU to start, and
// money never goes through a float.
import { useI18n } from 'vue-i18n'
import type { Locale } from '@/api/types'
import { formatDate } from '@/i18n/dates'
import type { DateFormatName } from '@/i18n/formats'
import { formatInteger, formatPercent, formatRubles } from '@/i18n/numbers'

export function useFormats() {
  const { locale } = useI18n()
  const language = () => locale.value as Locale
  return {
    /** "₽1,234.50" / «1 234,50 ₽» from 123450 kopecks. */
    rubles: (kopecks: number) => formatRubles(kopecks, language()),
    /** "₽5,000" / «5 000 ₽» from 500000 kopecks (rounded to the ruble). */
    wholeRubles: (kopecks: number) => formatRubles(kopecks, language(), 0),
    /** "12,345" / «12 345». */
    integer: (value: number) => formatInteger(value, language()),
    /** "2.5%" / «2,5 %» from 2.5 (percent, not a fraction). */
    percent: (percent: number) => formatPercent(percent, language()),
    /** A moment in Moscow time: 'date' "November 28, 2026", 'month', 'short' "11/28/2026", 'dateTime'. */
    dateText: (value: Date | number | string, format: DateFormatName) => formatDate(value, format, language()),
  }
}
