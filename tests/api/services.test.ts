import { afterEach, describe, expect, it, vi } from 'vitest'
import { balanceApi } from '@/api/balance'
import { homeApi } from '@/api/home'
import { servicesApi } from '@/api/services'
import { transactionsApi } from '@/api/transactions'
import type { BalanceKind, CloudServerOrder, DedicatedServerOrder } from '@/api/types'
import { readDb, resetDb } from '@mocks/kernel/db'
import { DELAYS_MS } from '@mocks/kernel/qaSettings'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const ADMIN = 'business.resident@demo.test'
const USER = 'user.business.resident@demo.test'
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const CREATE_DELAY = DELAYS_MS.serviceCreate

/** The data is seeded at this moment (12:00 in Moscow), so the figures below do not depend on the day the tests run. */
const SEEDED = Date.parse('2026-11-10T09:00:00.000Z')
/** The whole hours of November (Moscow time) before SEEDED, which the seed has charged. */
const SEEDED_HOURS = 9 * 24 + 12

afterEach(() => vi.useRealTimers())

/** Moves the mock clock (Date only: the requests' own timers keep running). */
function clockAt(at: number) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

/** Seeds afresh at SEEDED and logs in. */
async function seeded(email: string = ADMIN) {
  clockAt(SEEDED)
  resetDb()
  await loginAs(email)
}

/** Moves the clock to `at` and logs in again (a session lasts 12 hours). */
async function later(at: number, email: string = ADMIN) {
  clockAt(at)
  await loginAs(email)
}

const key = () => crypto.randomUUID()
const CLOUD: CloudServerOrder = { name: 'api-1', region: 'msk', vcpu: 2, ramGb: 4, diskType: 'ssd', diskGb: 40, image: 'debian-12' }
const orderCloud = (changes: Partial<CloudServerOrder> = {}, idempotencyKey = key()) => servicesApi.orderCloud({ ...CLOUD, ...changes }, idempotencyKey)
const DEDICATED: DedicatedServerOrder = { name: 'db-2', location: 'nsk', modelId: 'xeon-e3-1230', periodMonths: 3, os: 'ubuntu-24.04' }
const orderDedicated = (changes: Partial<DedicatedServerOrder> = {}) => servicesApi.orderDedicated({ ...DEDICATED, ...changes }, key())

async function balance(kind: BalanceKind) {
  return (await balanceApi.overview()).balances.find((b) => b.kind === kind)!
}
async function transfer(from: BalanceKind, to: BalanceKind, amountKopecks: number) {
  const { version } = await balanceApi.overview()
  await balanceApi.transfer({ from, to, amountKopecks, balanceVersion: version }, key())
}
const chargesOf = async (id: string) => (await transactionsApi.list({ service: id })).items
const namesOf = async () => (await servicesApi.list()).items.map((s) => s.name)

