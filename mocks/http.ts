// Helpers every handler uses: the API base path, problem details (RFC 9457), authentication,
// and the simulated network (latency and QA's forced failures).
import { HttpResponse } from 'msw'
import type { Locale, ProblemDetails } from '@/api/types'
import { readDb } from './db'
import type { DbAccount, DbState, DbUser } from './db/schema'

/** Same base as the API client uses when no VITE_API_BASE_URL is set. */
export const API = '*/api/v1'

export function problem(status: number, code: string, extra: Partial<ProblemDetails> = {}, headers?: HeadersInit) {
  const body: ProblemDetails = {
    type: `https://panel.example/problems/${code.replace(/\./g, '-')}`,
    title: code,
    status,
    code,
    ...extra,
  }
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } })
}

/** 422 with per-field error codes (i18n keys under `validation.`). */
export function validationProblem(errors: Record<string, string>) {
  return problem(422, 'validation.failed', { errors })
}

export interface AuthContext {
  db: DbState
  user: DbUser
  account: DbAccount
  token: string
  /** The language for texts the API writes for this user (e.g. confirmation tickets). */
  language: Locale
}

/** The language the request asks for (the client sends its interface language), if we have it. */
function requestLanguage(request: Request): Locale | null {
  const first = (request.headers.get('Accept-Language') ?? '').split(',')[0]?.trim().slice(0, 2).toLowerCase()
  return first === 'ru' || first === 'en' ? first : null
}

/** Resolves the bearer token to its user, or returns the 401 response to send. */
export function authenticate(request: Request): AuthContext | Response {
  const header = request.headers.get('Authorization') ?? ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : ''
  const db = readDb()
  const session = token ? db.sessions.find((s) => s.token === token) : undefined
  if (!session || Date.parse(session.expiresAt) <= Date.now()) {
    return problem(401, session ? 'auth.sessionExpired' : 'auth.unauthenticated')
  }
  const user = db.users.find((u) => u.id === session.userId)
  const account = user && db.accounts.find((a) => a.id === user.accountId)
  if (!user || !account) return problem(401, 'auth.unauthenticated')
  // The language on the user's screen (the client sends it); else the saved setting.
  const language = requestLanguage(request) ?? user.settings.language ?? 'en'
  return { db, user, account, token, language }
}

/** 403 unless the user is the account's main administrator. */
export function requireAdmin(ctx: AuthContext): Response | null {
  return ctx.user.role === 'admin' ? null : problem(403, 'auth.forbiddenRole')
}

export async function readJson<T>(request: Request): Promise<Partial<T> | null> {
  try {
    const body: unknown = await request.json()
    return body && typeof body === 'object' ? (body as Partial<T>) : null
  } catch {
    return null
  }
}
