// Who sees which billing documents and how they look on the wire, and what happens on the mock's
// clock: the month's UPD is drawn up on the 1st of the next month, an invoice is paid once the bank
// credits its payment.
import type { BillingDocument, BillingDocumentList, BillingDocumentSummary, BillingDocumentType } from '@/api/types'
import { chargeRunningServices } from '../balance/charges'
import type { DbAccount, DbBillingDocument, DbState } from '../kernel/schema'
import { mailTo, sendMailToEach } from '../mailbox/service'
import { buildUpd, hasClosingDocuments, isoDay, monthStartOf, syncInvoiceStatus } from './documents'
import { documentLanguage } from './parties'
import { documentTexts } from './texts'
import { compareIso } from '../kernel/order'

/** The documents the account has: Personal accounts and non-residents have invoices only. */
export function documentsOf(db: DbState, account: DbAccount): DbBillingDocument[] {
  const closing = hasClosingDocuments(account)
  return db.billingDocuments.filter((d) => d.accountId === account.id && (closing || d.type === 'invoice'))
}

export function toWire(doc: DbBillingDocument): BillingDocument {
  const wire: Partial<DbBillingDocument> = structuredClone(doc)
  delete wire.accountId
  delete wire.createdAt
  return wire as BillingDocument
}

function summaryOf(doc: DbBillingDocument): BillingDocumentSummary {
  return { id: doc.id, type: doc.type, number: doc.number, date: doc.date, periodFrom: doc.periodFrom, periodTo: doc.periodTo, totalKopecks: doc.totalKopecks, status: doc.status }
}

/** Newest first (by date, then by when it was made); `years` whatever the filters. */
export function listOf(docs: DbBillingDocument[], filters: { year?: string; type?: BillingDocumentType }): BillingDocumentList {
  const years = [...new Set(docs.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => b - a)
  const items = docs
    .filter((d) => (!filters.year || d.date.startsWith(`${filters.year}-`)) && (!filters.type || d.type === filters.type))
    .sort((a, b) => compareIso(b.date, a.date) || compareIso(b.createdAt, a.createdAt))
    .map(summaryOf)
  return { items, years }
}

/** How many months back the monthly settler catches up after a long jump of the clock. */
const CATCH_UP_MONTHS = 12

/**
 * The UPD of every month that has ended (up to a year back, after the newest UPD the account has)
 * and had charges. Returns the new documents; `mail` sends the "document ready" mails.
 */
export function drawUpMonthlyUpds(db: DbState, now: number, options: { mail: boolean }): DbBillingDocument[] {
  const lastMonth = monthStartOf(isoDay(now), -1)
  const accounts = db.accounts.filter(hasClosingDocuments)
  const due = accounts.filter((account) => !db.billingDocuments.some((d) => d.accountId === account.id && d.type === 'upd' && d.periodFrom === lastMonth))
  if (due.length === 0) return []
  // The month's last hours must be charged before its UPD adds them up.
  chargeRunningServices(db, now)
  const created: DbBillingDocument[] = []
  const createdAt = new Date(now).toISOString()
  for (const account of due) {
    const newest = db.billingDocuments
      .filter((d) => d.accountId === account.id && d.type === 'upd' && d.periodFrom)
      .reduce<string | null>((latest, d) => (latest === null || d.periodFrom! > latest ? d.periodFrom! : latest), null)
    for (let back = CATCH_UP_MONTHS; back >= 1; back -= 1) {
      const month = monthStartOf(isoDay(now), -back)
      if (newest && month <= newest) continue
      const upd = buildUpd(db, account, month, createdAt)
      if (!upd) continue
      db.billingDocuments.push(upd)
      created.push(upd)
      if (options.mail) {
        const language = documentLanguage(account)
        sendMailToEach(db, mailTo(db, account.id), {
          accountId: account.id,
          kind: 'document-ready',
          ...documentTexts.mailUpdReady(language, upd.number, month),
          links: [{ label: documentTexts.mailLink(language), href: '/balance/documents' }],
        })
      }
    }
  }
  return created
}

/** The settler: monthly UPDs, invoices paid. */
export function settleBillingDocuments(db: DbState, now: number): boolean {
  let changed = drawUpMonthlyUpds(db, now, { mail: true }).length > 0
  for (const doc of db.billingDocuments) changed = syncInvoiceStatus(doc, db.payments) || changed
  return changed
}
