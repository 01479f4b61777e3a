import { describe, expect, it } from 'vitest'
import { balancesOf, dailySpendingKopecks, forecastDays, hourlyPriceKopecks } from '@mocks/balance/forecast'
import { emptyBalances } from '@mocks/balance/ledger'
import type { DbAccount, DbService } from '@mocks/kernel/schema'

function service(overrides: Partial<DbService> = {}): DbService {
  return {
    id: 'svc-t',
    name: 'test',
    type: 'cloud',
    configuration: '1 vCPU',
    status: 'active',
    pricePerMonthKopecks: 7_200_00,
    since: '2026-01-02T10:00:00.000Z',
    chargedUntil: '2026-10-01T09:00:00.000Z',
    ...overrides,
  } as DbService
}

describe('the balance forecast', () => {
  it('takes the hourly price as a thirtieth of a month in 24 hours, in whole kopecks', () => {
    expect(hourlyPriceKopecks(7_200_00)).toBe(10_00)
    expect(hourlyPriceKopecks(650_00)).toBe(90)
    expect(dailySpendingKopecks([service()], 'cloud')).toBe(240_00)
  })

  it('says there are no active services (null) when nothing spends the balance', () => {
    expect(dailySpendingKopecks([], 'cloud')).toBe(0)
    expect(forecastDays({ money: 1_000_00, bonus: 0 }, 0)).toBeNull()
    // A service of another type is paid from its own balance, and the main balance pays none.
    expect(dailySpendingKopecks([service({ type: 'storage' })], 'cloud')).toBe(0)
    expect(dailySpendingKopecks([service()], 'main')).toBe(0)
  })

  it('does not count a stopped or a creating service', () => {
    expect(dailySpendingKopecks([service({ status: 'stopped' }), service({ status: 'creating' })], 'cloud')).toBe(0)
    expect(dailySpendingKopecks([service(), service({ status: 'stopped' })], 'cloud')).toBe(240_00)
  })

  it.each([
    ['an empty balance', { money: 0, bonus: 0 }],
    ['a balance in debt', { money: -500_00, bonus: 0 }],
    ['a debt larger than the bonuses', { money: -500_00, bonus: 200_00 }],
  ])('gives 0 days for %s', (_case, balance) => {
    expect(forecastDays(balance, 240_00)).toBe(0)
  })

  it('counts bonuses as well as money (they are spent after it) and rounds down to whole days', () => {
    expect(forecastDays({ money: 480_00, bonus: 0 }, 240_00)).toBe(2)
    expect(forecastDays({ money: 480_00, bonus: 240_00 }, 240_00)).toBe(3)
    expect(forecastDays({ money: 0, bonus: 719_99 }, 240_00)).toBe(2)
  })

  it('shows every balance of an account, main first, with its spending and forecast', () => {
    const account = {
      balances: { ...emptyBalances(), main: { money: 1_000_00, bonus: 0 }, cloud: { money: 2_400_00, bonus: 240_00 } },
      services: [service(), service({ id: 'svc-s', status: 'stopped', type: 'storage' })],
    } as DbAccount
    expect(balancesOf(account)).toEqual([
      { kind: 'main', moneyKopecks: 1_000_00, bonusKopecks: 0, dailySpendingKopecks: 0, forecastDays: null },
      { kind: 'cloud', moneyKopecks: 2_400_00, bonusKopecks: 240_00, dailySpendingKopecks: 240_00, forecastDays: 11 },
      { kind: 'dedicated', moneyKopecks: 0, bonusKopecks: 0, dailySpendingKopecks: 0, forecastDays: null },
      { kind: 'storage', moneyKopecks: 0, bonusKopecks: 0, dailySpendingKopecks: 0, forecastDays: null },
    ])
  })
})
