// Drawing up the billing documents from the account's data: the invoice of a bank-transfer top-up,
// the monthly UPD (the month's charges by service) and the reconciliation act (payments and
// services in the supplier's books). VAT (20%) is included in every amount. Money only: what the
// services' bonuses paid is not money the customer paid, so neither the UPD nor the act shows it.
import type { BalanceKind } from '@/api/types'
import { hasClosingDocuments as hasClosingDocumentsRule } from '@/validation/rules'
import type { DbAccount, DbBillingDocument, DbBillingDocumentLine, DbPayment, DbState, DbTransaction } from '../kernel/schema'
import { billingPartiesOf, documentLanguage } from './parties'
import { documentTexts } from './texts'
import { compareIso } from '../kernel/order'

export const VAT_RATE_PERCENT = 20

/** The VAT included in an amount. */
export function vatIncluded(kopecks: number): number {
  return Math.round((kopecks * VAT_RATE_PERCENT) / (100 + VAT_RATE_PERCENT))
}

/** UPDs and reconciliation acts are for resident Business accounts, Sole traders and State institutions. */
export function hasClosingDocuments(account: Pick<DbAccount, 'type' | 'residency'>): boolean {
  return hasClosingDocumentsRule(account.type, account.residency)
}

// ---- Calendar days (UTC, as the rest of the mock's billing) ----

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The first day of the month `offset` months from the month of `day` (YYYY-MM-DD). */
export function monthStartOf(day: string, offset = 0): string {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + offset, 1))
  return isoDay(date.getTime())
}

export function monthEndOf(monthStart: string): string {
  return isoDay(Date.parse(`${monthStartOf(monthStart, 1)}T00:00:00Z`) - 86_400_000)
}

/**
 * The day a transaction belongs to. A charge pays for the time before it, so one made at the first
 * instant of a month (the seeded monthly charges) is the last day of the month before.
 */
export function transactionDay(t: Pick<DbTransaction, 'at' | 'operation'>): string {
  return isoDay(Date.parse(t.at) - (t.operation === 'charge' ? 1 : 0))
}

/** What of a transaction's amount was money (signed kopecks), not bonuses. */
export function moneyOf(t: Pick<DbTransaction, 'amountKopecks' | 'bonusKopecks'>): number {
  return t.amountKopecks - Math.sign(t.amountKopecks) * t.bonusKopecks
}

// ---- The documents ----

type Content = Pick<DbBillingDocument, 'type' | 'number' | 'date' | 'periodFrom' | 'periodTo' | 'lines' | 'totalKopecks' | 'purpose' | 'status'> &
  Partial<Pick<DbBillingDocument, 'openingBalanceKopecks' | 'closingBalanceKopecks' | 'entries'>>

function documentOf(account: DbAccount, id: string, content: Content, createdAt: string): DbBillingDocument {
  return {
    id,
    accountId: account.id,
    language: documentLanguage(account),
    ...billingPartiesOf(account),
    vatRatePercent: VAT_RATE_PERCENT,
    vatKopecks: vatIncluded(content.totalKopecks),
    openingBalanceKopecks: null,
    closingBalanceKopecks: null,
    entries: null,
    ...content,
    createdAt,
  }
}

/** The invoice a bank-transfer top-up is paid under (its id is the payment's `invoiceId`). */
export function buildInvoice(account: DbAccount, payment: DbPayment, number: string): DbBillingDocument {
  const language = documentLanguage(account)
  const line: DbBillingDocumentLine = {
    name: documentTexts.invoiceLine(language, account.number),
    quantity: 1,
    unit: documentTexts.unit(language),
    priceKopecks: payment.amountKopecks,
    amountKopecks: payment.amountKopecks,
  }
  return documentOf(
    account,
    payment.invoiceId ?? `doc-inv-${payment.id}`,
    {
      type: 'invoice',
      number,
      date: payment.createdAt.slice(0, 10),
      periodFrom: null,
      periodTo: null,
      lines: [line],
      totalKopecks: payment.amountKopecks,
      purpose: documentTexts.invoicePurpose(language, account.number, number),
      status: payment.status === 'credited' ? 'paid' : payment.status === 'declined' ? 'issued' : 'pending',
    },
    payment.createdAt,
  )
}

/** An invoice follows its payment: paid once the bank credits it. Returns whether it changed. */
export function syncInvoiceStatus(doc: DbBillingDocument, payments: readonly DbPayment[]): boolean {
  if (doc.type !== 'invoice' || doc.status !== 'pending') return false
  const payment = payments.find((p) => p.invoiceId === doc.id)
  if (payment?.status !== 'credited') return false
  doc.status = 'paid'
  return true
}

function accountTransactions(db: DbState, accountId: string): DbTransaction[] {
  return db.transactions.filter((t) => t.accountId === accountId && t.status === 'credited')
}

/** The UPD's lines: the month's charges of each service (money paid), one line per service. */
export function monthLines(db: DbState, account: DbAccount, monthStart: string): DbBillingDocumentLine[] {
  const language = documentLanguage(account)
  const monthEnd = monthEndOf(monthStart)
  const byService = new Map<string, { kind: BalanceKind; name: string; kopecks: number }>()
  for (const t of accountTransactions(db, account.id)) {
    if (t.operation !== 'charge' || t.balance === 'referral') continue
    const day = transactionDay(t)
    if (day < monthStart || day > monthEnd) continue
    const key = t.serviceId ?? t.serviceName ?? t.balance
    const line = byService.get(key) ?? { kind: t.balance, name: t.serviceName ?? '—', kopecks: 0 }
    line.kopecks += -moneyOf(t)
    byService.set(key, line)
  }
  return [...byService.values()]
    .filter((line) => line.kopecks > 0)
    .sort((a, b) => b.kopecks - a.kopecks)
    .map((line) => ({ name: documentTexts.updLine(language, line.kind, line.name, monthStart), quantity: 1, unit: documentTexts.unit(language), priceKopecks: line.kopecks, amountKopecks: line.kopecks }))
}

