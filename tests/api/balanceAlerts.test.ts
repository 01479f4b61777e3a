import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { balanceAlertsApi } from '@/api/balanceAlerts'
import type { BalanceAlertSettings } from '@/api/types'
import { hourlyPriceKopecks } from '@mocks/balance/forecast'
import { readDb, updateDb } from '@mocks/kernel/db'
import { MAILBOX_LIMIT, mailboxOf, sendMail } from '@mocks/mailbox/service'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const HOUR = 3_600_000
const ADMIN = 'personal.resident@demo.test'
const ACCOUNT = 'acc-personal-res'

const SETTINGS: BalanceAlertSettings = {
  enabled: true,
  thresholdType: 'rubles',
  thresholdKopecks: 500_00,
  thresholdDays: 7,
  frequency: '3h',
  channels: { email: true, telegram: false },
}

function lowBalanceMails(to: string) {
  return mailboxOf(readDb(), to).filter((m) => m.kind === 'low-balance')
}

/** What one hour of personal.resident's only running service (on the Cloud servers balance) costs. */
function cloudHourKopecks(): number {
  const service = readDb().accounts.find((a) => a.id === ACCOUNT)!.services!.find((s) => s.status === 'active' && s.type === 'cloud')!
  return hourlyPriceKopecks(service.pricePerMonthKopecks)
}

function setCloudBalance(money: number) {
  updateDb((db) => {
    db.accounts.find((a) => a.id === ACCOUNT)!.balances.cloud = { money, bonus: 0 }
  })
}

describe('mock API: low-balance notifications', () => {
  it('shows the account’s settings to the main administrator, who may change them', async () => {
    await loginAs('business.resident@demo.test')
    await expect(balanceAlertsApi.get()).resolves.toEqual({
      settings: { enabled: true, thresholdType: 'rubles', thresholdKopecks: 5_000_00, thresholdDays: 7, frequency: '6h', channels: { email: true, telegram: false } },
      canEdit: true,
    })
  })

  it('shows the same settings to a user of the account, read-only', async () => {
    await loginAs('user.business.resident@demo.test')
    const alerts = await balanceAlertsApi.get()
    expect(alerts.canEdit).toBe(false)
    expect(alerts.settings).toMatchObject({ enabled: true, thresholdKopecks: 5_000_00, frequency: '6h' })
  })

  it('refuses a change by a user who is not the main administrator, and keeps the settings', async () => {
    await loginAs('user.business.resident@demo.test')
    const error = await failure(balanceAlertsApi.save({ ...SETTINGS, enabled: false }))
    expect(error.status).toBe(403)
    expect(error.code).toBe('auth.forbiddenRole')
    expect((await balanceAlertsApi.get()).settings.enabled).toBe(true)
  })

  it('saves the main administrator’s settings for every user of the account', async () => {
    await loginAs('business.resident@demo.test')
    const change: BalanceAlertSettings = { enabled: true, thresholdType: 'days', thresholdKopecks: 1_234_56, thresholdDays: 14, frequency: 'day', channels: { email: true, telegram: true } }
    await expect(balanceAlertsApi.save(change)).resolves.toEqual({ settings: change, canEdit: true })
    await loginAs('user.business.resident@demo.test')
    await expect(balanceAlertsApi.get()).resolves.toEqual({ settings: change, canEdit: false })
  })

  it.each([
    ['a threshold under 1 ₽', { thresholdKopecks: 99 }, { thresholdKopecks: 'validation.balanceAlerts.thresholdRubles' }],
    ['a threshold over 1 000 000 ₽', { thresholdKopecks: 1_000_000_01 }, { thresholdKopecks: 'validation.balanceAlerts.thresholdRubles' }],
    ['a fraction of a kopeck', { thresholdKopecks: 100.5 }, { thresholdKopecks: 'validation.type' }],
    ['0 days', { thresholdDays: 0 }, { thresholdDays: 'validation.balanceAlerts.thresholdDays' }],
    ['91 days', { thresholdDays: 91 }, { thresholdDays: 'validation.balanceAlerts.thresholdDays' }],
    ['an alert with no channel', { channels: { email: false, telegram: false } }, { channels: 'validation.balanceAlerts.channelRequired' }],
    ['an unknown frequency', { frequency: 'week' }, { frequency: 'validation.oneOf' }],
  ])('refuses %s with 422 on the field', async (_, change, fieldErrors) => {
    await loginAs(ADMIN)
    const before = await balanceAlertsApi.get()
    const error = await failure(balanceAlertsApi.save({ ...SETTINGS, ...change } as BalanceAlertSettings))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual(fieldErrors)
    expect(await balanceAlertsApi.get()).toEqual(before)
  })

  it('accepts no channel while the alert is off', async () => {
    await loginAs(ADMIN)
    const off = { ...SETTINGS, enabled: false, channels: { email: false, telegram: false } }
    await expect(balanceAlertsApi.save(off)).resolves.toMatchObject({ settings: off })
  })
})

