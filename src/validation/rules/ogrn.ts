import { isDigits, digitAt, remainder } from './digits'
import type { RuleError } from './types'

// The last digit of a state registration number is the remainder of the number formed by the
// other digits divided by 11 (OGRN, Rules for keeping the Unified State Register of Legal
// Entities, Government Decree No. 438 of 2002) or by 13 (OGRNIP, register of sole traders,
// Decree No. 630 of 2003), taken mod 10 when it has two digits.
function registrationNumberError(value: string, length: number, divisor: number): RuleError | null {
  if (!isDigits(value, length)) return 'format'
  const body = value.slice(0, length - 1)
  return remainder(body, divisor) % 10 === digitAt(value, length - 1) ? null : 'checksum'
}

/** Why an OGRN (PSRN, 13 digits) is invalid, or null when it is valid. */
export function ogrnError(value: string): RuleError | null {
  return registrationNumberError(value, 13, 11)
}

/** Why an OGRNIP (a sole trader's PSRN, 15 digits) is invalid, or null when it is valid. */
export function ogrnipError(value: string): RuleError | null {
  return registrationNumberError(value, 15, 13)
}

export function isValidOgrn(value: string): boolean {
  return ogrnError(value) === null
}

export function isValidOgrnip(value: string): boolean {
  return ogrnipError(value) === null
}
