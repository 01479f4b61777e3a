// Sessions, login attempts and the login lockout: the rules behind log in, registration and log out.
import type { LoginResult, SessionUser } from '@/api/types'
import { now } from '../kernel/clock'
import { newId, newToken } from '../kernel/ids'
import type { DbAccount, DbClientOrigin, DbState, DbUser } from '../kernel/schema'

export const LOCKOUT_ATTEMPTS = 5
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000
/** The password was right; the code must follow within this time. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000

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

/** Every attempt on an existing user goes to their login history. */
export function recordLoginEvent(db: DbState, userId: string, result: LoginResult, origin: DbClientOrigin, at: number = now()): void {
  db.loginEvents.push({ id: newId('login'), userId, at: new Date(at).toISOString(), result, origin: { ...origin } })
}

/** Whether this user has logged in from this client before (the simulated IP stands for the client id). */
export function isKnownClient(db: DbState, userId: string, origin: DbClientOrigin): boolean {
  return db.loginEvents.some((e) => e.userId === userId && e.result === 'success' && e.origin.ip === origin.ip)
}

/** Expired sessions (ended ones too) and log ins whose code never came are of no use any more. */
export function dropExpired(db: DbState, at: number): void {
  db.sessions = db.sessions.filter((s) => Date.parse(s.expiresAt) > at)
  db.loginChallenges = db.loginChallenges.filter((c) => Date.parse(c.expiresAt) > at)
}

/** A new session (and its `success` login event); returns its token. */
export function startSession(db: DbState, user: DbUser, origin: DbClientOrigin): string {
  const at = now()
  dropExpired(db, at)
  const token = newToken()
  const iso = new Date(at).toISOString()
  db.sessions.push({ id: newId('ses'), token, userId: user.id, createdAt: iso, expiresAt: new Date(at + SESSION_TTL_MS).toISOString(), lastActiveAt: iso, origin: { ...origin }, endedAt: null })
  recordLoginEvent(db, user.id, 'success', origin, at)
  return token
}

/** The half-way point of a log in with two-step authentication. */
export function startChallenge(db: DbState, user: DbUser): { token: string; expiresAt: string } {
  const at = now()
  dropExpired(db, at)
  const challenge = { token: newToken(), userId: user.id, expiresAt: new Date(at + CHALLENGE_TTL_MS).toISOString() }
  db.loginChallenges.push(challenge)
  return challenge
}

/** Ends every session of the user but `keepToken`'s; returns how many it ended. */
export function endSessionsOf(db: DbState, userId: string, keepToken: string | null): number {
  const at = now()
  let ended = 0
  for (const session of db.sessions) {
    if (session.userId !== userId || session.token === keepToken || session.endedAt || Date.parse(session.expiresAt) <= at) continue
    session.endedAt = new Date(at).toISOString()
    ended += 1
  }
  return ended
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
