import { afterEach, describe, expect, it, vi } from 'vitest'
import { billingDocumentsApi } from '@/api/billingDocuments'
import type { BillingDocument } from '@/api/types'
import { moneyOf, transactionDay } from '@mocks/billingDocuments/documents'
import { readDb, updateDb } from '@mocks/kernel/db'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

afterEach(() => vi.useRealTimers())

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const DAY = 86_400_000

function account(id: string) {
  return readDb().accounts.find((a) => a.id === id)!
}

describe('mock API: billing documents', () => {
  it('refuses all three operations to a user who is not the main administrator', async () => {
    await loginAs('user.business.resident@demo.test')
    for (const call of [billingDocumentsApi.list(), billingDocumentsApi.get('doc-inv-204503-090'), billingDocumentsApi.requestReconciliationAct({ from: day(Date.now() - 30 * DAY), to: day(Date.now()) })]) {
      const error = await failure(call)
      expect([error.status, error.code]).toEqual([403, 'auth.forbiddenRole'])
    }
  })

  it('lists a resident company’s invoices, monthly UPDs and its reconciliation act, newest first', async () => {
    await loginAs('business.resident@demo.test')
    const { items, years } = await billingDocumentsApi.list()
    const types = new Set(items.map((d) => d.type))
    expect([...types].sort()).toEqual(['invoice', 'reconciliation-act', 'upd'])
    expect(items.filter((d) => d.type === 'upd')).toHaveLength(11)
    expect(items.map((d) => d.date)).toEqual([...items.map((d) => d.date)].sort().reverse())
    expect(years).toEqual([...new Set(items.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => b - a))
    // The invoice of the bank transfer still waiting for the bank is pending, the others are paid.
    const invoices = items.filter((d) => d.type === 'invoice')
    expect(invoices.find((d) => d.id === 'doc-inv-204503-090')).toMatchObject({ status: 'pending', number: '204503-0090', totalKopecks: 30_000_00 })
    expect(invoices.filter((d) => d.id !== 'doc-inv-204503-090').every((d) => d.status === 'paid')).toBe(true)
  })

  it('filters by year and by type', async () => {
    await loginAs('sole.resident@demo.test')
    const all = await billingDocumentsApi.list()
    const year = String(all.years.at(-1))
    const ofYear = await billingDocumentsApi.list({ year })
    expect(ofYear.items.length).toBeGreaterThan(0)
    expect(ofYear.items.every((d) => d.date.startsWith(`${year}-`))).toBe(true)
    expect(ofYear.items.length).toBe(all.items.filter((d) => d.date.startsWith(`${year}-`)).length)
    expect(ofYear.years).toEqual(all.years)
    const upds = await billingDocumentsApi.list({ type: 'upd' })
    expect(upds.items.length).toBeGreaterThan(0)
    expect(upds.items.every((d) => d.type === 'upd')).toBe(true)
    expect((await billingDocumentsApi.list({ year: '1999' })).items).toEqual([])
    expect((await failure(billingDocumentsApi.list({ year: '26' }))).status).toBe(422)
  })

  it.each(['personal.resident@demo.test', 'personal.nonresident@demo.test', 'business.nonresident@demo.test'])(
    'gives %s invoices only, and refuses it a reconciliation act',
    async (email) => {
      await loginAs(email)
      const { items } = await billingDocumentsApi.list()
      expect(items.length).toBeGreaterThan(0)
      expect(items.every((d) => d.type === 'invoice')).toBe(true)
      expect((await billingDocumentsApi.list({ type: 'upd' })).items).toEqual([])
      const error = await failure(billingDocumentsApi.requestReconciliationAct({ from: day(Date.now() - 30 * DAY), to: day(Date.now()) }))
      expect([error.status, error.code]).toEqual([403, 'billingDocuments.actNotAvailable'])
    },
  )

  it('gives an invoice with both parties’ requisites and the payment purpose, in the customer’s language', async () => {
    await loginAs('business.nonresident@demo.test')
    const { items } = await billingDocumentsApi.list()
    const invoice = await billingDocumentsApi.get(items[0]!.id)
    expect(invoice).toMatchObject({ type: 'invoice', language: 'en', vatRatePercent: 20, periodFrom: null, entries: null })
    expect(invoice.supplier.name).toBe('Oblachnye Sistemy JSC')
    expect(invoice.customer).toMatchObject({ name: 'Weber Datentechnik GmbH', taxId: 'DE136695976', swift: 'DEUTDEFF' })
    expect(invoice.purpose).toBe(`Top-up of personal account No. 204504 under invoice No. ${invoice.number}, incl. VAT 20%`)
    expect(invoice.vatKopecks).toBe(Math.round((invoice.totalKopecks * 20) / 120))
    expect(invoice.lines.reduce((sum, l) => sum + l.amountKopecks, 0)).toBe(invoice.totalKopecks)
  })

  it('makes a UPD of the month’s charges by service, VAT included', async () => {
    await loginAs('business.resident@demo.test')
    const { items } = await billingDocumentsApi.list({ type: 'upd' })
    const upd = await billingDocumentsApi.get(items[0]!.id)
    expect(upd.language).toBe('ru')
    const charged = readDb()
      .transactions.filter((t) => t.accountId === 'acc-business-res' && t.operation === 'charge' && t.status === 'credited')
      .filter((t) => transactionDay(t) >= upd.periodFrom! && transactionDay(t) <= upd.periodTo!)
    expect(charged.length).toBeGreaterThan(0)
    expect(upd.totalKopecks).toBe(-charged.reduce((sum, t) => sum + moneyOf(t), 0))
    expect(upd.lines.length).toBe(new Set(charged.map((t) => t.serviceId)).size)
    expect(upd.lines.reduce((sum, l) => sum + l.amountKopecks, 0)).toBe(upd.totalKopecks)
    expect(upd.vatKopecks).toBe(Math.round((upd.totalKopecks * 20) / 120))
    // The biggest service of the month first, worded in the customer's language.
    const byService = new Map<string, number>()
    for (const t of charged) byService.set(t.serviceName!, (byService.get(t.serviceName!) ?? 0) - moneyOf(t))
    const [biggest] = [...byService].sort((a, b) => b[1] - a[1])[0]!
    expect(upd.lines[0]!.name).toMatch(new RegExp(`^Услуги «(Облачные серверы|Выделенные серверы|Объектное хранилище)» \\(${biggest}\\) за `))
  })

  it('does not show another account’s document', async () => {
    await loginAs('sole.resident@demo.test')
    const error = await failure(billingDocumentsApi.get('doc-inv-204503-090'))
    expect([error.status, error.code]).toEqual([404, 'billingDocuments.notFound'])
  })

  it('draws up a reconciliation act whose totals are the account’s payments and charges', async () => {
    await loginAs('business.resident@demo.test')
    const to = day(Date.now())
    const from = day(Date.now() - 300 * DAY)
    const act: BillingDocument = await billingDocumentsApi.requestReconciliationAct({ from, to })
    expect(act).toMatchObject({ type: 'reconciliation-act', periodFrom: from, periodTo: to, date: to, language: 'ru', number: '204503-A002' })

    const money = readDb().transactions.filter((t) => t.accountId === 'acc-business-res' && t.status === 'credited' && t.balance !== 'referral' && t.operation !== 'bonus')
    const inPeriod = money.filter((t) => transactionDay(t) >= from && transactionDay(t) <= to)
    const debit = act.entries!.reduce((sum, e) => sum + e.debitKopecks, 0)
    const credit = act.entries!.reduce((sum, e) => sum + e.creditKopecks, 0)
    expect(debit).toBe(-inPeriod.filter((t) => t.operation === 'charge').reduce((sum, t) => sum + moneyOf(t), 0))
    // Payments: the top-ups, and what came in from the referral balance (a transfer with no half among the money lines).
    expect(credit).toBe(inPeriod.filter((t) => t.operation === 'top-up').reduce((sum, t) => sum + moneyOf(t), 0) + inPeriod.filter((t) => t.operation === 'transfer' && t.balance === 'main' && t.amountKopecks > 0 && money.every((o) => o.transferId !== t.transferId || o === t)).reduce((sum, t) => sum + t.amountKopecks, 0))
    expect(act.totalKopecks).toBe(debit)
    expect(act.closingBalanceKopecks).toBe(act.openingBalanceKopecks! + debit - credit)
    // Up to today, the customer's advance in the supplier's books is the money on its balances.
    const balances = account('acc-business-res').balances
    expect(act.closingBalanceKopecks).toBe(-(balances.main.money + balances.cloud.money + balances.dedicated.money + balances.storage.money))
    // Each full month of services cites its UPD.
    expect(act.entries!.filter((e) => e.debitKopecks > 0 && e.description.includes('УПД №')).length).toBeGreaterThanOrEqual(9)

    const listed = await billingDocumentsApi.list({ type: 'reconciliation-act' })
    expect(listed.items[0]!.id).toBe(act.id)
    expect(await billingDocumentsApi.get(act.id)).toEqual(act)
    expect(readDb().mail.some((m) => m.to === 'business.resident@demo.test' && m.kind === 'document-ready' && m.subject.includes(act.number))).toBe(true)
  })

  it.each([
    [{ from: '', to: '' }, { from: 'validation.reconciliation.fromRequired', to: 'validation.reconciliation.toRequired' }],
    [{ from: '2025-02-30', to: 'soon' }, { from: 'validation.date', to: 'validation.date' }],
    [{ from: 'TODAY', to: 'YESTERDAY' }, { to: 'validation.reconciliation.order' }],
    [{ from: 'YEAR_AGO', to: 'TODAY' }, { to: 'validation.reconciliation.tooLong' }],
    [{ from: 'TODAY', to: 'TOMORROW' }, { to: 'validation.reconciliation.inFuture' }],
  ])('refuses the period %o', async (period, errors) => {
    const now = Date.now()
    const dates: Record<string, string> = { TODAY: day(now), YESTERDAY: day(now - DAY), TOMORROW: day(now + DAY), YEAR_AGO: `${Number(day(now).slice(0, 4)) - 1}${day(now).slice(4)}` }
    await loginAs('state.resident@demo.test')
    const error = await failure(billingDocumentsApi.requestReconciliationAct({ from: dates[period.from] ?? period.from, to: dates[period.to] ?? period.to }))
    expect(error.status).toBe(422)
    expect(error.problem.errors).toEqual(errors)
  })

  it('draws up the month’s UPD on the 1st of the next month, and mails that it is ready', async () => {
    await loginAs('sole.resident@demo.test')
    const before = await billingDocumentsApi.list({ type: 'upd' })
    const now = new Date()
    const thisMonth = day(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
    expect(before.items.some((d) => d.periodFrom === thisMonth)).toBe(false)

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 0, 30))
    await loginAs('sole.resident@demo.test') // the session has expired meanwhile
    const after = await billingDocumentsApi.list({ type: 'upd' })
    expect(after.items).toHaveLength(before.items.length + 1)
    const upd = await billingDocumentsApi.get(after.items[0]!.id)
    expect(upd.periodFrom).toBe(thisMonth)
    expect(upd.lines[0]!.name).toContain('shop-1')
    expect(upd.totalKopecks).toBeGreaterThan(0)
    expect(readDb().mail.filter((m) => m.to === 'sole.resident@demo.test' && m.kind === 'document-ready' && m.subject.includes(upd.number))).toHaveLength(1)
    // Once: another read draws nothing more.
    expect((await billingDocumentsApi.list({ type: 'upd' })).items).toHaveLength(after.items.length)
  })

  it('marks an invoice paid once the bank credits its payment', async () => {
    await loginAs('business.resident@demo.test')
    updateDb((db) => {
      db.payments.find((p) => p.invoiceId === 'doc-inv-204503-090')!.status = 'credited'
    })
    expect((await billingDocumentsApi.get('doc-inv-204503-090')).status).toBe('paid')
  })
})
