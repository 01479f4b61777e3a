// The panel's four date formats (formats.ts: date, month, short, dateTime) in Moscow time, written
// out instead of asked of Intl.DateTimeFormat: the first Intl formatter of a page costs ICU's
// start-up (about 70 ms at 4x CPU throttling), which a page of dates (Tickets, Transactions) would
// otherwise pay before its list shows. The output is exactly Intl's, which
// tests/unit/dates.test.ts checks against Intl for both languages and every format.
//
// Moscow has kept UTC+3 all year since 26 October 2014. A moment before that (a birth date, an old
// passport) is formatted by Intl, which knows the older offsets and summer time.
import type { Locale } from '@/api/types'
import { DATE_FORMATS, TIME_ZONE, type DateFormatName } from './formats'

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000
/** 2014-10-26 02:00 in Moscow (UTC+4 until then), when the clocks went back to UTC+3 for good. */
const FIXED_OFFSET_SINCE = Date.UTC(2014, 9, 25, 22)

const MONTHS = {
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  ru: {
    // "28 ноября" (a day of the month), "ноябрь 2026 г." (the month itself), "28 нояб."
    ofDay: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    alone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    short: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  },
} as const

const twoDigits = (value: number) => String(value).padStart(2, '0')

const intlFormatters = new Map<string, Intl.DateTimeFormat>()
function withIntl(date: Date, format: DateFormatName, locale: Locale): string {
  const key = `${locale}:${format}`
  let formatter = intlFormatters.get(key)
  if (!formatter) intlFormatters.set(key, (formatter = new Intl.DateTimeFormat(locale, { ...DATE_FORMATS[format], timeZone: TIME_ZONE })))
  return formatter.format(date)
}

/** `date` in Moscow time in one of the panel's formats: "November 28, 2026", «28 нояб. 2026 г., 16:05». */
export function formatDate(date: Date | number | string, format: DateFormatName, locale: Locale): string {
  const time = date instanceof Date ? date.getTime() : typeof date === 'number' ? date : new Date(date).getTime()
  // Invalid dates and the years before the fixed offset: Intl (which throws on an invalid date, as before).
  if (!(time >= FIXED_OFFSET_SINCE) || time >= Date.UTC(10000, 0, 1)) return withIntl(new Date(time), format, locale)
  const moscow = new Date(time + MOSCOW_OFFSET_MS)
  const year = moscow.getUTCFullYear()
  const month = moscow.getUTCMonth()
  const day = moscow.getUTCDate()
  const hours = moscow.getUTCHours()
  const minutes = twoDigits(moscow.getUTCMinutes())
  if (locale === 'ru') {
    switch (format) {
      case 'date':
        return `${day} ${MONTHS.ru.ofDay[month]} ${year} г.`
      case 'month':
        return `${MONTHS.ru.alone[month]} ${year} г.`
      case 'short':
        return `${twoDigits(day)}.${twoDigits(month + 1)}.${year}`
      case 'dateTime':
        return `${day} ${MONTHS.ru.short[month]} ${year} г., ${twoDigits(hours)}:${minutes}`
    }
  }
  switch (format) {
    case 'date':
      return `${MONTHS.en.long[month]} ${day}, ${year}`
    case 'month':
      return `${MONTHS.en.long[month]} ${year}`
    case 'short':
      return `${twoDigits(month + 1)}/${twoDigits(day)}/${year}`
    case 'dateTime':
      return `${MONTHS.en.short[month]} ${day}, ${year}, ${twoDigits(hours % 12 || 12)}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
  }
}
