// How long a balance lasts: its money and bonuses (bonuses are spent after money, but both are
// spent) divided by what the active services it pays cost per day. Services are charged hourly
// (mocks/balance/charges.ts), so a day costs 24 hourly charges.
import type { Balance, BalanceKind } from '@/api/types'
import { hourlyPriceKopecks } from '@/validation/rules'
import type { DbAccount, DbBalance, DbService } from '../kernel/schema'
import { BALANCE_KINDS } from './ledger'

export { hourlyPriceKopecks }

/** What the active services paid from `kind` cost per day. Only service balances pay for services. */
export function dailySpendingKopecks(services: readonly DbService[], kind: BalanceKind): number {
  return services.filter((s) => s.type === kind && s.status === 'active').reduce((sum, s) => sum + hourlyPriceKopecks(s.pricePerMonthKopecks) * 24, 0)
}

/**
 * Whole days the balance lasts at `dailyKopecks` a day: null when nothing is spending it ("No
 * active services"), 0 when it is empty or in debt.
 */
export function forecastDays(balance: DbBalance, dailyKopecks: number): number | null {
  if (dailyKopecks <= 0) return null
  const available = balance.money + balance.bonus
  return available <= 0 ? 0 : Math.floor(available / dailyKopecks)
}

/** The balances of an account as the API shows them, main first. */
export function balancesOf(account: DbAccount): Balance[] {
  const services = account.services ?? []
  return BALANCE_KINDS.map((kind) => {
    const balance = account.balances[kind]
    const daily = dailySpendingKopecks(services, kind)
    return { kind, moneyKopecks: balance.money, bonusKopecks: balance.bonus, dailySpendingKopecks: daily, forecastDays: forecastDays(balance, daily) }
  })
}
