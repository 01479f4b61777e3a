import { afterEach, describe, expect, it, vi } from 'vitest'
import { chargeRunningServices } from '@mocks/balance/charges'
import { emptyBalances } from '@mocks/balance/ledger'
import type { DbAccount, DbService, DbState } from '@mocks/kernel/schema'
import { createSeed } from '@mocks/seed'

const HOUR = 3_600_000
/** 10:00 UTC, 13:00 in Moscow: eleven hours before midnight there. */
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
      configuration: { kind: 'cloud', region: 'spb', vcpu: 1, ramGb: 1, diskType: 'ssd', diskGb: 10, image: 'debian-12' },
      status: 'active',
      stoppedReason: null,
      readyAt: null,
      paidUntil: null,
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

  it('groups a day’s hours (a Moscow day) into one charge line per service, and starts a new line the next day', () => {
    const { db } = setUp({ money: 10_000_00, bonus: 0 }, [{}])
    chargeRunningServices(db, START + 5 * HOUR)
    chargeRunningServices(db, START + 16 * HOUR)
    const lines = db.transactions.map((t) => ({ amount: t.amountKopecks, operation: t.operation, service: t.serviceName, description: t.description }))
    expect(lines).toEqual([
      { amount: -11 * HOURLY, operation: 'charge', service: 'server-0', description: 'Service server-0, 20 November 2026' },
      { amount: -5 * HOURLY, operation: 'charge', service: 'server-0', description: 'Service server-0, 21 November 2026' },
    ])
    // The day's line is dated by its latest hour, at most the last moment of that day in Moscow.
    expect(db.transactions.map((t) => t.at)).toEqual(['2026-11-20T20:59:59.999Z', '2026-11-21T02:00:00.000Z'])
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

  it('stops a service when what is left cannot pay its next hour, never running the balance into debt', () => {
    const { db, account } = setUp({ money: 2 * HOURLY + 5_00, bonus: 0 }, [{}])
    chargeRunningServices(db, START + 5 * HOUR)
    expect(account.balances.cloud).toEqual({ money: 5_00, bonus: 0 })
    expect(account.services![0]).toMatchObject({ status: 'stopped', stoppedReason: 'balance' })
    expect(db.mail.find((m) => m.kind === 'service-suspended')?.sentAt).toBe(new Date(START + 2 * HOUR).toISOString())
    expect(db.transactions).toMatchObject([{ amountKopecks: -2 * HOURLY }])
  })

  it('does not charge an hour the balance no longer covers: the service stopped when that hour began', () => {
    const { db, account } = setUp({ money: 5_00, bonus: 3_00 }, [{}])
    chargeRunningServices(db, START + 2 * HOUR)
    expect(account.balances.cloud).toEqual({ money: 5_00, bonus: 3_00 })
    expect(account.services![0]).toMatchObject({ status: 'stopped', stoppedReason: 'balance' })
    expect(db.mail.find((m) => m.kind === 'service-suspended')?.sentAt).toBe(new Date(START).toISOString())
    expect(db.transactions).toEqual([])
  })

  it('mails the main administrators why the service stopped', () => {
    const { db, account } = setUp({ money: HOURLY + 5_00, bonus: 0 }, [{}])
    chargeRunningServices(db, START + 3 * HOUR)
    const admins = db.users.filter((u) => u.accountId === account.id && u.role === 'admin').map((u) => u.email)
    expect(admins.length).toBeGreaterThan(0)
    const mails = db.mail.filter((m) => m.kind === 'service-suspended')
    expect(mails.map((m) => m.to)).toEqual(admins)
    expect(mails[0]).toMatchObject({ subject: 'Service server-0 stopped: the Cloud servers balance has run out', sentAt: new Date(START + HOUR).toISOString() })
    expect(mails[0]!.text).toContain('does not cover its next hour (₽10.00)')
  })

  it('charges the services of one balance in the order of their hours, stopping the one that finds it empty', () => {
    // server-1's hours end half an hour after server-0's: server-0 takes the last 10 ₽ first.
    const { db, account } = setUp({ money: 3 * HOURLY, bonus: 0 }, [{}, { chargedUntil: new Date(START + HOUR / 2).toISOString() }])
    chargeRunningServices(db, START + 4 * HOUR)
    expect(account.balances.cloud.money).toBe(0)
    expect(account.services!.map((s) => [s.status, s.stoppedReason])).toEqual([
      ['stopped', 'balance'],
      ['stopped', 'balance'],
    ])
    expect(db.transactions.map((t) => [t.serviceName, t.amountKopecks])).toEqual([
      ['server-0', -2 * HOURLY],
      ['server-1', -HOURLY],
    ])
  })

  it('makes a server being created active at readyAt and charges its hours from then on', () => {
    const readyAt = START + 30 * 60_000
    const { db, account } = setUp({ money: 1_000_00, bonus: 0 }, [{ status: 'creating', readyAt: new Date(readyAt).toISOString() }])
    chargeRunningServices(db, readyAt - 1)
    expect(account.services![0]!.status).toBe('creating')
    chargeRunningServices(db, readyAt + 2 * HOUR + 1)
    expect(account.services![0]).toMatchObject({ status: 'active', readyAt: null, chargedUntil: new Date(readyAt + 2 * HOUR).toISOString() })
    expect(account.balances.cloud.money).toBe(1_000_00 - 2 * HOURLY)
  })
})

