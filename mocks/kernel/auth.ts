// Authentication for handlers: `withAuth(resolver)` resolves the bearer token to its user and
// account (or answers 401) and hands the resolver a context, so no handler checks tokens itself.
import type { Locale } from '@/api/types'
import { now } from './clock'
import { readDb, updateDb } from './db'
import { guarded, type ResolverInfo } from './guard'
import { problem, type ProblemResponse } from './problems'
import type { DbAccount, DbSession, DbState, DbUser } from './schema'
import { StorageFullError } from './storage'

/** A session's last activity is written at most this often, not on every request. */
export const LAST_ACTIVE_RESOLUTION_MS = 60_000

export interface AuthContext {
  /**
   * The current data (the parsed copy shared by every request until the stored text changes):
   * read it here, change it only inside updateDb.
   */
  db: DbState
  user: DbUser
  account: DbAccount
  token: string
  /** The session of the request ("This device" in the sessions list). */
  session: DbSession
  /** The language for texts the API writes for this user (e.g. confirmation tickets). */
  language: Locale
}

/** The language the request asks for (the client sends its interface language), if we have it. */
export function requestLanguage(request: Request): Locale | null {
  const first = (request.headers.get('Accept-Language') ?? '').split(',')[0]?.trim().slice(0, 2).toLowerCase()
  return first === 'ru' || first === 'en' ? first : null
}

export function bearerToken(request: Request): string {
  const header = request.headers.get('Authorization') ?? ''
  return header.startsWith('Bearer ') ? header.slice(7) : ''
}

/** Resolves the bearer token to its user, or returns the 401 response to send. */
export function authenticate(request: Request): AuthContext | ProblemResponse {
  const token = bearerToken(request)
  const at = now()
  let db = readDb()
  let session = token ? db.sessions.find((s) => s.token === token) : undefined
  if (!session) return problem(401, 'auth.unauthenticated')
  // Ended from another device or by a password change: the client words it and asks to log in.
  if (session.endedAt) return problem(401, 'auth.sessionEnded')
  if (Date.parse(session.expiresAt) <= at) return problem(401, 'auth.sessionExpired')
  if (at - Date.parse(session.lastActiveAt) >= LAST_ACTIVE_RESOLUTION_MS) {
    try {
      updateDb((next) => {
        const stored = next.sessions.find((s) => s.token === token)
        if (stored) stored.lastActiveAt = new Date(at).toISOString()
      })
      db = readDb()
      session = db.sessions.find((s) => s.token === token) ?? session
    } catch (error) {
      // Full storage must not refuse every request: the last activity is only a hint.
      if (!(error instanceof StorageFullError)) throw error
    }
  }
  const user = db.users.find((u) => u.id === session.userId)
  const account = user && db.accounts.find((a) => a.id === user.accountId)
  if (!user || !account) return problem(401, 'auth.unauthenticated')
  // The language on the user's screen (the client sends it); else the saved setting.
  const language = requestLanguage(request) ?? user.settings.language ?? 'en'
  return { db, user, account, token, session, language }
}

/** Wraps a resolver that needs a logged-in user: 401 before it runs when there is none. */
export function withAuth<Result, Info extends { request: Request } = ResolverInfo>(resolver: (info: Info & { ctx: AuthContext }) => Result | Promise<Result>) {
  return guarded<NoInfer<Result> | ProblemResponse, Info>(async (info: Info): Promise<NoInfer<Result> | ProblemResponse> => {
    const ctx = authenticate(info.request)
    if (ctx instanceof Response) return ctx
    return resolver({ ...info, ctx })
  })
}

/**
 * For a public route that adapts to who asks: the context of a valid session, else null (no
 * token, an unknown or an expired one). Never answers 401.
 */
export function optionalAuth(request: Request): AuthContext | null {
  if (!bearerToken(request)) return null
  const ctx = authenticate(request)
  return ctx instanceof Response ? null : ctx
}

/** 403 unless the user is the account's main administrator. */
export function requireAdmin(ctx: AuthContext): ProblemResponse | null {
  return ctx.user.role === 'admin' ? null : problem(403, 'auth.forbiddenRole')
}

/** Wraps a resolver only the main administrator may call: 401 without a session, 403 for a user. */
export function withAdmin<Result, Info extends { request: Request } = ResolverInfo>(resolver: (info: Info & { ctx: AuthContext }) => Result | Promise<Result>) {
  return withAuth<Result | ProblemResponse, Info>((info) => requireAdmin(info.ctx) ?? resolver(info))
}
