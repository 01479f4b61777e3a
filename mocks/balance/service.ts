// How the account's money looks on the wire.
import type { BalanceOverview } from '@/api/types'
import type { DbAccount } from '../kernel/schema'
import { balancesOf } from './forecast'

export function overviewOf(account: DbAccount): BalanceOverview {
  return { balances: balancesOf(account), referralKopecks: account.referralKopecks, version: account.balanceVersion }
}
