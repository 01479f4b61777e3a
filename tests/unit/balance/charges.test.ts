import { afterEach, describe, expect, it, vi } from 'vitest'
import { chargeRunningServices } from '@mocks/balance/charges'
import { emptyBalances } from '@mocks/balance/ledger'
import type { DbAccount, DbService, DbState } from '@mocks/kernel/schema'
import { createSeed } from '@mocks/seed'

const HOUR = 3_600_000
/** 10:00 UTC: fourteen hours before midnight. */
const START = Date.parse('2026-11-20T10:00:00.000Z')
/** 7 200 ₽ a month: 10 ₽ an hour. */
const PRICE = 7_200_00
const HOURLY = 10_00

afterEach(() => vi.useRealTimers())

function setUp(balance: { money: number; bonus: number }, services: Partial<DbService>[]) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(START)
  const seed = createSeed()
  const account: DbAccount = {
    ...seed.accounts[0]!,
    residency: 'nonresident',
    balances: { ...emptyBalances(), cloud: { ...balance } },
    balanceVersion: 1,
    services: services.map((s, i) => ({
      id: `svc-${i}`,
      name: `server-${i}`,
      type: 'cloud',
      configuration: '1 vCPU',
      status: 'active',
      pricePerMonthKopecks: PRICE,
      since: '2026-01-02T10:00:00.000Z',
      chargedUntil: new Date(START).toISOString(),
      ...s,
    })),
  }
  const db: DbState = { ...seed, accounts: [account], transactions: [] }
  return { db, account }
}

describe('the hourly charges of running services', () => {
  it('charges nothing before a whole hour has passed', () => {
    const { db, account } = setUp({ money: 1_000_00, bonus: 0 }, [{}])
    expect(chargeRunningServices(db, START + HOUR - 1)).toBe(false)
    expect(account.balances.cloud.money).toBe(1_000_00)
    expect(db.transactions).toEqual([])
  })

  it('charges each whole hour once, from the service type’s balance, and keeps the part of an hour for later', () => {
    const { db, account } = setUp({ money: 1_000_00, bonus: 0 }, [{}])
    expect(chargeRunningServices(db, START + 3 * HOUR + 30 * 60_000)).toBe(true)
    expect(account.balances.cloud.money).toBe(1_000_00 - 3 * HOURLY)
    expect(account.services![0]!.chargedUntil).toBe(new Date(START + 3 * HOUR).toISOString())
    expect(account.balanceVersion).toBe(1 + 3)
    // Read again at the same moment: nothing more.
    expect(chargeRunningServices(db, START + 3 * HOUR + 30 * 60_000)).toBe(false)
    expect(account.balances.cloud.money).toBe(1_000_00 - 3 * HOURLY)
  })

  it('groups a day’s hours into one charge line per service, and starts a new line the next day', () => {
    const { db } = setUp({ money: 10_000_00, bonus: 0 }, [{}])
    chargeRunningServices(db, START + 5 * HOUR)
    chargeRunningServices(db, START + 16 * HOUR)
    const lines = db.transactions.map((t) => ({ day: t.at.slice(0, 10), amount: t.amountKopecks, operation: t.operation, service: t.serviceName, description: t.description }))
    expect(lines).toEqual([
      { day: '2026-11-20', amount: -14 * HOURLY, operation: 'charge', service: 'server-0', description: 'Service server-0, 20 November 2026' },
      { day: '2026-11-21', amount: -2 * HOURLY, operation: 'charge', service: 'server-0', description: 'Service server-0, 21 November 2026' },
    ])
    // The day's line is dated by its latest hour.
    expect(db.transactions[0]!.at).toBe('2026-11-20T23:59:59.999Z')
  })

  it('does not charge a stopped service, and starts its hours afresh when it runs again', () => {
    const { db, account } = setUp({ money: 1_000_00, bonus: 0 }, [{ status: 'stopped' }])
    chargeRunningServices(db, START + 5 * HOUR)
    expect(account.balances.cloud.money).toBe(1_000_00)
    expect(db.transactions).toEqual([])
    expect(account.services![0]!.chargedUntil).toBe(new Date(START + 5 * HOUR).toISOString())
    account.services![0]!.status = 'active'
    chargeRunningServices(db, START + 6 * HOUR)
    expect(account.balances.cloud.money).toBe(1_000_00 - HOURLY)
  })

  it('takes money first, then bonuses, and records the bonus part on the line', () => {
    const { db, account } = setUp({ money: 2 * HOURLY, bonus: 100_00 }, [{}])
    chargeRunningServices(db, START + 5 * HOUR)
    expect(account.balances.cloud).toEqual({ money: 0, bonus: 100_00 - 3 * HOURLY })
    expect(db.transactions).toMatchObject([{ amountKopecks: -5 * HOURLY, bonusKopecks: 3 * HOURLY }])
  })

  it('runs the balance into debt when neither money nor bonuses cover an hour', () => {
    const { db, account } = setUp({ money: 5_00, bonus: 3_00 }, [{}])
    chargeRunningServices(db, START + 2 * HOUR)
    expect(account.balances.cloud).toEqual({ money: 5_00 + 3_00 - 2 * HOURLY, bonus: 0 })
  })
})
