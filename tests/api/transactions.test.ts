// GET /transactions as the Transactions tab and its CSV export use it: the account's whole
// history for every user of the account, filtered on the server, paged with the total.
import { describe, expect, it } from 'vitest'
import { setAuthToken } from '@/api/client'
import { transactionsApi } from '@/api/transactions'
import type { Transaction } from '@/api/types'
import { readDb, updateDb } from '@mocks/kernel/db'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const ADMIN = 'business.resident@demo.test'

/** Every matching transaction, page by page (as the CSV export fetches them). */
async function all(query: Parameters<typeof transactionsApi.list>[0] = {}): Promise<Transaction[]> {
  const items: Transaction[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await transactionsApi.list({ ...query, limit: 100, offset })
    items.push(...page.items)
    if (offset + 100 >= page.total) return items
  }
}

const isNewestFirst = (items: Transaction[]) => items.every((t, i) => i === 0 || Date.parse(items[i - 1]!.at) >= Date.parse(t.at))

describe('mock API: transactions', () => {
  it('pages the account’s history newest first, with the total on every page', async () => {
    await loginAs(ADMIN)
    const accountId = readDb().users.find((u) => u.email === ADMIN)!.accountId
    const stored = readDb().transactions.filter((t) => t.accountId === accountId).length
    expect(stored).toBeGreaterThan(40)

    const first = await transactionsApi.list()
    expect(first).toMatchObject({ total: stored, limit: 20, offset: 0 })
    expect(first.items).toHaveLength(20)

    const second = await transactionsApi.list({ limit: 20, offset: 20 })
    expect(second.total).toBe(stored)
    expect(second.items.map((t) => t.id)).not.toContain(first.items[0]!.id)

    const everything = await all()
    expect(everything).toHaveLength(stored)
    expect(new Set(everything.map((t) => t.id)).size).toBe(stored)
    expect(everything.slice(0, 20).map((t) => t.id)).toEqual(first.items.map((t) => t.id))
    expect(everything.slice(20, 40).map((t) => t.id)).toEqual(second.items.map((t) => t.id))
    expect(isNewestFirst(everything)).toBe(true)

    const last = await transactionsApi.list({ limit: 7, offset: stored - 3 })
    expect(last.items).toHaveLength(3)
    expect((await transactionsApi.list({ offset: stored + 10 })).items).toEqual([])
  })

  it('shows what a transaction is: signed amount, bonuses, status and the service of a charge', async () => {
    await loginAs(ADMIN)
    const everything = await all()
    const charge = everything.find((t) => t.operation === 'charge')!
    expect(charge.amountKopecks).toBeLessThan(0)
    expect(charge.serviceName).toEqual(expect.any(String))
    expect(everything.find((t) => t.operation === 'top-up' && t.status === 'credited')!.amountKopecks).toBeGreaterThan(0)
    // The seed's bank transfer waits for the bank; a declined card did not change any balance.
    expect(everything.some((t) => t.operation === 'top-up' && t.status === 'pending')).toBe(true)
    expect(everything.some((t) => t.operation === 'top-up' && t.status === 'declined')).toBe(true)
    expect(everything.filter((t) => t.operation === 'transfer').reduce((sum, t) => sum + t.amountKopecks, 0)).toBe(0)
  })

  it.each(['top-up', 'charge', 'transfer', 'bonus'] as const)('filters by the operation %s', async (operation) => {
    await loginAs(ADMIN)
    const items = await all({ operation })
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((t) => t.operation === operation)).toBe(true)
    expect((await transactionsApi.list({ operation })).total).toBe(items.length)
  })

  it.each(['main', 'cloud', 'storage', 'referral'] as const)('filters by the balance %s', async (balance) => {
    await loginAs(ADMIN)
    const items = await all({ balance })
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((t) => t.balance === balance)).toBe(true)
  })

  it('combines the filters', async () => {
    await loginAs(ADMIN)
    const items = await all({ operation: 'transfer', balance: 'cloud' })
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((t) => t.operation === 'transfer' && t.balance === 'cloud' && t.amountKopecks > 0)).toBe(true)
    expect((await transactionsApi.list({ operation: 'refund' })).total).toBe(0)
  })

  it('filters by a period of Moscow calendar days, both ends included', async () => {
    await loginAs(ADMIN)
    const accountId = readDb().users.find((u) => u.email === ADMIN)!.accountId
    // 21:30 UTC is already half past midnight of the next day in Moscow.
    updateDb((db) => {
      const template = db.transactions.find((t) => t.accountId === accountId)!
      db.transactions.push({ ...template, id: 'tx-late-evening', at: '2025-03-14T21:30:00.000Z', operation: 'refund', amountKopecks: 100_00, bonusKopecks: 0 })
    })
    expect((await all({ from: '2025-03-15', to: '2025-03-15' })).map((t) => t.id)).toEqual(['tx-late-evening'])
    expect(await all({ from: '2025-03-14', to: '2025-03-14' })).toEqual([])
    expect((await all({ to: '2025-03-15' })).map((t) => t.id)).toContain('tx-late-evening')
    expect((await all({ from: '2025-03-16' })).map((t) => t.id)).not.toContain('tx-late-evening')

    const everything = await all()
    const middle = everything[Math.floor(everything.length / 2)]!
    const day = new Date(Date.parse(middle.at) + 3 * 3_600_000).toISOString().slice(0, 10)
    const ofThatDay = await all({ from: day, to: day })
    expect(ofThatDay.map((t) => t.id)).toContain(middle.id)
    expect(ofThatDay.every((t) => new Date(Date.parse(t.at) + 3 * 3_600_000).toISOString().slice(0, 10) === day)).toBe(true)
  })

  it.each([
    [{ from: '2026-02-30' }, { from: 'validation.date' }],
    [{ to: '31.01.2026' }, { to: 'validation.date' }],
    [{ from: '2026-03-01', to: '2026-02-28' }, { to: 'validation.periodOrder' }],
    [{ limit: 0 }, { limit: 'validation.outOfRange' }],
    [{ limit: 101 }, { limit: 'validation.outOfRange' }],
    [{ limit: 'ten' }, { limit: 'validation.type' }],
    [{ limit: 2.5 }, { limit: 'validation.type' }],
    [{ offset: -1 }, { offset: 'validation.outOfRange' }],
    [{ operation: 'gift' }, { operation: 'validation.oneOf' }],
    [{ balance: 'savings' }, { balance: 'validation.oneOf' }],
  ])('refuses %o with 422', async (query, errors) => {
    await loginAs(ADMIN)
    const error = await failure(transactionsApi.list(query as never))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual(errors)
  })

  it('takes a period of one day and the limits of a page', async () => {
    await loginAs(ADMIN)
    await expect(transactionsApi.list({ from: '2026-01-31', to: '2026-01-31' })).resolves.toMatchObject({ offset: 0 })
    await expect(transactionsApi.list({ limit: 1 })).resolves.toMatchObject({ limit: 1, items: [expect.anything()] })
    await expect(transactionsApi.list({ limit: 100 })).resolves.toMatchObject({ limit: 100 })
  })

  it('shows a user who is not the main administrator the account’s whole history', async () => {
    await loginAs(ADMIN)
    const admin = await all()
    await loginAs('user.business.resident@demo.test')
    expect((await all()).map((t) => t.id)).toEqual(admin.map((t) => t.id))
  })

  it('never shows another account’s transactions', async () => {
    await loginAs(ADMIN)
    const business = new Set((await all()).map((t) => t.id))
    await loginAs('sole.resident@demo.test')
    const sole = await all()
    expect(sole.length).toBeGreaterThan(0)
    expect(sole.some((t) => business.has(t.id))).toBe(false)
  })

  it('answers 401 without a session', async () => {
    setAuthToken(null)
    const error = await failure(transactionsApi.list())
    expect(error.status).toBe(401)
    expect(error.code).toBe('auth.unauthenticated')
  })
})
