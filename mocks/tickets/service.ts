// The tickets' rules: who sees which ticket, how a ticket looks on the wire, search, numbering.
// A user who is not the main administrator sees only the tickets they opened; the main
// administrator sees all of the account's. Anything else is 404, so ids of others stay hidden.
import type { Ticket, TicketSummary } from '@/api/types'
import type { AuthContext } from '../kernel/auth'
import type { DbState, DbTicket } from '../kernel/schema'
import { isUnreadBy } from './reads'

export function canSee(ctx: AuthContext, ticket: DbTicket): boolean {
  return ticket.accountId === ctx.account.id && (ctx.user.role === 'admin' || ticket.userId === ctx.user.id)
}

/** The ticket as `ctx.user` sees it: "unread" is their own mark, not the account's. */
export function summaryOf(db: DbState, ticket: DbTicket, ctx: AuthContext): TicketSummary {
  const opener = db.users.find((u) => u.id === ticket.userId)
  const { id, subject, category, service, status, createdAt, updatedAt } = ticket
  const unread = isUnreadBy(ticket, ctx.user.id)
  return { id, subject, category, service, status, createdAt, updatedAt, unread, openedBy: opener?.name || opener?.email || '', messageCount: ticket.messages.length }
}

export function detailOf(db: DbState, ticket: DbTicket, ctx: AuthContext): Ticket {
  return { ...summaryOf(db, ticket, ctx), messages: ticket.messages.map((m) => ({ ...m })), profileChange: ticket.profileChange?.map((c) => ({ ...c })) ?? null }
}

/** A page of the list when the request names none (the contract's default). */
export const DEFAULT_LIMIT = 20

/** For sort(): the latest change first (ISO times of one format compare as text). */
export function newestActivityFirst(a: DbTicket, b: DbTicket): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0
}

/** Lower case, "ё" as "е", so a search finds words however they are typed. */
const normalize = (text: string) => text.toLowerCase().replace(/ё/g, 'е')

export function matchesSearch(ticket: DbTicket, q: string): boolean {
  const subject = normalize(ticket.subject)
  return normalize(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => subject.includes(word) || ticket.id === word.replace(/^#/, ''))
}

/** Tickets are numbered from 1001 up, across all accounts (support quotes the number). */
export function nextTicketId(db: DbState): string {
  const numbers = db.tickets.map((t) => Number.parseInt(t.id, 10)).filter((n) => !Number.isNaN(n))
  return String(Math.max(1000, ...numbers) + 1)
}
