import { isAdult, isNotInFuture, isValidIsoDate } from './dates'

/** The date the current Russian internal passport started to be issued. */
export const PASSPORT_INTRODUCED = '1997-07-01'

/** The age at which a Russian citizen receives the first passport. */
const PASSPORT_AGE = 14

/**
 * Series (4 digits) and number (6 digits) of a Russian passport, normalised to 10 digits:
 * '4509 235857' → normalizeDigits → '4509235857'.
 */
export function isValidPassportNumber(value: string): boolean {
  return /^\d{10}$/.test(value)
}

/**
 * A plausible issue date: a real date, not in the future, not before the passport was introduced
 * and, when a valid birth date is known, not before the 14th birthday. An empty or invalid birth
 * date is the birth-date field's own error, so it does not fail this one too.
 */
export function isValidPassportIssueDate(
  issueDate: string,
  birthDate?: string,
  today: Date | string = new Date(),
): boolean {
  if (!isNotInFuture(issueDate, today) || issueDate < PASSPORT_INTRODUCED) return false
  if (birthDate === undefined || !isValidIsoDate(birthDate)) return true
  return isAdult(birthDate, issueDate, PASSPORT_AGE)
}

/**
 * A foreign (non-Russian) passport number, normalised with normalizeCode: 5–20 Latin letters and
 * digits with at least one digit (Kazakhstan N12345678, Germany C01X00T47). Formats differ by
 * country, so only the shape every country shares is checked.
 */
export function isValidForeignPassportNumber(value: string): boolean {
  return /^(?=.*\d)[A-Z0-9]{5,20}$/.test(value)
}
