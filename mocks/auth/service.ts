// Sessions and the login lockout: the rules behind log in, registration and log out.
import type { SessionUser } from '@/api/types'
import { now, nowIso } from '../kernel/clock'
import { newId, newToken } from '../kernel/ids'
import type { DbAccount, DbState, DbUser } from '../kernel/schema'

export const LOCKOUT_ATTEMPTS = 5
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

export function sessionUser(user: DbUser, account: DbAccount): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    accountId: account.id,
    accountNumber: account.number,
    accountType: account.type,
    residency: account.residency,
  }
}

export function startSession(db: DbState, user: DbUser, request: Request): string {
  const token = newToken()
  const at = now()
  const userAgent = request.headers.get('User-Agent') ?? ''
  db.sessions.push({
    token,
    userId: user.id,
    createdAt: new Date(at).toISOString(),
    expiresAt: new Date(at + SESSION_TTL_MS).toISOString(),
    userAgent,
  })
  db.loginEvents.push({ id: newId('login'), userId: user.id, at: new Date(at).toISOString(), userAgent, success: true })
  return token
}

export function recordFailedLogin(db: DbState, user: DbUser, request: Request): void {
  db.loginEvents.push({ id: newId('login'), userId: user.id, at: nowIso(), userAgent: request.headers.get('User-Agent') ?? '', success: false })
}

/** The next free account number (seeded accounts start at 204501). */
export function nextAccountNumber(db: DbState): string {
  const numbers = db.accounts.map((a) => Number.parseInt(a.number, 10)).filter((n) => !Number.isNaN(n))
  return String(Math.max(204_500, ...numbers) + 1)
}

/** Failed attempts for this email still inside the lockout window. */
export function recentFailures(db: DbState, email: string, at: number): number[] {
  return (db.failedLogins[email] ?? []).filter((failedAt) => at - failedAt < LOCKOUT_WINDOW_MS)
}
