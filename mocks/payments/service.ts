// The rules of top-ups: what an account may pay with, how a payment looks on the wire, and the
// money movements of a payment (credited at once, credited later by the simulated bank, declined),
// each recorded in the history and, where a real provider would, mailed to the account.
import type { AutoTopUp, BalanceKind, Payment, PaymentOptions, SavedCard } from '@/api/types'
import { topUpMethodsFor, TOP_UP_MAX_KOPECKS, TOP_UP_MIN_KOPECKS } from '@/validation/rules'
import { recordTransaction } from '../balance/ledger'
import { accountLanguage, billingTexts } from '../balance/texts'
import { toWire } from '../billingDocuments/service'
import type { DbAccount, DbAutoTopUp, DbPayment, DbSavedCard, DbState, DbUser } from '../kernel/schema'
import { mailTo, sendMailToEach } from '../mailbox/service'
import { paymentTexts } from './texts'
import { compareIso } from '../kernel/order'

/** Wrong 3-D Secure codes a payment takes; the last one declines it. */
export const CODE_ATTEMPTS = 3

export function paymentOptionsOf(db: DbState, account: DbAccount, user: DbUser): PaymentOptions {
  const admin = user.role === 'admin'
  return {
    methods: topUpMethodsFor(account.type, account.residency),
    minKopecks: TOP_UP_MIN_KOPECKS,
    maxKopecks: TOP_UP_MAX_KOPECKS,
    savedCards: admin ? savedCardsOf(db, account.id).map(savedCardOf) : [],
    canSaveCards: admin,
  }
}

export function savedCardsOf(db: DbState, accountId: string): DbSavedCard[] {
  return db.savedCards.filter((c) => c.accountId === accountId).sort((a, b) => compareIso(a.createdAt, b.createdAt))
}

export function savedCardOf(card: DbSavedCard): SavedCard {
  return { id: card.id, brand: card.brand, last4: card.last4, expiry: card.expiry, holder: card.holder, createdAt: card.createdAt }
}

export function paymentOf(db: DbState, payment: DbPayment): Payment {
  const invoice = payment.invoiceId ? db.billingDocuments.find((d) => d.id === payment.invoiceId) : undefined
  return {
    id: payment.id,
    method: payment.method,
    balance: payment.balance,
    amountKopecks: payment.amountKopecks,
    status: payment.status,
    declineReason: payment.declineReason === 'insufficientFunds' || payment.declineReason === 'threeDsFailed' ? payment.declineReason : null,
    createdAt: payment.createdAt,
    creditedAt: payment.creditedAt,
    card: payment.card ? { ...payment.card } : null,
    savedCardId: payment.savedCardId ?? null,
    sbpLink: payment.sbpPayload,
    invoice: invoice ? toWire(invoice) : null,
    codeAttemptsLeft: payment.status === 'requires-action' ? Math.max(0, CODE_ATTEMPTS - payment.failedCodeAttempts) : null,
    auto: payment.auto,
  }
}

/** The history line of a payment, in the account's language. */
export function paymentDescription(db: DbState, account: DbAccount, payment: DbPayment): string {
  const language = accountLanguage(account)
  if (payment.method === 'bank-transfer') {
    const invoice = db.billingDocuments.find((d) => d.id === payment.invoiceId)
    return billingTexts.invoicePayment(language, invoice?.number ?? payment.id)
  }
  const card = payment.card ? `${payment.card.brand} •• ${payment.card.last4}` : undefined
  const detail = payment.auto ? paymentTexts.autoDetail(language, card ?? '') : card
  return billingTexts.topUp(language, payment.method, detail)
}

function mailPaymentCredited(db: DbState, account: DbAccount, payment: DbPayment): void {
  const language = accountLanguage(account)
  const payer = db.users.find((u) => u.id === payment.userId)
  const to = new Set(mailTo(db, account.id))
  if (payer && payer.status === 'active') to.add(payer.email)
  sendMailToEach(db, [...to], {
    accountId: account.id,
    kind: 'payment-credited',
    ...paymentTexts.mailCredited(language, payment.amountKopecks, payment.balance, account.number),
    links: [{ label: paymentTexts.mailTransactionsLink(language), href: '/balance/transactions' }],
  })
}

/** Puts the money on the balance and marks the payment (and its pending history line, its invoice) credited. */
export function creditPayment(db: DbState, account: DbAccount, payment: DbPayment, at: string): void {
  payment.status = 'credited'
  payment.creditedAt = at
  payment.challengeHash = null
  account.balances[payment.balance].money += payment.amountKopecks
  account.balanceVersion += 1
  const pending = db.transactions.find((t) => t.paymentId === payment.id && t.status === 'pending')
  if (pending) {
    pending.status = 'credited'
    pending.at = at
  } else {
    recordTransaction(db, account, { at, operation: 'top-up', balance: payment.balance, amountKopecks: payment.amountKopecks, description: paymentDescription(db, account, payment), paymentId: payment.id })
  }
  const invoice = payment.invoiceId ? db.billingDocuments.find((d) => d.id === payment.invoiceId) : undefined
  if (invoice && invoice.status === 'pending') invoice.status = 'paid'
  mailPaymentCredited(db, account, payment)
}

/** The bank refused it: recorded as Declined in the history, nothing credited. */
export function declinePayment(db: DbState, account: DbAccount, payment: DbPayment, reason: 'insufficientFunds' | 'threeDsFailed', at: string): void {
  payment.status = 'declined'
  payment.declineReason = reason
  payment.challengeHash = null
  payment.saveCard = null
  recordTransaction(db, account, { at, operation: 'top-up', balance: payment.balance, amountKopecks: payment.amountKopecks, description: paymentDescription(db, account, payment), status: 'declined', paymentId: payment.id })
}

/** A payment the bank will credit later (SBP, bank transfer): "Pending payment" in the history until then. */
export function recordPending(db: DbState, account: DbAccount, payment: DbPayment): void {
  recordTransaction(db, account, { at: payment.createdAt, operation: 'top-up', balance: payment.balance, amountKopecks: payment.amountKopecks, description: paymentDescription(db, account, payment), status: 'pending', paymentId: payment.id })
}

/** The auto top-up of an account as stored, or the default (off, from the main balance). */
export function autoTopUpRecordOf(db: DbState, accountId: string): DbAutoTopUp {
  return (
    db.autoTopUps.find((a) => a.accountId === accountId) ?? {
      accountId,
      enabled: false,
      cardId: null,
      balance: 'main' satisfies BalanceKind,
      trigger: 'threshold',
      thresholdKopecks: 1_000_00,
      dayOfMonth: 1,
      amountKopecks: 5_000_00,
      lastRunAt: null,
      nextRunAt: null,
      belowThreshold: false,
    }
  )
}

export function autoTopUpOf(record: DbAutoTopUp): AutoTopUp {
  return {
    enabled: record.enabled,
    cardId: record.cardId,
    balance: record.balance,
    trigger: record.trigger,
    thresholdKopecks: record.thresholdKopecks,
    dayOfMonth: record.dayOfMonth,
    amountKopecks: record.amountKopecks,
    lastRunAt: record.lastRunAt,
    nextRunAt: record.enabled && record.trigger === 'monthly' ? record.nextRunAt : null,
  }
}