describe('mock API: the connected services', () => {
  it('lists the account’s services newest first, the same to the main administrator and to a user', async () => {
    await loginAs(ADMIN)
    const admin = await servicesApi.list()
    expect(admin.items.map((s) => s.name)).toEqual(['staging', 'archive', 'accounting-1c', 'db-main', 'backups', 'web-prod-1'])
    expect(admin.items.map((s) => s.type)).toEqual(['cloud', 'storage', 'cloud', 'dedicated', 'storage', 'cloud'])
    await loginAs(USER)
    expect(await servicesApi.list()).toEqual(admin)
    await loginAs('personal.nonresident@demo.test')
    expect((await servicesApi.list()).items).toEqual([])
  })

  it('answers 404 service.notFound for another account’s service, whatever the operation, and changes nothing', async () => {
    await loginAs('sole.resident@demo.test')
    for (const call of [servicesApi.get('svc-1'), servicesApi.stop('svc-1'), servicesApi.start('svc-7'), servicesApi.remove('svc-1')]) {
      const error = await failure(call)
      expect([error.status, error.code]).toEqual([404, 'service.notFound'])
    }
    await loginAs(ADMIN)
    expect((await servicesApi.get('svc-1')).service.status).toBe('active')
    expect(await namesOf()).toContain('web-prod-1')
  })

  it('gives a service with what it has cost since the month began in Moscow, from its charges', async () => {
    await seeded()
    // The dedicated server's month was paid when the month began (1 November, Moscow time).
    expect(await servicesApi.get('svc-9')).toMatchObject({ service: { name: 'db-main', paidUntil: '2026-11-30T21:00:00.000Z' }, monthToDateKopecks: 8_010_00 })
    // web-prod-1 (5 184 ₽ a month with the 10% discount: 7.20 ₽ an hour) is charged by the hour:
    // the seed charged this month's 9 days and 12 hours so far, the clock goes on from there.
    expect((await servicesApi.get('svc-1')).monthToDateKopecks).toBe(SEEDED_HOURS * 7_20)
    await later(SEEDED + 5 * HOUR + 10 * MINUTE)
    expect((await servicesApi.get('svc-1')).monthToDateKopecks).toBe((SEEDED_HOURS + 5) * 7_20)
    // 21:30 UTC on the 30th is 00:30 on 1 December in Moscow: a new month, nothing charged in it yet.
    await later(Date.parse('2026-11-30T21:30:00.000Z'))
    expect((await servicesApi.get('svc-1')).monthToDateKopecks).toBe(0)
    await later(Date.parse('2026-11-30T23:30:00.000Z'))
    expect((await servicesApi.get('svc-1')).monthToDateKopecks).toBe(2 * 7_20)
  })

  it('serves the price catalogue with the account’s personal discount: 10% for business.resident, none for sole.resident', async () => {
    await loginAs(USER)
    const catalogue = await servicesApi.catalogue()
    expect(catalogue.discountPercent).toBe(10)
    expect(catalogue.regions.map((r) => r.id)).toEqual(['spb', 'msk', 'nsk'])
    expect(catalogue.cloud.limits).toEqual({ vcpu: { min: 1, max: 32 }, ramGb: { min: 1, max: 256 }, ramGbPerVcpuMax: 8, diskGb: { min: 10, max: 2048 } })
    // List prices: the discount is applied by the pricing function.
    expect(catalogue.dedicated.models.find((m) => m.id === 'xeon-e-2236')).toMatchObject({ pricePerMonthKopecks: 8_900_00, availableIn: ['spb', 'msk'] })
    expect(catalogue.dedicated.periods).toEqual([
      { months: 1, discountPercent: 0 },
      { months: 3, discountPercent: 5 },
      { months: 6, discountPercent: 10 },
      { months: 12, discountPercent: 15 },
    ])
    await loginAs('sole.resident@demo.test')
    expect((await servicesApi.catalogue()).discountPercent).toBeNull()
  })
})