describe('mock backend: low-balance alerts on the mock clock', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    await loginAs(ADMIN)
  })
  afterEach(() => vi.useRealTimers())

  it('mails the main administrators of an account whose balance is already below the threshold, never its users', () => {
    const mails = lowBalanceMails('business.resident@demo.test')
    // Object storage holds 2 400 ₽, below the seeded 5 000 ₽; the other balances are above it or pay nothing.
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('Объектное хранилище')
    expect(lowBalanceMails('user.business.resident@demo.test')).toEqual([])
  })

  it('mails when an hourly charge takes a balance below the threshold, and reminds no more often than chosen', async () => {
    const start = Date.now()
    const hour = cloudHourKopecks()
    // Above 500 ₽ by a little more than one hour's charge: the second hour crosses the threshold.
    setCloudBalance(500_00 + hour + Math.ceil(hour / 2))
    await balanceAlertsApi.save(SETTINGS)

    vi.setSystemTime(start + HOUR)
    readDb()
    expect(lowBalanceMails(ADMIN)).toEqual([])

    vi.setSystemTime(start + 2 * HOUR)
    await balanceAlertsApi.get()
    const [mail] = lowBalanceMails(ADMIN)
    expect(lowBalanceMails(ADMIN)).toHaveLength(1)
    expect(mail).toMatchObject({ to: ADMIN, accountId: ACCOUNT, kind: 'low-balance', sentAt: new Date(start + 2 * HOUR).toISOString() })
    // A resident's mail is in Russian, names the balance, the amount left, the forecast and the threshold, and links to Top up.
    expect(mail!.subject).toBe(`Низкий баланс: Облачные серверы — ${rubles(500_00 + Math.ceil(hour / 2) - hour)}`)
    expect(mail!.text).toContain('На балансе «Облачные серверы» лицевого счёта № ')
    expect(mail!.text).toMatch(/хватит примерно на \d+ (день|дня|дней)/)
    expect(mail!.text).toContain(`меньше ${rubles(500_00)}`)
    expect(mail!.links).toContainEqual({ label: 'Пополнить баланс', href: '/balance/top-up' })

    // Every 3 hours: not after 2 more hours, then again after the third.
    vi.setSystemTime(start + 4 * HOUR)
    readDb()
    expect(lowBalanceMails(ADMIN)).toHaveLength(1)
    vi.setSystemTime(start + 5 * HOUR)
    readDb()
    expect(lowBalanceMails(ADMIN)).toHaveLength(2)
  })

  it('mails at once when a balance falls below again after it was topped up', async () => {
    const start = Date.now()
    const hour = cloudHourKopecks()
    setCloudBalance(500_00 - 1)
    await balanceAlertsApi.save({ ...SETTINGS, frequency: 'day' })
    readDb()
    expect(lowBalanceMails(ADMIN)).toHaveLength(1)
    // Back above the threshold, then one hour's charge later below it again: a new mail at once,
    // although a day has not passed since the last one.
    setCloudBalance(500_00 + Math.ceil(hour / 2))
    readDb()
    vi.setSystemTime(start + HOUR)
    readDb()
    expect(lowBalanceMails(ADMIN)).toHaveLength(2)
  })

  it('mails nothing while the alert is off, and nothing without the email channel', async () => {
    const start = Date.now()
    // Below the 500 ₽ of SETTINGS, but four days' worth: above the seeded alert's three days, so
    // nothing mails before the alert is switched off either.
    setCloudBalance(cloudHourKopecks() * 24 * 4)
    await balanceAlertsApi.save({ ...SETTINGS, enabled: false })
    vi.setSystemTime(start + 2 * HOUR)
    readDb()
    expect(lowBalanceMails(ADMIN)).toEqual([])

    // Telegram only: the mock has no Telegram to send to, so the mailbox stays empty.
    await balanceAlertsApi.save({ ...SETTINGS, channels: { email: false, telegram: true } })
    vi.setSystemTime(start + 3 * HOUR)
    readDb()
    expect(lowBalanceMails(ADMIN)).toEqual([])
  })

  it('with a threshold in days, mails when the forecast falls below it', async () => {
    const start = Date.now()
    const daily = cloudHourKopecks() * 24
    // Exactly 3 days and a bit less than an hour's charge more: the forecast says 3 days, not below 3.
    setCloudBalance(3 * daily + Math.ceil(cloudHourKopecks() / 2))
    await balanceAlertsApi.save({ ...SETTINGS, thresholdType: 'days', thresholdDays: 3, frequency: 'day' })
    readDb()
    expect(lowBalanceMails(ADMIN)).toEqual([])

    vi.setSystemTime(start + HOUR)
    readDb()
    const mails = lowBalanceMails(ADMIN)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain('хватит примерно на 2 дня')
    expect(mails[0]!.text).toContain('меньше чем на 3 дня')
  })

  it('writes a non-resident’s alert in English', () => {
    const [mail] = lowBalanceMails('business.nonresident@demo.test')
    // The main balance holds 350 ₽, below the seeded 1 000 ₽.
    expect(mail!.subject).toMatch(/^Low balance: Main balance — /)
    expect(mail!.text).toContain('The main balance of account No. ')
    expect(mail!.links).toContainEqual({ label: 'Top up balance', href: '/balance/top-up' })
  })
})

describe('mock mailbox', () => {
  it(`keeps the newest ${MAILBOX_LIMIT} mails of each recipient`, () => {
    updateDb((db) => {
      for (let i = 0; i < MAILBOX_LIMIT + 5; i++) {
        sendMail(db, { accountId: ACCOUNT, to: ADMIN, kind: 'payment-credited', subject: `Mail ${i}`, text: '', links: [], sentAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })
      }
    })
    const mails = mailboxOf(readDb(), ADMIN).filter((m) => m.kind === 'payment-credited')
    expect(mails).toHaveLength(MAILBOX_LIMIT)
    expect(mails[0]!.subject).toBe(`Mail ${MAILBOX_LIMIT + 4}`)
    expect(mails.at(-1)!.subject).toBe('Mail 5')
    // Another recipient's mail is not touched.
    expect(lowBalanceMails('business.resident@demo.test')).toHaveLength(1)
  })
})

function rubles(kopecks: number): string {
  return new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2 }).format(kopecks / 100)
}