describe('the periods of prepaid (dedicated) servers', () => {
  const dedicated = (paidUntil: number): Partial<DbService> => ({
    type: 'dedicated',
    configuration: { kind: 'dedicated', location: 'msk', modelId: 'xeon-e-2236', cpu: 'Intel Xeon E-2236', cores: 6, ramGb: 32, disks: { count: 2, sizeGb: 960, type: 'ssd' }, os: 'debian-12', periodMonths: 3 },
    pricePerMonthKopecks: 1_000_00,
    paidUntil: new Date(paidUntil).toISOString(),
  })
  const withDedicated = (money: number, paidUntil: number) => {
    const set = setUp({ money: 0, bonus: 0 }, [dedicated(paidUntil)])
    set.account.balances.dedicated = { money, bonus: 0 }
    return set
  }

  it('charges nothing by the hour while the period runs', () => {
    const { db, account } = withDedicated(5_000_00, START + 10 * 86_400_000)
    chargeRunningServices(db, START + 48 * HOUR)
    expect(account.balances.dedicated.money).toBe(5_000_00)
    expect(db.transactions).toEqual([])
  })

  it('renews at paidUntil for the same period from the same balance', () => {
    const paidUntil = Date.parse('2026-11-30T10:00:00.000Z')
    const { db, account } = withDedicated(5_000_00, paidUntil)
    chargeRunningServices(db, paidUntil + HOUR)
    expect(account.balances.dedicated.money).toBe(5_000_00 - 3 * 1_000_00)
    // Three months on, on the last day of the shorter February.
    expect(account.services![0]).toMatchObject({ status: 'active', paidUntil: '2027-02-28T10:00:00.000Z' })
    expect(db.transactions).toMatchObject([
      { operation: 'charge', balance: 'dedicated', amountKopecks: -3 * 1_000_00, serviceId: 'svc-0', at: new Date(paidUntil).toISOString(), description: 'Service server-0, prepaid period 30 November 2026 – 28 February 2027' },
    ])
  })

  it('stops at paidUntil when the balance cannot pay the next period, taking nothing', () => {
    const paidUntil = START + HOUR
    const { db, account } = withDedicated(3 * 1_000_00 - 1, paidUntil)
    chargeRunningServices(db, START + 5 * HOUR)
    expect(account.balances.dedicated.money).toBe(3 * 1_000_00 - 1)
    expect(account.services![0]).toMatchObject({ status: 'stopped', stoppedReason: 'balance' })
    expect(db.transactions).toEqual([])
    expect(db.mail.filter((m) => m.kind === 'service-suspended')[0]!.text).toContain('does not cover its next period (₽3,000.00)')
  })
})