export function updNumber(account: DbAccount, monthStart: string): string {
  return `${account.number}-${monthStart.slice(0, 4)}-${monthStart.slice(5, 7)}`
}

/** The month's UPD, dated its last day; null when nothing was charged in the month. */
export function buildUpd(db: DbState, account: DbAccount, monthStart: string, createdAt: string): DbBillingDocument | null {
  const lines = monthLines(db, account, monthStart)
  if (lines.length === 0) return null
  const monthEnd = monthEndOf(monthStart)
  return documentOf(
    account,
    `doc-upd-${account.number}-${monthStart.slice(0, 7)}`,
    {
      type: 'upd',
      number: updNumber(account, monthStart),
      date: monthEnd,
      periodFrom: monthStart,
      periodTo: monthEnd,
      lines,
      totalKopecks: lines.reduce((sum, line) => sum + line.amountKopecks, 0),
      purpose: null,
      status: 'issued',
    },
    createdAt,
  )
}

/**
 * The transactions that are money between the customer and the supplier: credited top-ups, charges
 * and refunds of the main and service balances, and what came in from the referral balance. A
 * transfer between the main and a service balance moves the customer's own money: not an entry.
 */
function settlementTransactions(db: DbState, accountId: string): DbTransaction[] {
  const credited = accountTransactions(db, accountId)
  const transferBalances = new Map<string, DbTransaction['balance'][]>()
  for (const t of credited) if (t.transferId) transferBalances.set(t.transferId, [...(transferBalances.get(t.transferId) ?? []), t.balance])
  return credited.filter((t) => {
    if (t.balance === 'referral' || t.operation === 'bonus' || moneyOf(t) === 0) return false
    if (t.operation !== 'transfer' || !t.transferId) return true
    return (transferBalances.get(t.transferId) ?? []).some((balance) => balance === 'referral')
  })
}

export interface ActPeriod {
  from: string
  to: string
}

/**
 * The act's figures, in the supplier's books: services rendered are debit (one entry per month,
 * citing its UPD), payments received credit; a positive balance is the customer's debt, a negative
 * one their advance. closing = opening + Σ debit − Σ credit.
 */
export function reconciliation(db: DbState, account: DbAccount, { from, to }: ActPeriod) {
  const language = documentLanguage(account)
  let opening = 0
  const entries: NonNullable<DbBillingDocument['entries']> = []
  const months = new Map<string, number>()
  for (const t of settlementTransactions(db, account.id)) {
    const day = transactionDay(t)
    const money = moneyOf(t)
    if (day < from) {
      opening -= money
      continue
    }
    if (day > to) continue
    if (t.operation === 'charge') {
      const month = monthStartOf(day)
      months.set(month, (months.get(month) ?? 0) - money)
    } else {
      entries.push({ date: day, description: t.description, debitKopecks: Math.max(0, -money), creditKopecks: Math.max(0, money) })
    }
  }
  for (const [month, kopecks] of months) {
    const start = month < from ? from : month
    const end = monthEndOf(month) > to ? to : monthEndOf(month)
    const upd = db.billingDocuments.find((d) => d.accountId === account.id && d.type === 'upd' && d.periodFrom === month)
    const cited = upd && start === month && end === monthEndOf(month) ? { number: upd.number, date: upd.date } : null
    entries.push({
      date: end,
      description: documentTexts.actServices(language, month, start, end, cited),
      debitKopecks: Math.max(0, kopecks),
      creditKopecks: Math.max(0, -kopecks),
    })
  }
  // By date; on one day the payment before the services it paid for.
  entries.sort((a, b) => compareIso(a.date, b.date) || b.creditKopecks - a.creditKopecks)
  const debit = entries.reduce((sum, e) => sum + e.debitKopecks, 0)
  const credit = entries.reduce((sum, e) => sum + e.creditKopecks, 0)
  return { openingBalanceKopecks: opening, closingBalanceKopecks: opening + debit - credit, entries, debitKopecks: debit, creditKopecks: credit }
}

export function buildReconciliationAct(db: DbState, account: DbAccount, period: ActPeriod, id: string, sequence: number, date: string, createdAt: string): DbBillingDocument {
  const figures = reconciliation(db, account, period)
  return documentOf(
    account,
    id,
    {
      type: 'reconciliation-act',
      number: `${account.number}-A${String(sequence).padStart(3, '0')}`,
      date,
      periodFrom: period.from,
      periodTo: period.to,
      lines: [],
      // What the act shows as rendered in the period (its VAT is the services').
      totalKopecks: figures.debitKopecks,
      purpose: null,
      status: 'issued',
      openingBalanceKopecks: figures.openingBalanceKopecks,
      closingBalanceKopecks: figures.closingBalanceKopecks,
      entries: figures.entries,
    },
    createdAt,
  )
}

/** The next act's sequence number of the account. */
export function nextActSequence(db: DbState, accountId: string): number {
  return db.billingDocuments.filter((d) => d.accountId === accountId && d.type === 'reconciliation-act').length + 1
}
