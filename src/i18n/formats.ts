// The panel's date formats, the same in both languages, as Intl.DateTimeFormat options. Dates are
// shown in Moscow time, the provider's billing zone. They are written out by src/i18n/dates.ts and
// numbers by src/i18n/numbers.ts, both without Intl (`useFormats()`).

export const TIME_ZONE = 'Europe/Moscow'

export const DATE_FORMATS = {
  date: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  short: { year: 'numeric', month: '2-digit', day: '2-digit' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export type DateFormatName = keyof typeof DATE_FORMATS

/** A formatted value that starts a cell or a line starts with a capital: Russian months are
 * written in lower case ("ноябрь 2026 г."), which reads as a typo at the start of a cell. */
export function capitalizeFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)
}
