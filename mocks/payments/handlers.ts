// Top-ups: the options of the account, a payment by card (the simulated bank's answer at once, or
// after a 3-D Secure code), by SBP and by bank transfer (credited later, on the mock clock), the
// saved cards and the auto top-up (the main administrator's). Paying is idempotent per key.
import type { AutoTopUpSettings, PaymentConfirmation, PaymentRequest } from '@/api/types'
import { cardBrand, topUpMethodsFor } from '@/validation/rules'
import { invoiceNumber } from '../balance/seed'
import { buildInvoice } from '../billingDocuments/documents'
import { documentLanguage } from '../billingDocuments/parties'
import { http } from '../kernel/api'
import { requireAdmin, withAdmin, withAuth } from '../kernel/auth'
import { now, nowIso } from '../kernel/clock'
import { loadSchemas } from '../kernel/formSchemas'
import { registerDbSettler, updateDb } from '../kernel/db'
import { once } from '../kernel/idempotency'
import { newId } from '../kernel/ids'
import { problem, validationProblem } from '../kernel/problems'
import { DELAYS_MS } from '../kernel/qaSettings'
import { readJson } from '../kernel/request'
import type { DbAccount, DbPayment, DbState } from '../kernel/schema'
import { mailTo, sendMailToEach } from '../mailbox/service'
import { cardOutcome, challengeHashOf, sha256, THREE_DS_CODE } from './cards'
import {
  autoTopUpOf,
  autoTopUpRecordOf,
  CODE_ATTEMPTS,
  creditPayment,
  declinePayment,
  paymentOf,
  paymentOptionsOf,
  recordPending,
  savedCardsOf,
} from './service'
import { creditDuePayments, nextMonthlyRun, runDueAutoTopUps } from './settlers'
import { paymentTexts } from './texts'

registerDbSettler((db, at) => creditDuePayments(db, at))
registerDbSettler((db, at) => runDueAutoTopUps(db, at))

function prefixed(errors: Record<string, string> | null, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([field, code]) => [`${prefix}.${field}`, code]))
}

/** The next invoice's sequence number of the account (after the seeded and the issued ones). */
function nextInvoiceSequence(db: DbState, account: DbAccount): number {
  const prefix = `doc-inv-${account.number}-`
  const used = db.payments.filter((p) => p.accountId === account.id && p.invoiceId?.startsWith(prefix)).map((p) => Number(p.invoiceId!.slice(prefix.length)))
  return Math.max(0, ...used.filter(Number.isFinite)) + 1
}

function issueInvoice(db: DbState, account: DbAccount, payment: DbPayment): void {
  const n = nextInvoiceSequence(db, account)
  payment.invoiceId = `doc-inv-${account.number}-${String(n).padStart(3, '0')}`
  const invoice = buildInvoice(account, payment, invoiceNumber(account.number, n))
  db.billingDocuments.push(invoice)
  const language = documentLanguage(account)
  sendMailToEach(db, mailTo(db, account.id), {
    accountId: account.id,
    kind: 'invoice-issued',
    ...paymentTexts.mailInvoiceIssued(language, invoice.number, invoice.totalKopecks),
    links: [{ label: paymentTexts.mailTopUpLink(language), href: '/balance/top-up' }],
  })
}

/** The SBP payment link the QR code shows (the format of the NSPK's dynamic QR links). */
function sbpLinkOf(account: DbAccount, paymentId: string, amountKopecks: number): string {
  const code = paymentId.replace(/[^a-z0-9]/gi, '').toUpperCase().slice(-12)
  return `https://qr.nspk.ru/AD10${account.number}${code}?type=02&bank=100000000111&sum=${amountKopecks}&cur=RUB&crc=${code.slice(-4)}`
}

