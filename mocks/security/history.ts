// Who may see whose login attempts: the main administrator every user of the account (and may
// filter by one), a user only their own.
import type { LoginHistoryPage } from '@/api/types'
import type { AuthContext } from '../kernel/auth'
import { loginEventView } from './view'
import { compareIso } from '../kernel/order'

export const DEFAULT_HISTORY_LIMIT = 20

/** The page, or why it is refused: asking for another user as a user, or for someone outside the account. */
export function loginHistoryPage(ctx: AuthContext, userFilter: string | null, limit: number, offset: number): LoginHistoryPage | 'forbidden' | 'unknownUser' {
  const { db, user, account } = ctx
  const visible = user.role === 'admin' ? db.users.filter((u) => u.accountId === account.id) : [user]
  if (userFilter !== null && !visible.some((u) => u.id === userFilter)) {
    return user.role === 'admin' ? 'unknownUser' : 'forbidden'
  }
  const byId = new Map(visible.map((u) => [u.id, u]))
  const wanted = userFilter === null ? byId : new Map([[userFilter, byId.get(userFilter)!]])
  // Newest first; attempts in the same millisecond keep the later one first (the list is in the order they happened).
  const events = db.loginEvents
    .filter((e) => wanted.has(e.userId))
    .reverse()
    .sort((a, b) => compareIso(b.at, a.at))
  return {
    items: events.slice(offset, offset + limit).map((e) => loginEventView(e, byId.get(e.userId))),
    total: events.length,
    limit,
    offset,
    users: visible.map((u) => ({ id: u.id, email: u.email, name: u.name })),
  }
}