describe('mock API: ordering a cloud server', () => {
  it('creates it "Creating", makes it active after the delay and charges it hourly from then: in its transactions, its cost and the forecast', async () => {
    await seeded(USER)
    const before = await balance('cloud')
    const created = await orderCloud()
    // (2 × 600 + 4 × 300 + 40 × 12) ₽ at Moscow's 110% = 3 168 ₽, less 10% = 2 851.20 ₽: 3.96 ₽ an hour.
    expect(created).toMatchObject({
      name: 'api-1',
      type: 'cloud',
      status: 'creating',
      stoppedReason: null,
      configuration: { kind: 'cloud', region: 'msk', vcpu: 2, ramGb: 4, diskType: 'ssd', diskGb: 40, image: 'debian-12' },
      pricePerMonthKopecks: 2_851_20,
      since: new Date(SEEDED).toISOString(),
      readyAt: new Date(SEEDED + CREATE_DELAY).toISOString(),
      paidUntil: null,
    })
    expect((await servicesApi.list()).items[0]).toEqual(created)
    expect((await homeApi.summary()).services).toMatchObject({ total: 7, creating: 1 })
    // Nothing is taken at the order: it is paid by the hour.
    expect(await balance('cloud')).toEqual(before)

    clockAt(SEEDED + CREATE_DELAY - 1)
    expect((await servicesApi.get(created.id)).service.status).toBe('creating')
    clockAt(SEEDED + CREATE_DELAY)
    expect((await servicesApi.get(created.id)).service).toMatchObject({ status: 'active', readyAt: null })
    expect((await homeApi.summary()).services).toMatchObject({ creating: 0, active: 6 })
    const running = await balance('cloud')
    expect(running.dailySpendingKopecks).toBe(before.dailySpendingKopecks + 24 * 3_96)

    clockAt(SEEDED + CREATE_DELAY + 3 * HOUR + 10 * MINUTE)
    const charges = await chargesOf(created.id)
    expect(charges).toHaveLength(1)
    expect(charges[0]).toMatchObject({ operation: 'charge', balance: 'cloud', serviceId: created.id, serviceName: 'api-1', amountKopecks: -3 * 3_96 })
    expect((await servicesApi.get(created.id)).monthToDateKopecks).toBe(3 * 3_96)
    const after = await balance('cloud')
    expect(after.forecastDays!).toBeLessThan(before.forecastDays!)
  })

  it('refuses with 402 and the missing amount an order the Cloud servers balance cannot cover for a day, changing nothing', async () => {
    await seeded('personal.resident@demo.test')
    const before = await balanceApi.overview()
    // (8 × 600 + 32 × 300 + 100 × 12) ₽ = 15 600 ₽ a month: 21.67 ₽ an hour, 520.08 ₽ a day; the balance holds 420 ₽.
    const error = await failure(orderCloud({ region: 'spb', vcpu: 8, ramGb: 32, diskGb: 100, image: 'ubuntu-24.04' }))
    expect([error.status, error.code]).toEqual([402, 'service.insufficientBalance'])
    expect(error.problem.missingKopecks).toBe(520_08 - 420_00)
    expect(await namesOf()).toEqual(['my-vpn'])
    expect(await balanceApi.overview()).toEqual(before)
  })

  it.each<[string, Partial<CloudServerOrder>, Record<string, string>]>([
    ['33 vCPU', { vcpu: 33 }, { vcpu: 'validation.serviceOrder.vcpuRange' }],
    ['257 GB of RAM', { vcpu: 32, ramGb: 257 }, { ramGb: 'validation.serviceOrder.ramRange' }],
    ['more than 8 GB of RAM per vCPU', { vcpu: 2, ramGb: 17 }, { ramGb: 'validation.serviceOrder.ramPerVcpu' }],
    ['a 9 GB disk', { diskGb: 9 }, { diskGb: 'validation.serviceOrder.diskRange' }],
    ['a 2 049 GB disk', { diskGb: 2049 }, { diskGb: 'validation.serviceOrder.diskRange' }],
    ['a name with an underscore', { name: 'api_1' }, { name: 'validation.serviceOrder.nameFormat' }],
    ['a name the account uses, in other case', { name: 'WEB-PROD-1' }, { name: 'validation.serviceOrder.nameTaken' }],
  ])('refuses %s with 422 on the field and orders nothing', async (_case, changes, errors) => {
    await loginAs(ADMIN)
    const error = await failure(orderCloud(changes))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual(errors)
    expect(await namesOf()).toHaveLength(6)
  })

  it('orders once for a double submission with the same Idempotency-Key; another order of the same name is refused', async () => {
    await loginAs(ADMIN)
    const sameKey = key()
    const [first, second] = await Promise.all([orderCloud({}, sameKey), orderCloud({}, sameKey)])
    expect(second).toEqual(first)
    expect((await namesOf()).filter((name) => name === 'api-1')).toHaveLength(1)
    const error = await failure(orderCloud())
    expect(error.fieldErrors).toEqual({ name: 'validation.serviceOrder.nameTaken' })
  })
})

