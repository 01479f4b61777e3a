// The hand-written date formats (src/i18n/dates.ts) must read exactly as Intl.DateTimeFormat does
// with the panel's options in Moscow time: checked against Intl moment by moment, in both languages.
import { describe, expect, it } from 'vitest'
import type { Locale } from '@/api/types'
import { formatDate } from '@/i18n/dates'
import { DATE_FORMATS, TIME_ZONE, type DateFormatName } from '@/i18n/formats'

const LOCALES: Locale[] = ['en', 'ru']
const FORMATS = Object.keys(DATE_FORMATS) as DateFormatName[]
const intl = (date: Date, format: DateFormatName, locale: Locale) => new Intl.DateTimeFormat(locale, { ...DATE_FORMATS[format], timeZone: TIME_ZONE }).format(date)

// Every month, the hours around Moscow midnight and noon, single- and two-digit days, and a
// pseudo-random spread over the years the panel's data covers.
const MOMENTS = [
  ...Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 1, 20, 59))),
  ...Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2025, month, 28, 21, 0))),
  ...[0, 1, 9, 11, 12, 13, 20, 21, 22, 23].map((hour) => new Date(Date.UTC(2026, 10, 27, hour, 5))),
  ...Array.from({ length: 200 }, (_, i) => new Date(Date.UTC(2014, 9, 26) + ((i * 7_919_993_377) % (13 * 365 * 86_400_000)))),
]
// Before 26 October 2014 Moscow was UTC+4 (and had summer time before 2011): left to Intl.
const BEFORE_FIXED_OFFSET = [new Date('1985-03-02T12:00:00Z'), new Date('2005-04-14T21:30:00Z'), new Date('2012-06-30T20:30:00Z'), new Date('2014-10-25T21:59:00Z')]

describe('date formats without Intl', () => {
  for (const locale of LOCALES) {
    for (const format of FORMATS) {
      it(`writes '${format}' exactly as Intl does (${locale})`, () => {
        for (const moment of [...MOMENTS, ...BEFORE_FIXED_OFFSET]) expect(formatDate(moment, format, locale), moment.toISOString()).toBe(intl(moment, format, locale))
      })
    }
  }

  it('takes a Date, a timestamp or an ISO string, and reads as the panel always showed dates', () => {
    const moment = '2026-11-28T13:05:00Z'
    expect(formatDate(moment, 'dateTime', 'en')).toBe('Nov 28, 2026, 04:05 PM')
    expect(formatDate(new Date(moment), 'dateTime', 'ru')).toBe('28 нояб. 2026 г., 16:05')
    expect(formatDate(Date.parse('2026-11-27T22:30:00Z'), 'short', 'en')).toBe('11/28/2026')
    expect(formatDate(moment, 'month', 'ru')).toBe('ноябрь 2026 г.')
  })

  it('refuses an invalid date as Intl does', () => {
    expect(() => formatDate(new Date('not a date'), 'date', 'en')).toThrow(RangeError)
  })
})
