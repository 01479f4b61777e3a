// Tickets: list (filter by status, search by subject, one page at a time), create, read, reply, close/reopen, mark read.
import type { TicketCreateRequest, TicketReplyRequest, TicketStatus, TicketStatusChange } from '@/api/types'
import { http } from '../kernel/api'
import { withAuth, type AuthContext } from '../kernel/auth'
import { nowIso } from '../kernel/clock'
import { registerDbSettler, updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { newId } from '../kernel/ids'
import { problem, validationProblem, type ProblemResponse } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbState, DbTicket } from '../kernel/schema'
import { isUnreadBy, markReadBy } from './reads'
import { canSee, DEFAULT_LIMIT, detailOf, matchesSearch, newestActivityFirst, nextTicketId, summaryOf } from './service'
import { deliverDueReplies } from './supportReplies'

// Support answers become due on every read of the data, so every endpoint (the home summary's
// unread count too) sees them at the same moment as the ticket list.
registerDbSettler((db, now) => deliverDueReplies(db.tickets, now))

/** Runs `change` on the visible ticket `id` (due support answers already delivered); 404 otherwise. */
function withTicket<R extends Response>(ctx: AuthContext, id: string, change: (ticket: DbTicket, db: DbState) => R): R | ProblemResponse {
  return updateDb((db) => {
    const ticket = db.tickets.find((t) => t.id === id)
    if (!ticket || !canSee(ctx, ticket)) return problem(404, 'tickets.notFound')
    return change(ticket, db)
  })
}

export const ticketsHandlers = [
  http.get(
    '/tickets',
    withAuth(({ response, request, ctx }) => {
      const params = new URL(request.url).searchParams
      // The contract has already refused any other status (422 from the pipeline).
      const status = (params.get('status') || 'all') as TicketStatus | 'all'
      const q = params.get('q')?.trim() ?? ''
      const limit = Number(params.get('limit') ?? DEFAULT_LIMIT)
      const offset = Number(params.get('offset') ?? 0)
      const { db } = ctx
      const matching = db.tickets.filter((t) => canSee(ctx, t) && (status === 'all' || t.status === status) && (!q || matchesSearch(t, q))).sort(newestActivityFirst)
      // Only the page shown is made into wire objects; the unread count is of every matching one.
      const unread = matching.reduce((count, t) => (isUnreadBy(t, ctx.user.id) ? count + 1 : count), 0)
      const items = matching.slice(offset, offset + limit).map((t) => summaryOf(db, t, ctx))
      return response(200).json({ items, total: matching.length, unread, limit, offset })
    }),
  ),

  http.post(
    '/tickets',
    withAuth(async ({ response, request, ctx }) => {
      const body = (await readJson<TicketCreateRequest>(request)) ?? {}
      const { fieldErrorsOf, ticketCreateSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(ticketCreateSchema, body)
      if (errors) return validationProblem(errors)
      const value = ticketCreateSchema.cast(body, { stripUnknown: true })
      const now = nowIso()
      const created = updateDb((db) => {
        const ticket: DbTicket = {
          id: nextTicketId(db),
          accountId: ctx.account.id,
          userId: ctx.user.id,
          subject: value.subject,
          category: value.category,
          service: value.service ?? null,
          status: 'open',
          createdAt: now,
          updatedAt: now,
          readAt: {},
          messages: [{ id: newId('msg'), author: 'customer', authorName: ctx.user.name || ctx.user.email, text: value.message, createdAt: now }],
          awaitingReply: true,
        }
        db.tickets.push(ticket)
        return detailOf(db, ticket, ctx)
      })
      return response(201).json(created)
    }),
  ),

  http.get(
    '/tickets/{id}',
    withAuth(({ response, params, ctx }) => withTicket(ctx, String(params.id), (ticket, db) => response(200).json(detailOf(db, ticket, ctx)))),
  ),

  http.post(
    '/tickets/{id}/messages',
    withAuth(async ({ response, request, params, ctx }) => {
      const body = (await readJson<TicketReplyRequest>(request)) ?? {}
      const { fieldErrorsOf, ticketReplySchema } = await loadSchemas()
      const errors = await fieldErrorsOf(ticketReplySchema, body)
      if (errors) return validationProblem(errors)
      const { message } = ticketReplySchema.cast(body, { stripUnknown: true })
      return withTicket(ctx, String(params.id), (ticket, db) => {
        if (ticket.status === 'closed') return problem(409, 'tickets.closed')
        const now = nowIso()
        ticket.messages.push({ id: newId('msg'), author: 'customer', authorName: ctx.user.name || ctx.user.email, text: message, createdAt: now })
        ticket.status = 'open'
        ticket.updatedAt = now
        ticket.awaitingReply = true
        return response(201).json(detailOf(db, ticket, ctx))
      })
    }),
  ),

  // Close ({status: 'closed'}) or reopen ({status: 'open'}); support acknowledges a reopened ticket.
  http.patch(
    '/tickets/{id}',
    withAuth(async ({ response, request, params, ctx }) => {
      const body = (await readJson<TicketStatusChange>(request)) ?? {}
      const { fieldErrorsOf, ticketStatusChangeSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(ticketStatusChangeSchema, body)
      if (errors) return validationProblem(errors)
      return withTicket(ctx, String(params.id), (ticket, db) => {
        const closing = body.status === 'closed'
        if (closing !== (ticket.status === 'closed')) {
          ticket.status = closing ? 'closed' : 'open'
          ticket.awaitingReply = !closing
          ticket.updatedAt = nowIso()
        }
        return response(200).json(detailOf(db, ticket, ctx))
      })
    }),
  ),

  http.post(
    '/tickets/{id}/read',
    withAuth(({ response, params, ctx }) =>
      withTicket(ctx, String(params.id), (ticket, db) => {
        markReadBy(ticket, ctx.user.id, nowIso())
        return response(200).json(detailOf(db, ticket, ctx))
      }),
    ),
  ),
]