describe('mock API: ordering a dedicated server', () => {
  it('debits the whole period from the Dedicated servers balance at once, with the period’s and the personal discount', async () => {
    await seeded()
    await transfer('main', 'dedicated', 20_000_00)
    const before = await balance('dedicated')
    const created = await orderDedicated()
    // 4 500 ₽ a month less 5% for three months = 4 275 ₽, less 10% = 3 847.50 ₽; three months = 11 542.50 ₽.
    expect(created).toMatchObject({
      name: 'db-2',
      type: 'dedicated',
      status: 'creating',
      configuration: { kind: 'dedicated', location: 'nsk', modelId: 'xeon-e3-1230', cpu: 'Intel Xeon E3-1230 v6', cores: 4, ramGb: 16, disks: { count: 2, sizeGb: 1000, type: 'hdd' }, os: 'ubuntu-24.04', periodMonths: 3 },
      pricePerMonthKopecks: 3_847_50,
      since: new Date(SEEDED).toISOString(),
      paidUntil: '2027-02-10T09:00:00.000Z',
    })
    expect((await balance('dedicated')).moneyKopecks).toBe(before.moneyKopecks - 11_542_50)
    expect(await chargesOf(created.id)).toEqual([
      expect.objectContaining({ operation: 'charge', balance: 'dedicated', amountKopecks: -11_542_50, description: 'Услуга «db-2», оплата периода 10 ноября 2026 г. – 10 февраля 2027 г.' }),
    ])
    // Prepaid: active after the delay, and never charged by the hour.
    await later(SEEDED + 2 * DAY)
    expect((await servicesApi.get(created.id)).service.status).toBe('active')
    expect((await balance('dedicated')).moneyKopecks).toBe(before.moneyKopecks - 11_542_50)
    expect(await chargesOf(created.id)).toHaveLength(1)
  })

  it('refuses with 402 and the missing amount a period the balance cannot pay, and with 422 a model out of stock there', async () => {
    await seeded('business.nonresident@demo.test')
    const before = await balanceApi.overview()
    // 8 900 ₽ for a month; the balance holds 4 200 ₽.
    const error = await failure(orderDedicated({ location: 'spb', modelId: 'xeon-e-2236', periodMonths: 1 }))
    expect([error.status, error.code, error.problem.missingKopecks]).toEqual([402, 'service.insufficientBalance', 4_700_00])
    const stock = await failure(orderDedicated({ location: 'spb', modelId: 'epyc-7313p' }))
    expect([stock.status, stock.fieldErrors]).toEqual([422, { modelId: 'validation.serviceOrder.outOfStock' }])
    expect(await balanceApi.overview()).toEqual(before)
    expect(await namesOf()).not.toContain('db-2')
  })
})

describe('mock API: stop, start and delete', () => {
  it('refuses to stop or delete a service being created (409 service.creating), and to start one that is not stopped', async () => {
    await seeded()
    const created = await orderCloud()
    for (const call of [servicesApi.stop(created.id), servicesApi.remove(created.id)]) {
      const error = await failure(call)
      expect([error.status, error.code]).toEqual([409, 'service.creating'])
    }
    expect([(await failure(servicesApi.start(created.id))).code]).toEqual(['service.notStopped'])
    clockAt(SEEDED + CREATE_DELAY)
    expect((await failure(servicesApi.start(created.id))).code).toBe('service.notStopped')
    expect((await servicesApi.stop(created.id)).status).toBe('stopped')
  })

  it('lets a user stop a running service (no more charges), start it again and delete it, its past charges kept', async () => {
    await seeded(USER)
    const stopped = await servicesApi.stop('svc-1')
    expect(stopped).toMatchObject({ status: 'stopped', stoppedReason: 'user' })
    expect((await failure(servicesApi.stop('svc-1'))).code).toBe('service.notActive')
    expect((await homeApi.summary()).services.suspended).toEqual([])
    clockAt(SEEDED + 3 * HOUR + MINUTE)
    expect((await servicesApi.get('svc-1')).monthToDateKopecks).toBe(SEEDED_HOURS * 7_20)

    expect(await servicesApi.start('svc-1')).toMatchObject({ status: 'active', stoppedReason: null })
    clockAt(SEEDED + 5 * HOUR + 2 * MINUTE)
    expect((await servicesApi.get('svc-1')).monthToDateKopecks).toBe((SEEDED_HOURS + 2) * 7_20)

    const history = await chargesOf('svc-1')
    await servicesApi.remove('svc-1')
    expect((await failure(servicesApi.get('svc-1'))).code).toBe('service.notFound')
    expect(await namesOf()).not.toContain('web-prod-1')
    expect(await chargesOf('svc-1')).toEqual(history)
    expect(history.length).toBeGreaterThan(1)
  })

  it('refuses to start a service whose balance cannot pay an hour, with 402 and the missing amount', async () => {
    await seeded('personal.resident@demo.test')
    await servicesApi.stop('svc-6')
    // my-vpn costs 1 080 ₽ a month, 1.50 ₽ an hour; leave 0.50 ₽ on its balance.
    await transfer('cloud', 'main', 420_00 - 50)
    const error = await failure(servicesApi.start('svc-6'))
    expect([error.status, error.code, error.problem.missingKopecks]).toEqual([402, 'service.insufficientBalance', 1_00])
    expect((await servicesApi.get('svc-6')).service).toMatchObject({ status: 'stopped', stoppedReason: 'user' })
  })
})

