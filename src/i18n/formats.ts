// Date formats per locale. Dates are shown in Moscow time, the provider's billing zone. Numbers
// (money, counts, percentages) are formatted by src/i18n/numbers.ts, without Intl.

export const TIME_ZONE = 'Europe/Moscow'

const dates = {
  date: { year: 'numeric', month: 'long', day: 'numeric', timeZone: TIME_ZONE },
  month: { year: 'numeric', month: 'long', timeZone: TIME_ZONE },
  short: { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE },
} as const

export const datetimeFormats = { en: dates, ru: dates }

/** A formatted value that starts a cell or a line starts with a capital: Russian months are
 * written in lower case ("ноябрь 2026 г."), which reads as a typo at the start of a cell. */
export function capitalizeFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)
}
