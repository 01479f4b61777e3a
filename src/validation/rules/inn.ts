import { isDigits, digitAt, weightedSum } from './digits'
import type { RuleError } from './types'

// INN check digits as defined by the Federal Tax Service for assigning taxpayer numbers: each check
// digit is a weighted sum of the preceding digits, mod 11, then mod 10 (a remainder of 10 gives 0).
const LEGAL_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8]
const PERSONAL_WEIGHTS_11TH = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
const PERSONAL_WEIGHTS_12TH = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]

function checkDigit(value: string, weights: readonly number[]): number {
  return (weightedSum(value, weights) % 11) % 10
}

/** A legal entity's INN: 10 digits, the last one a check digit. */
export function isValidInnLegal(value: string): boolean {
  return isDigits(value, 10) && checkDigit(value, LEGAL_WEIGHTS) === digitAt(value, 9)
}

/** An individual's or sole trader's INN: 12 digits, the last two check digits. */
export function isValidInnPersonal(value: string): boolean {
  return (
    isDigits(value, 12) &&
    checkDigit(value, PERSONAL_WEIGHTS_11TH) === digitAt(value, 10) &&
    checkDigit(value, PERSONAL_WEIGHTS_12TH) === digitAt(value, 11)
  )
}

/** Why an INN (10 or 12 digits) is invalid, or null when it is valid. */
export function innError(value: string): RuleError | null {
  if (!isDigits(value, 10) && !isDigits(value, 12)) return 'format'
  return isValidInnLegal(value) || isValidInnPersonal(value) ? null : 'checksum'
}

/** Either kind of INN. */
export function isValidInn(value: string): boolean {
  return innError(value) === null
}