export const paymentsHandlers = [
  http.get(
    '/payments/options',
    withAuth(({ response, ctx }) => response(200).json(paymentOptionsOf(ctx.db, ctx.account, ctx.user))),
  ),

  http.post(
    '/payments',
    withAuth(async ({ request, ctx }) => {
      const body = (await readJson<PaymentRequest>(request)) ?? {}
      const byCard = body.method === 'card'
      // Saving a card, or paying with a saved one, is the main administrator's.
      if (byCard && (body.card?.save || body.savedCardId)) {
        const refused = requireAdmin(ctx)
        if (refused) return refused
      }
      const methods = topUpMethodsFor(ctx.account.type, ctx.account.residency)
      const { cardSchema, fieldErrorsOf, topUpSchema } = await loadSchemas()
      const schema = topUpSchema(methods)
      const today = new Date(now())
      const errors = {
        ...(await fieldErrorsOf(schema, body)),
        ...(byCard && !body.savedCardId ? prefixed(await fieldErrorsOf(cardSchema(today), body.card ?? {}), 'card') : {}),
      }
      if (Object.keys(errors).length) return validationProblem(errors)
      const value = schema.cast(body, { stripUnknown: true })
      const card = byCard && !body.savedCardId ? cardSchema(today).cast(body.card, { stripUnknown: true }) : null

      // The key's fingerprint never holds the card itself: a hash of it stands in.
      const fingerprint = { method: value.method, amountKopecks: value.amountKopecks, balance: value.balance, savedCardId: byCard ? (body.savedCardId ?? null) : null, card: card ? await sha256(JSON.stringify(card)) : null }
      const id = newId('pay')
      const outcome = card ? cardOutcome(card.number) : 'success'
      const challengeHash = outcome === 'threeDs' ? await challengeHashOf(id, THREE_DS_CODE) : null

      return once(ctx, request, 'createPayment', fingerprint, (db) => {
        const account = db.accounts.find((a) => a.id === ctx.account.id)!
        const at = nowIso()
        const saved = byCard && body.savedCardId ? db.savedCards.find((c) => c.id === body.savedCardId && c.accountId === account.id) : undefined
        if (byCard && body.savedCardId && !saved) return validationProblem({ savedCardId: 'validation.topUp.savedCardUnknown' })
        const payment: DbPayment = {
          id,
          accountId: account.id,
          userId: ctx.user.id,
          method: value.method,
          balance: value.balance,
          amountKopecks: value.amountKopecks,
          status: 'pending',
          declineReason: null,
          createdAt: at,
          creditAt: null,
          creditedAt: null,
          card: card ? { brand: cardBrand(card.number), last4: card.number.slice(-4) } : saved ? { brand: saved.brand, last4: saved.last4 } : null,
          sbpPayload: value.method === 'sbp' ? sbpLinkOf(account, id, value.amountKopecks) : null,
          invoiceId: null,
          failedCodeAttempts: 0,
          challengeHash,
          auto: false,
          savedCardId: saved?.id ?? null,
          saveCard: card?.save ? { expiry: card.expiry, holder: card.holder } : null,
        }
        db.payments.push(payment)
        if (value.method === 'card') {
          if (outcome === 'insufficientFunds') declinePayment(db, account, payment, 'insufficientFunds', at)
          else if (outcome === 'threeDs') payment.status = 'requires-action'
          else creditCard(db, account, payment, at)
        } else {
          payment.creditAt = new Date(now() + DELAYS_MS[value.method === 'sbp' ? 'sbpConfirm' : 'bankTransferCredit']).toISOString()
          if (value.method === 'bank-transfer') issueInvoice(db, account, payment)
          recordPending(db, account, payment)
        }
        return { status: 201, body: paymentOf(db, payment) }
      })
    }),
  ),

  // Before /payments/{id}, which would take "auto-top-up" for an id.
  http.get(
    '/payments/auto-top-up',
    withAdmin(({ response, ctx }) => response(200).json(autoTopUpOf(autoTopUpRecordOf(ctx.db, ctx.account.id)))),
  ),

  http.get(
    '/payments/{id}',
    withAuth(({ response, params, ctx }) => {
      const payment = ctx.db.payments.find((p) => p.id === params.id && p.accountId === ctx.account.id)
      return payment ? response(200).json(paymentOf(ctx.db, payment)) : problem(404, 'payments.notFound')
    }),
  ),

  http.post(
    '/payments/{id}/confirm',
    withAuth(async ({ response, request, params, ctx }) => {
      const body = (await readJson<PaymentConfirmation>(request)) ?? {}
      const { fieldErrorsOf, threeDsCodeSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(threeDsCodeSchema, body)
      const found = ctx.db.payments.find((p) => p.id === params.id && p.accountId === ctx.account.id)
      if (!found) return problem(404, 'payments.notFound')
      if (errors) return validationProblem(errors)
      const hash = await challengeHashOf(found.id, threeDsCodeSchema.cast(body).code)
      const result = updateDb((db) => {
        const payment = db.payments.find((p) => p.id === found.id)!
        const account = db.accounts.find((a) => a.id === payment.accountId)!
        if (payment.status !== 'requires-action') return 'notAwaiting' as const
        const at = nowIso()
        if (hash === payment.challengeHash) {
          creditCard(db, account, payment, at)
        } else {
          payment.failedCodeAttempts += 1
          if (payment.failedCodeAttempts < CODE_ATTEMPTS) return 'wrong' as const
          declinePayment(db, account, payment, 'threeDsFailed', at)
        }
        return paymentOf(db, payment)
      })
      if (result === 'notAwaiting') return problem(409, 'payments.notAwaitingCode')
      if (result === 'wrong') return validationProblem({ code: 'validation.card.codeWrong' })
      return response(200).json(result)
    }),
  ),

  http.delete(
    '/payment-cards/{id}',
    withAdmin(({ response, params, ctx }) => {
      const removed = updateDb((db) => {
        const card = db.savedCards.find((c) => c.id === params.id && c.accountId === ctx.account.id)
        if (!card) return false
        db.savedCards = db.savedCards.filter((c) => c !== card)
        // An auto top-up from this card cannot run any more.
        for (const settings of db.autoTopUps) {
          if (settings.accountId !== ctx.account.id || settings.cardId !== card.id) continue
          settings.cardId = null
          settings.enabled = false
        }
        return true
      })
      return removed ? response(204).empty() : problem(404, 'payments.cardNotFound')
    }),
  ),

  http.put(
    '/payments/auto-top-up',
    withAdmin(async ({ response, request, ctx }) => {
      const body = (await readJson<AutoTopUpSettings>(request)) ?? {}
      const { autoTopUpSchema, fieldErrorsOf } = await loadSchemas()
      const schema = autoTopUpSchema(savedCardsOf(ctx.db, ctx.account.id).map((c) => c.id))
      const errors = await fieldErrorsOf(schema, body)
      if (errors) return validationProblem(errors)
      const value = schema.cast(body, { stripUnknown: true })
      const saved = updateDb((db) => {
        const account = db.accounts.find((a) => a.id === ctx.account.id)!
        const before = autoTopUpRecordOf(db, account.id)
        const at = now()
        const record = {
          ...before,
          enabled: value.enabled,
          cardId: value.cardId ?? null,
          balance: value.balance,
          trigger: value.trigger,
          thresholdKopecks: value.thresholdKopecks ?? before.thresholdKopecks,
          dayOfMonth: value.dayOfMonth,
          amountKopecks: value.amountKopecks,
          // A new schedule starts from now; a threshold counts from the balance as it is now.
          nextRunAt: value.trigger === 'monthly' ? nextMonthlyRun(at, value.dayOfMonth) : null,
          belowThreshold: false,
        }
        db.autoTopUps = [...db.autoTopUps.filter((s) => s.accountId !== account.id), record]
        // A balance already below the new threshold is topped up at once.
        runDueAutoTopUps(db, at)
        return autoTopUpOf(db.autoTopUps.find((s) => s.accountId === account.id)!)
      })
      return response(200).json(saved)
    }),
  ),
]

/** A card payment the bank charged: credited, and the card saved when asked ("Save card"). */
function creditCard(db: DbState, account: DbAccount, payment: DbPayment, at: string): void {
  if (payment.saveCard && payment.card) {
    const { expiry, holder } = payment.saveCard
    const { brand, last4 } = payment.card
    const existing = db.savedCards.find((c) => c.accountId === account.id && c.brand === brand && c.last4 === last4 && c.expiry === expiry)
    const card = existing ?? { id: newId('card'), accountId: account.id, brand, last4, expiry, holder, createdAt: at }
    if (!existing) db.savedCards.push(card)
    payment.savedCardId = card.id
    payment.saveCard = null
  }
  creditPayment(db, account, payment, at)
}
