import { digitAt } from './digits'

const WEIGHTS = [7, 1, 3]

/**
 * The control key of a 20-digit Russian account (Bank of Russia, "Procedure for calculating the
 * control key in an account number", 8 Sept 1997 No. 515): the 3-digit conditional number of the
 * bank (derived from the BIC) followed by the 20 account digits are multiplied by 7, 1, 3, 7, 1, 3…;
 * the last digits of the products must add up to a multiple of 10. `prefix` and `account` are
 * expected to be 3 and 20 digits.
 */
export function hasValidAccountKey(prefix: string, account: string): boolean {
  const digits = prefix + account
  let sum = 0
  for (let index = 0; index < digits.length; index += 1) {
    sum += (digitAt(digits, index) * (WEIGHTS[index % 3] ?? 0)) % 10
  }
  return sum % 10 === 0
}
