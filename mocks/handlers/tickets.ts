// Tickets: list (filter by status, search by subject), create, read, reply, close/reopen, mark read.
// A user who is not the main administrator sees only the tickets they opened; the main
// administrator sees all of the account's. Anything else is 404, so ids of others stay hidden.
import { http, HttpResponse } from 'msw'
import type { Ticket, TicketCreateRequest, TicketReplyRequest, TicketStatus, TicketStatusChange, TicketSummary } from '@/api/types'
import { fieldErrorsOf, ticketCreateSchema, ticketReplySchema, ticketStatusChangeSchema } from '@/validation/schemas'
import { registerDbSettler, updateDb } from '../db'
import type { DbState, DbTicket } from '../db/schema'
import { deliverDueReplies } from '../db/supportReplies'
import { isUnreadBy, markReadBy } from '../db/ticketReads'
import { API, authenticate, problem, readJson, validationProblem, type AuthContext } from '../http'
import { newId } from '../ids'

// Support answers become due on every read of the data, so every endpoint (the home summary's
// unread count too) sees them at the same moment as the ticket list.
registerDbSettler((db, now) => deliverDueReplies(db.tickets, now))

const STATUSES: (TicketStatus | 'all')[] = ['all', 'open', 'answered', 'closed']

function canSee(ctx: AuthContext, ticket: DbTicket): boolean {
  return ticket.accountId === ctx.account.id && (ctx.user.role === 'admin' || ticket.userId === ctx.user.id)
}

/** The ticket as `ctx.user` sees it: "unread" is their own mark, not the account's. */
function summaryOf(db: DbState, ticket: DbTicket, ctx: AuthContext): TicketSummary {
  const opener = db.users.find((u) => u.id === ticket.userId)
  const { id, subject, category, service, status, createdAt, updatedAt } = ticket
  const unread = isUnreadBy(ticket, ctx.user.id)
  return { id, subject, category, service, status, createdAt, updatedAt, unread, openedBy: opener?.name || opener?.email || '', messageCount: ticket.messages.length }
}

function detailOf(db: DbState, ticket: DbTicket, ctx: AuthContext): Ticket {
  return { ...summaryOf(db, ticket, ctx), messages: ticket.messages.map((m) => ({ ...m })), profileChange: ticket.profileChange?.map((c) => ({ ...c })) ?? null }
}

/** Lower case, "ё" as "е", so a search finds words however they are typed. */
const normalize = (text: string) => text.toLowerCase().replace(/ё/g, 'е')

function matchesSearch(ticket: DbTicket, q: string): boolean {
  const subject = normalize(ticket.subject)
  return normalize(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => subject.includes(word) || ticket.id === word.replace(/^#/, ''))
}

/** Runs `change` on the visible ticket `id` (due support answers already delivered); 404 otherwise. */
function withTicket(ctx: AuthContext, id: string, change: (ticket: DbTicket, db: DbState) => Response): Response {
  return updateDb((db) => {
    const ticket = db.tickets.find((t) => t.id === id)
    if (!ticket || !canSee(ctx, ticket)) return problem(404, 'tickets.notFound')
    return change(ticket, db)
  })
}

function nextTicketId(db: DbState): string {
  const numbers = db.tickets.map((t) => Number.parseInt(t.id, 10)).filter((n) => !Number.isNaN(n))
  return String(Math.max(1000, ...numbers) + 1)
}

export const ticketsHandlers = [
  http.get(`${API}/tickets`, ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    const params = new URL(request.url).searchParams
    const status = (params.get('status') || 'all') as TicketStatus | 'all'
    if (!STATUSES.includes(status)) return validationProblem({ status: 'validation.oneOf' })
    const q = params.get('q')?.trim() ?? ''
    const items = updateDb((db) =>
      db.tickets
        .filter((t) => canSee(ctx, t) && (status === 'all' || t.status === status) && (!q || matchesSearch(t, q)))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((t) => summaryOf(db, t, ctx)),
    )
    return HttpResponse.json({ items })
  }),

  http.post(`${API}/tickets`, async ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    const body = (await readJson<TicketCreateRequest>(request)) ?? {}
    const errors = await fieldErrorsOf(ticketCreateSchema, body)
    if (errors) return validationProblem(errors)
    const value = ticketCreateSchema.cast(body, { stripUnknown: true })
    const now = new Date().toISOString()
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
    return HttpResponse.json(created, { status: 201 })
  }),

  http.get(`${API}/tickets/:id`, ({ request, params }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    return withTicket(ctx, String(params.id), (ticket, db) => HttpResponse.json(detailOf(db, ticket, ctx)))
  }),

  http.post(`${API}/tickets/:id/messages`, async ({ request, params }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    const body = (await readJson<TicketReplyRequest>(request)) ?? {}
    const errors = await fieldErrorsOf(ticketReplySchema, body)
    if (errors) return validationProblem(errors)
    const { message } = ticketReplySchema.cast(body, { stripUnknown: true })
    return withTicket(ctx, String(params.id), (ticket, db) => {
      if (ticket.status === 'closed') return problem(409, 'tickets.closed')
      const now = new Date().toISOString()
      ticket.messages.push({ id: newId('msg'), author: 'customer', authorName: ctx.user.name || ctx.user.email, text: message, createdAt: now })
      ticket.status = 'open'
      ticket.updatedAt = now
      ticket.awaitingReply = true
      return HttpResponse.json(detailOf(db, ticket, ctx), { status: 201 })
    })
  }),

  // Close ({status: 'closed'}) or reopen ({status: 'open'}); support acknowledges a reopened ticket.
  http.patch(`${API}/tickets/:id`, async ({ request, params }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    const body = (await readJson<TicketStatusChange>(request)) ?? {}
    const errors = await fieldErrorsOf(ticketStatusChangeSchema, body)
    if (errors) return validationProblem(errors)
    return withTicket(ctx, String(params.id), (ticket, db) => {
      const closing = body.status === 'closed'
      if (closing !== (ticket.status === 'closed')) {
        ticket.status = closing ? 'closed' : 'open'
        ticket.awaitingReply = !closing
        ticket.updatedAt = new Date().toISOString()
      }
      return HttpResponse.json(detailOf(db, ticket, ctx))
    })
  }),

  http.post(`${API}/tickets/:id/read`, ({ request, params }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    return withTicket(ctx, String(params.id), (ticket, db) => {
      markReadBy(ticket, ctx.user.id)
      return HttpResponse.json(detailOf(db, ticket, ctx))
    })
  }),
]
