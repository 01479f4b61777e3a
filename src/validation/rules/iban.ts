import { IBAN_LENGTHS } from './iban-lengths'
import type { RuleError } from './types'

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]+$/

/**
 * ISO 7064 MOD 97-10 as ISO 13616 applies it: move the first four characters to the end, turn
 * letters into numbers (A = 10 … Z = 35) and take the remainder by 97 digit by digit, since the
 * number has up to 70 digits.
 */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let rest = 0
  for (const char of rearranged) {
    const digits = String(parseInt(char, 36))
    for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97
  }
  return rest
}

/** Why an IBAN (normalised: no spaces, upper case) is invalid, or null when it is valid. */
export function ibanError(value: string): RuleError | null {
  if (!IBAN_SHAPE.test(value)) return 'format'
  const length = IBAN_LENGTHS[value.slice(0, 2)]
  if (length === undefined) return 'country'
  if (value.length !== length) return 'format'
  return mod97(value) === 1 ? null : 'checksum'
}

export function isValidIban(value: string): boolean {
  return ibanError(value) === null
}