describe('mock API: services on the mock clock when a balance runs out', () => {
  it('suspends a cloud server whose balance cannot pay the next hour: stopped for the balance, on the home page, mailed, never in debt', async () => {
    await seeded('personal.resident@demo.test')
    // 420 ₽ at 1.50 ₽ an hour lasts 280 hours.
    await later(SEEDED + 279 * HOUR + MINUTE, 'personal.resident@demo.test')
    expect((await servicesApi.get('svc-6')).service.status).toBe('active')
    await later(SEEDED + 290 * HOUR, 'personal.resident@demo.test')
    expect((await servicesApi.get('svc-6')).service).toMatchObject({ status: 'stopped', stoppedReason: 'balance' })
    expect(await balance('cloud')).toMatchObject({ moneyKopecks: 0, bonusKopecks: 0, dailySpendingKopecks: 0 })
    expect((await homeApi.summary()).services).toEqual({ total: 1, active: 0, creating: 0, suspended: [{ id: 'svc-6', name: 'my-vpn', type: 'cloud' }] })
    const mails = readDb().mail.filter((m) => m.kind === 'service-suspended' && m.to === 'personal.resident@demo.test')
    expect(mails).toHaveLength(1)
    expect(mails[0]).toMatchObject({ subject: 'Услуга «my-vpn» остановлена: не хватает средств на балансе «Облачные серверы»', sentAt: new Date(SEEDED + 280 * HOUR).toISOString() })

    const error = await failure(servicesApi.start('svc-6'))
    expect([error.code, error.problem.missingKopecks]).toEqual(['service.insufficientBalance', 1_50])
    await transfer('main', 'cloud', 100_00)
    expect(await servicesApi.start('svc-6')).toMatchObject({ status: 'active', stoppedReason: null })
    expect((await homeApi.summary()).services.suspended).toEqual([])
  })

  it('renews a dedicated server at paidUntil from its balance, stops it at the next one it cannot pay, and a start pays a new period', async () => {
    await seeded()
    // db-main: 8 010 ₽ a month; the Dedicated servers balance holds 9 000 ₽.
    // The periods are Moscow's months: December begins at 21:00 UTC on 30 November.
    await later(Date.parse('2026-12-02T11:00:00.000Z'))
    expect((await servicesApi.get('svc-9')).service).toMatchObject({ status: 'active', paidUntil: '2026-12-31T21:00:00.000Z' })
    expect((await balance('dedicated')).moneyKopecks).toBe(990_00)
    expect((await chargesOf('svc-9'))[0]).toMatchObject({ at: '2026-11-30T21:00:00.000Z', amountKopecks: -8_010_00 })

    await later(Date.parse('2027-01-02T11:00:00.000Z'))
    expect((await servicesApi.get('svc-9')).service).toMatchObject({ status: 'stopped', stoppedReason: 'balance' })
    expect((await balance('dedicated')).moneyKopecks).toBe(990_00)
    expect((await homeApi.summary()).services.suspended).toContainEqual({ id: 'svc-9', name: 'db-main', type: 'dedicated' })
    expect((await failure(servicesApi.start('svc-9'))).problem.missingKopecks).toBe(8_010_00 - 990_00)

    await transfer('main', 'dedicated', 8_000_00)
    expect(await servicesApi.start('svc-9')).toMatchObject({ status: 'active', paidUntil: '2027-02-02T11:00:00.000Z' })
    expect((await balance('dedicated')).moneyKopecks).toBe(990_00 + 8_000_00 - 8_010_00)
  })
})
