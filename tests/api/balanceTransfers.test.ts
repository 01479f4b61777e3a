import { afterEach, describe, expect, it, vi } from 'vitest'
import { balanceApi } from '@/api/balance'
import { apiRequest, setAuthToken } from '@/api/client'
import type { BalanceOverview, TransferRequest, TransferResult } from '@/api/types'
import { readDb } from '@mocks/kernel/db'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const ADMIN = 'business.resident@demo.test'
const HOUR = 3_600_000

afterEach(() => vi.useRealTimers())

function kopecksOf(overview: BalanceOverview) {
  return Object.fromEntries(overview.balances.map((b) => [b.kind, { money: b.moneyKopecks, bonus: b.bonusKopecks }]))
}

async function transfer(request: Omit<TransferRequest, 'balanceVersion'> & { balanceVersion?: number }, key: string = crypto.randomUUID()) {
  const balanceVersion = request.balanceVersion ?? (await balanceApi.overview()).version
  return balanceApi.transfer({ ...request, balanceVersion }, key)
}

const transferLineCount = () => readDb().transactions.filter((t) => t.accountId === 'acc-business-res' && t.operation === 'transfer').length

describe('mock API: transfers between balances', () => {
  it('moves money from the main balance to a service balance and records both sides under one transfer', async () => {
    await loginAs(ADMIN)
    const before = await balanceApi.overview()
    const result = await transfer({ from: 'main', to: 'cloud', amountKopecks: 1_500_50 })

    expect(result.transfer).toMatchObject({ from: 'main', to: 'cloud', amountKopecks: 1_500_50 })
    const after = kopecksOf(result.overview)
    expect(after.main).toEqual({ money: 4_850_000 - 1_500_50, bonus: 0 })
    expect(after.cloud).toEqual({ money: 985_000 + 1_500_50, bonus: 100_000 })
    expect(result.overview.version).toBeGreaterThan(before.version)
    expect(await balanceApi.overview()).toEqual(result.overview)

    const lines = readDb().transactions.filter((t) => t.transferId === result.transfer.id)
    expect(lines.map((t) => [t.balance, t.amountKopecks, t.status, t.description])).toEqual([
      ['main', -1_500_50, 'credited', 'Перевод на баланс «Облачные серверы»'],
      ['cloud', 1_500_50, 'credited', 'Перевод с баланса «Основной баланс»'],
    ])
  })

  it('moves money back from a service balance to the main one, and the referral reward to the main balance', async () => {
    await loginAs(ADMIN)
    const back = await transfer({ from: 'storage', to: 'main', amountKopecks: 2_400_00 })
    expect(kopecksOf(back.overview).storage!.money).toBe(0)
    expect(kopecksOf(back.overview).main!.money).toBe(4_850_000 + 2_400_00)

    const referral = await transfer({ from: 'referral', to: 'main', amountKopecks: 12_450_00 })
    expect(referral.overview.referralKopecks).toBe(0)
    expect(kopecksOf(referral.overview).main!.money).toBe(4_850_000 + 2_400_00 + 12_450_00)
  })

  it('lets a user who is not the main administrator transfer', async () => {
    await loginAs('user.business.resident@demo.test')
    const result = await transfer({ from: 'main', to: 'storage', amountKopecks: 100_00 })
    expect(kopecksOf(result.overview).storage!.money).toBe(2_400_00 + 100_00)
  })

  it.each<[string, Omit<TransferRequest, 'balanceVersion'>, Record<string, string>]>([
    ['more than the source holds', { from: 'main', to: 'cloud', amountKopecks: 4_850_001 }, { amountKopecks: 'validation.transfer.aboveSource' }],
    ['the bonuses of the source (only money moves)', { from: 'cloud', to: 'main', amountKopecks: 985_001 }, { amountKopecks: 'validation.transfer.aboveSource' }],
    ['more than the referral balance holds', { from: 'referral', to: 'main', amountKopecks: 12_450_01 }, { amountKopecks: 'validation.transfer.aboveSource' }],
    ['a zero amount', { from: 'main', to: 'cloud', amountKopecks: 0 }, { amountKopecks: 'validation.transfer.amountPositive' }],
    ['a negative amount', { from: 'main', to: 'cloud', amountKopecks: -100_00 }, { amountKopecks: 'validation.transfer.amountPositive' }],
    ['a fraction of a kopeck (more than two decimals of rubles)', { from: 'main', to: 'cloud', amountKopecks: 1_050.5 }, { amountKopecks: 'validation.transfer.amountDecimals' }],
    ['the referral balance to a service balance', { from: 'referral', to: 'cloud', amountKopecks: 100_00 }, { to: 'validation.transfer.referralToMainOnly' }],
    ['one service balance to another', { from: 'cloud', to: 'storage', amountKopecks: 100_00 }, { to: 'validation.transfer.viaMain' }],
    ['a balance to itself', { from: 'main', to: 'main', amountKopecks: 100_00 }, { to: 'validation.transfer.sameBalance' }],
  ])('refuses %s with 422 on the field and moves nothing', async (_case, request, fieldErrors) => {
    await loginAs(ADMIN)
    const before = await balanceApi.overview()
    const error = await failure(transfer(request))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual(fieldErrors)
    expect(await balanceApi.overview()).toEqual(before)
  })

  it('refuses a transfer based on balances that have changed since (409 balance.changed) and moves nothing', async () => {
    await loginAs(ADMIN)
    const start = Date.now()
    const seen = await balanceApi.overview()
    // An hour later the running services have been charged: the version the form had is stale.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start + HOUR + 60_000)
    const error = await failure(transfer({ from: 'main', to: 'cloud', amountKopecks: 100_00, balanceVersion: seen.version }))
    expect(error.status).toBe(409)
    expect(error.code).toBe('balance.changed')
    const now = await balanceApi.overview()
    expect(now.version).toBeGreaterThan(seen.version)
    expect(kopecksOf(now).main).toEqual(kopecksOf(seen).main)

    // The same transfer on the current version goes through.
    await expect(transfer({ from: 'main', to: 'cloud', amountKopecks: 100_00, balanceVersion: now.version })).resolves.toMatchObject({ transfer: { amountKopecks: 100_00 } })
  })

  it('transfers once for a repeated Idempotency-Key (a double click) and answers the first result again', async () => {
    await loginAs(ADMIN)
    const { version } = await balanceApi.overview()
    const lines = transferLineCount()
    const request: TransferRequest = { from: 'main', to: 'cloud', amountKopecks: 1_000_00, balanceVersion: version }
    const key = crypto.randomUUID()
    const [first, second] = await Promise.all([balanceApi.transfer(request, key), balanceApi.transfer(request, key)])
    const third = await apiRequest<TransferResult>('POST', '/balance/transfers', { body: request, headers: { 'Idempotency-Key': key } })

    expect(second).toEqual(first)
    expect(third.data).toEqual(first)
    expect(third.headers.get('Idempotent-Replayed')).toBe('true')
    expect(kopecksOf(await balanceApi.overview()).main!.money).toBe(4_850_000 - 1_000_00)
    expect(readDb().transactions.filter((t) => t.transferId === first.transfer.id)).toHaveLength(2)
    expect(transferLineCount()).toBe(lines + 2)
  })

  it('refuses the same key with another body (409), and a refused request does not use up its key', async () => {
    await loginAs(ADMIN)
    const { version } = await balanceApi.overview()
    const key = crypto.randomUUID()
    expect((await failure(balanceApi.transfer({ from: 'main', to: 'cloud', amountKopecks: 0, balanceVersion: version }, key))).status).toBe(422)
    // Corrected and sent again with the same key: the refusal was not remembered.
    await balanceApi.transfer({ from: 'main', to: 'cloud', amountKopecks: 10_00, balanceVersion: version }, key)
    const error = await failure(balanceApi.transfer({ from: 'main', to: 'cloud', amountKopecks: 20_00, balanceVersion: version }, key))
    expect(error.status).toBe(409)
    expect(error.code).toBe('request.idempotencyMismatch')
    expect(kopecksOf(await balanceApi.overview()).main!.money).toBe(4_850_000 - 10_00)
  })

  it('refuses a transfer without an Idempotency-Key', async () => {
    await loginAs(ADMIN)
    const { version } = await balanceApi.overview()
    const error = await failure(apiRequest('POST', '/balance/transfers', { body: { from: 'main', to: 'cloud', amountKopecks: 100_00, balanceVersion: version } }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ 'Idempotency-Key': 'validation.required' })
  })

  it('answers 401 without a session', async () => {
    setAuthToken(null)
    const error = await failure(balanceApi.transfer({ from: 'main', to: 'cloud', amountKopecks: 100_00, balanceVersion: 1 }, crypto.randomUUID()))
    expect(error.status).toBe(401)
  })
})
