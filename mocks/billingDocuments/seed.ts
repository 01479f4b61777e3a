// The seeded billing documents, made from the seeded billing history (so run after seedBilling):
// the invoice of every bank-transfer top-up (paid, or pending with its payment), the UPD of each
// of the last twelve months that had charges, and one reconciliation act of the last half-year,
// for the accounts that have UPDs and acts (resident Business, Sole trader, State institution).
import { invoiceNumber } from '../balance/seed'
import type { DbState } from '../kernel/schema'
import { buildInvoice, buildReconciliationAct, hasClosingDocuments, isoDay, monthEndOf, monthStartOf, nextActSequence } from './documents'
import { drawUpMonthlyUpds } from './service'

export function seedBillingDocuments(db: DbState, seededAt: number): void {
  for (const payment of db.payments) {
    if (payment.method !== 'bank-transfer' || !payment.invoiceId) continue
    const account = db.accounts.find((a) => a.id === payment.accountId)
    if (!account) continue
    // doc-inv-204503-090 is invoice No. 204503-0090 (mocks/balance/seed.ts numbers them so).
    const n = Number(payment.invoiceId.split('-').pop())
    db.billingDocuments.push(buildInvoice(account, payment, invoiceNumber(account.number, n)))
  }

  drawUpMonthlyUpds(db, seededAt, { mail: false })

  const today = isoDay(seededAt)
  const period = { from: monthStartOf(today, -6), to: monthEndOf(monthStartOf(today, -1)) }
  for (const account of db.accounts.filter(hasClosingDocuments)) {
    const sequence = nextActSequence(db, account.id)
    const id = `doc-act-${account.number}-${String(sequence).padStart(3, '0')}`
    db.billingDocuments.push(buildReconciliationAct(db, account, period, id, sequence, monthStartOf(today), new Date(seededAt).toISOString()))
  }
}
