// QA's load test data: many times the tickets and transactions, to see that the lists stay fast.
//   POST /__qa/scale {factor: 1..200} → {factor, scope, tickets, transactions}
//        With a bearer (a session or a key): the signed-in persona's account only; without one:
//        every account (in the browser, 100x of every account is more than localStorage holds:
//        507 storage.full). The factor is of the data without copies, so calling it again replaces
//        the copies (factor 1 removes them); tickets and transactions added meanwhile stay and are
//        copied too. Copies are plausible: new ticket numbers after the highest, times moved back
//        (a ticket a day and a bit, a transaction a few hours per copy), nothing awaiting support,
//        no payment or transfer behind a transaction. Stored like any other change.
import { http, HttpResponse } from 'msw'
import { authenticate, bearerToken } from '../kernel/auth'
import { updateDb } from '../kernel/db'
import { guarded } from '../kernel/guard'
import { validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbTicket, DbTransaction } from '../kernel/schema'
import { QA_PATH } from './path'

export const MAX_SCALE_FACTOR = 200

/** Ids that mark a copy: its messages' (tickets keep numbers) and its own (transactions). */
const TICKET_COPY_MESSAGE = 'scale-'
const TRANSACTION_COPY = 'tx-scale-'

const MINUTE = 60_000
const TICKET_STEP_MS = 24 * 60 * MINUTE + 17 * MINUTE
const TRANSACTION_STEP_MS = 3 * 60 * MINUTE + 7 * MINUTE

export const isTicketCopy = (ticket: DbTicket) => ticket.messages.some((m) => m.id.startsWith(TICKET_COPY_MESSAGE))
export const isTransactionCopy = (transaction: DbTransaction) => transaction.id.startsWith(TRANSACTION_COPY)

const earlier = (iso: string, ms: number) => new Date(Date.parse(iso) - ms).toISOString()

function ticketCopy(ticket: DbTicket, id: string, copy: number): DbTicket {
  const shift = copy * TICKET_STEP_MS
  const readAt = Object.fromEntries(Object.entries(ticket.readAt).map(([userId, at]) => [userId, earlier(at, shift)]))
  const copied: DbTicket = {
    ...ticket,
    id,
    createdAt: earlier(ticket.createdAt, shift),
    updatedAt: earlier(ticket.updatedAt, shift),
    readAt,
    messages: ticket.messages.map((m, i) => ({ ...m, id: `${TICKET_COPY_MESSAGE}${id}-m${i + 1}`, createdAt: earlier(m.createdAt, shift) })),
    // Long past: no support answer becomes due for a copy.
    awaitingReply: false,
  }
  if (ticket.profileChange) copied.profileChange = ticket.profileChange.map((c) => ({ ...c }))
  return copied
}

function transactionCopy(transaction: DbTransaction, copy: number): DbTransaction {
  return {
    ...transaction,
    id: `${TRANSACTION_COPY}${copy}-${transaction.id}`,
    at: earlier(transaction.at, copy * TRANSACTION_STEP_MS),
    paymentId: null,
    transferId: null,
  }
}

interface ScaleResult {
  factor: number
  /** The account scaled, or 'all'. */
  scope: string
  /** How many there are now in the scope. */
  tickets: number
  transactions: number
}

/** Makes the tickets and transactions of `inScope` accounts `factor` times those without copies. */
export function scaleData(factor: number, inScope: (accountId: string) => boolean, scope: string): ScaleResult {
  return updateDb((db) => {
    const tickets = db.tickets.filter((t) => !(inScope(t.accountId) && isTicketCopy(t)))
    const transactions = db.transactions.filter((t) => !(inScope(t.accountId) && isTransactionCopy(t)))
    let next = tickets.reduce((max, t) => Math.max(max, Number.parseInt(t.id, 10) || 0), 1000)
    const ticketCopies: DbTicket[] = []
    const transactionCopies: DbTransaction[] = []
    const originals = tickets.filter((t) => inScope(t.accountId) && !isTicketCopy(t))
    const originalTransactions = transactions.filter((t) => inScope(t.accountId) && !isTransactionCopy(t))
    for (let copy = 1; copy < factor; copy++) {
      for (const ticket of originals) ticketCopies.push(ticketCopy(ticket, String(++next), copy))
      for (const transaction of originalTransactions) transactionCopies.push(transactionCopy(transaction, copy))
    }
    db.tickets = [...tickets, ...ticketCopies]
    db.transactions = [...transactions, ...transactionCopies]
    return {
      factor,
      scope,
      tickets: db.tickets.filter((t) => inScope(t.accountId)).length,
      transactions: db.transactions.filter((t) => inScope(t.accountId)).length,
    }
  })
}

export const scaleHandlers = [
  http.post(
    `${QA_PATH}/scale`,
    guarded(async ({ request }) => {
      const factor = (await readJson<{ factor: unknown }>(request))?.factor
      if (factor === undefined) return validationProblem({ factor: 'validation.required' })
      if (typeof factor !== 'number' || !Number.isInteger(factor) || factor < 1 || factor > MAX_SCALE_FACTOR) return validationProblem({ factor: 'validation.outOfRange' })
      if (!bearerToken(request)) return HttpResponse.json(scaleData(factor, () => true, 'all'))
      const ctx = await authenticate(request)
      if (ctx instanceof Response) return ctx
      const accountId = ctx.account.id
      return HttpResponse.json(scaleData(factor, (id) => id === accountId, accountId))
    }),
  ),
]
