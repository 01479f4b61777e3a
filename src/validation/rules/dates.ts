// Dates travel as ISO calendar dates, 'YYYY-MM-DD' (what <input type="date"> gives), and are
// compared as strings, which orders them correctly for 4-digit years. `today` is injectable so
// tests do not depend on the clock; a Date is read in local time, as the user sees the calendar.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** A real calendar date written as YYYY-MM-DD (no 2023-02-29, no 2024-13-01). */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** A Date as YYYY-MM-DD in local time. */
export function toIsoDate(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0')
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}

function asIsoDate(date: Date | string): string {
  return typeof date === 'string' ? date : toIsoDate(date)
}

/** A valid date that is today or earlier. */
export function isNotInFuture(date: string, today: Date | string = new Date()): boolean {
  return isValidIsoDate(date) && date <= asIsoDate(today)
}

/** The earliest date of birth the panel takes: anything before is a typo (1800 for 1980), not a customer. */
export const EARLIEST_BIRTH_DATE = '1900-01-01'

/** A valid date no earlier than EARLIEST_BIRTH_DATE. */
export function isPlausibleBirthDate(date: string): boolean {
  return isValidIsoDate(date) && date >= EARLIEST_BIRTH_DATE
}

/**
 * Whether someone born on `birthDate` has reached `age` by `today`. The birthday is compared as
 * month-day, so a person born on 29 February comes of age on 1 March in common years — never early.
 */
export function isAdult(birthDate: string, today: Date | string = new Date(), age = 18): boolean {
  if (!isNotInFuture(birthDate, today)) return false
  const year = String(Number(birthDate.slice(0, 4)) + age).padStart(4, '0')
  return `${year}${birthDate.slice(4)}` <= asIsoDate(today)
}
