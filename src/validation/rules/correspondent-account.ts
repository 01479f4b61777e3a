import { hasValidAccountKey } from './account-key'
import { isBankBic, isTreasuryBic } from './bic'
import { isDigits } from './digits'
import type { RuleError } from './types'

/**
 * Why a correspondent account is invalid for `bic`, or null when it is valid.
 *
 * A bank's correspondent account at the Bank of Russia starts 301…; a treasury office's single
 * treasury account (единый казначейский счёт) starts 40102… and takes its place in payment details.
 * Both are keyed with "0" + BIC digits 5–6 (the number of the Bank of Russia subdivision).
 */
export function correspondentAccountError(account: string, bic: string): RuleError | null {
  if (!isDigits(account, 20)) return 'format'
  if (isBankBic(bic)) {
    if (!account.startsWith('301')) return 'format'
  } else if (isTreasuryBic(bic)) {
    if (!account.startsWith('40102')) return 'format'
  } else {
    return 'bic'
  }
  return hasValidAccountKey(`0${bic.slice(4, 6)}`, account) ? null : 'checksum'
}

export function isValidCorrespondentAccount(account: string, bic: string): boolean {
  return correspondentAccountError(account, bic) === null
}
