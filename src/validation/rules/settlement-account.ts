import { hasValidAccountKey } from './account-key'
import { isBankBic, isTreasuryBic } from './bic'
import { isDigits } from './digits'
import { isValidTreasuryAccount } from './treasury-account'
import type { RuleError } from './types'

/**
 * Why a settlement account is invalid for `bic`, or null when it is valid.
 *
 * At a bank (BIC 04…) the account is keyed with BIC digits 7–9. At a treasury office (BIC 00…/01…)
 * a State institution's "settlement account" is its treasury account (03…), which has no key.
 */
export function settlementAccountError(account: string, bic: string): RuleError | null {
  if (!isDigits(account, 20)) return 'format'
  if (isTreasuryBic(bic)) return isValidTreasuryAccount(account) ? null : 'format'
  if (!isBankBic(bic)) return 'bic'
  return hasValidAccountKey(bic.slice(6, 9), account) ? null : 'checksum'
}

export function isValidSettlementAccount(account: string, bic: string): boolean {
  return settlementAccountError(account, bic) === null
}
