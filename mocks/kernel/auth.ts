// Authentication for handlers: `withAuth(resolver)` resolves the bearer to its user and account
// (or answers 401) and hands the resolver a context, so no handler checks tokens itself. The
// bearer is a session token (log in) or an API key secret (`ccp_…`, apiKeyAuth.ts); the few
// operations a key must not reach (managing keys, the account's security) use `withSession`.
import type { Locale } from '@/api/types'
import { API_KEY_PREFIX, checkApiKey } from './apiKeyAuth'
import { now } from './clock'
import { readDb, touchDb } from './db'
import { guarded, type ResolverInfo } from './guard'
import { sha256Hex } from './hash'
import { problem, type ProblemResponse } from './problems'
import type { DbAccount, DbApiKey, DbSession, DbState, DbUser } from './schema'

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
  /** The bearer as sent: a session token or a key's secret. */
  token: string
  /** The session of the request ("This device" in the sessions list); null when a key made it. */
  session: DbSession | null
  /** The API key that made the request; null for a session. */
  apiKey: DbApiKey | null
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

/** What a session-only resolver gets: never a key. */
export type SessionContext = AuthContext & { session: DbSession; apiKey: null }

function contextOf(db: DbState, request: Request, userId: string, token: string, via: Pick<AuthContext, 'session' | 'apiKey'>): AuthContext | null {
  const user = db.users.find((u) => u.id === userId)
  const account = user && db.accounts.find((a) => a.id === user.accountId)
  if (!user || !account) return null
  // The language on the user's screen (the client sends it); else the saved setting.
  const language = requestLanguage(request) ?? user.settings.language ?? 'en'
  return { db, user, account, token, language, ...via }
}

function authenticateSession(request: Request, token: string): AuthContext | ProblemResponse {
  const at = now()
  let db = readDb()
  let session = token ? db.sessions.find((s) => s.token === token) : undefined
  if (!session) return problem(401, 'auth.unauthenticated')
  // Ended from another device or by a password change: the client words it and asks to log in.
  if (session.endedAt) return problem(401, 'auth.sessionEnded')
  if (Date.parse(session.expiresAt) <= at) return problem(401, 'auth.sessionExpired')
  if (at - Date.parse(session.lastActiveAt) >= LAST_ACTIVE_RESOLUTION_MS) {
    db = touchDb((next) => {
      const stored = next.sessions.find((s) => s.token === token)
      if (stored) stored.lastActiveAt = new Date(at).toISOString()
    })
    session = db.sessions.find((s) => s.token === token) ?? session
  }
  return contextOf(db, request, session.userId, token, { session, apiKey: null }) ?? problem(401, 'auth.unauthenticated')
}

async function authenticateKey(request: Request, secret: string): Promise<AuthContext | ProblemResponse> {
  // Hashed before the data is read: the checks below and the write run on one fresh copy.
  const hash = await sha256Hex(secret)
  const at = now()
  let db = readDb()
  const checked = checkApiKey(db, request, hash, at)
  if (checked instanceof Response) return checked
  let key = checked.key
  if (checked.touch) {
    db = touchDb((next) => {
      const stored = next.apiKeys.find((k) => k.id === key.id)
      if (!stored) return
      stored.lastUsedAt = new Date(at).toISOString()
      stored.lastUsedIp = checked.ip
    })
    key = db.apiKeys.find((k) => k.id === key.id) ?? key
  }
  return contextOf(db, request, key.userId, secret, { session: null, apiKey: key }) ?? problem(401, 'auth.keyInvalid')
}

/** Resolves the bearer (a session token or an API key) to its user, or returns the refusal to send. */
export async function authenticate(request: Request): Promise<AuthContext | ProblemResponse> {
  const token = bearerToken(request)
  return token.startsWith(API_KEY_PREFIX) ? authenticateKey(request, token) : authenticateSession(request, token)
}

/** Wraps a resolver that needs a logged-in user (a session or an API key): refused before it runs otherwise. */
export function withAuth<Result, Info extends { request: Request } = ResolverInfo>(resolver: (info: Info & { ctx: AuthContext }) => Result | Promise<Result>) {
  return guarded<NoInfer<Result> | ProblemResponse, Info>(async (info: Info): Promise<NoInfer<Result> | ProblemResponse> => {
    const ctx = await authenticate(info.request)
    if (ctx instanceof Response) return ctx
    return resolver({ ...info, ctx })
  })
}

const isSession = (ctx: AuthContext): ctx is SessionContext => ctx.session !== null

/**
 * Wraps a resolver a person must call from a logged-in session: a key cannot mint more keys,
 * change the password or end sessions, so a leaked key never takes over the account (403).
 */
export function withSession<Result, Info extends { request: Request } = ResolverInfo>(resolver: (info: Info & { ctx: SessionContext }) => Result | Promise<Result>) {
  return withAuth<Result | ProblemResponse, Info>((info) => (isSession(info.ctx) ? resolver({ ...info, ctx: info.ctx }) : problem(403, 'auth.keyNotAllowed')))
}

/**
 * For a public route that adapts to who asks: the context of a valid session or key, else null
 * (no bearer, an unknown, expired or refused one). Never refuses the request itself.
 */
export async function optionalAuth(request: Request): Promise<AuthContext | null> {
  if (!bearerToken(request)) return null
  const ctx = await authenticate(request)
  return ctx instanceof Response ? null : ctx
}

/** 403 unless the user is the account's main administrator. */
export function requireAdmin(ctx: AuthContext): ProblemResponse | null {
  return ctx.user.role === 'admin' ? null : problem(403, 'auth.forbiddenRole')
}

/** Wraps a resolver only the main administrator may call (from a session or with a key): 401 without a login, 403 for a user. */
export function withAdmin<Result, Info extends { request: Request } = ResolverInfo>(resolver: (info: Info & { ctx: AuthContext }) => Result | Promise<Result>) {
  return withAuth<Result | ProblemResponse, Info>((info) => requireAdmin(info.ctx) ?? resolver(info))
}
