// The provider bills in Moscow time (UTC+3 all year since 2014): a billing day and a billing month
// start at 00:00 there. Charges are grouped by these days, Transactions filters by them and a
// service's "cost this month" counts from the month's start.
export const MOSCOW_OFFSET_MS = 3 * 3_600_000

/** The date in Moscow of a moment, YYYY-MM-DD. */
export function moscowDay(at: number): string {
  return new Date(at + MOSCOW_OFFSET_MS).toISOString().slice(0, 10)
}

/** When the Moscow day `date` (YYYY-MM-DD) starts, as a timestamp. */
export function moscowDayStart(date: string): number {
  return Date.parse(`${date}T00:00:00+03:00`)
}

/** When the month of `at` starts in Moscow (`monthsLater` moves it), as a timestamp. */
export function moscowMonthStart(at: number, monthsLater = 0): number {
  const moscow = new Date(at + MOSCOW_OFFSET_MS)
  return Date.UTC(moscow.getUTCFullYear(), moscow.getUTCMonth() + monthsLater, 1) - MOSCOW_OFFSET_MS
}

/**
 * `months` calendar months after `at` in Moscow, on the same day and time there, or the last day of
 * a shorter month: a period paid from 31 January runs to 28 (29) February.
 */
export function addMoscowMonths(at: number, months: number): number {
  const moscow = new Date(at + MOSCOW_OFFSET_MS)
  const day = moscow.getUTCDate()
  const target = new Date(moscow)
  target.setUTCDate(1)
  target.setUTCMonth(target.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.getTime() - MOSCOW_OFFSET_MS
}
