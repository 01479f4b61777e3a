// Log in, registration, log out and the current session.
import { http, HttpResponse } from 'msw'
import type { AuthResponse, LoginRequest, RegisterRequest, SessionUser } from '@/api/types'
import { fieldErrorsOf, loginSchema, registerRequestSchema } from '@/validation/schemas'
import { readDb, updateDb } from '../db'
import { demoPersonas } from '../db/personas'
import { creditReferral } from '../db/referralProgram'
import type { DbAccount, DbState, DbUser } from '../db/schema'
import { API, authenticate, problem, readJson, validationProblem } from '../http'
import { newId, newToken } from '../ids'

export const LOCKOUT_ATTEMPTS = 5
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000
const SESSION_TTL_MS = 12 * 60 * 60 * 1000

export function sessionUser(user: DbUser, account: DbAccount): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    accountId: account.id,
    accountType: account.type,
    residency: account.residency,
  }
}

function startSession(db: DbState, user: DbUser, request: Request): string {
  const token = newToken()
  const now = Date.now()
  const userAgent = request.headers.get('User-Agent') ?? ''
  db.sessions.push({
    token,
    userId: user.id,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
    userAgent,
  })
  db.loginEvents.push({ id: newId('login'), userId: user.id, at: new Date(now).toISOString(), userAgent, success: true })
  return token
}

/** Failed attempts for this email still inside the lockout window. */
function recentFailures(db: DbState, email: string, now: number): number[] {
  return (db.failedLogins[email] ?? []).filter((at) => now - at < LOCKOUT_WINDOW_MS)
}

export const authHandlers = [
  http.get(`${API}/demo/personas`, () => HttpResponse.json(demoPersonas)),

  http.post(`${API}/auth/login`, async ({ request }) => {
    const body = await readJson<LoginRequest>(request)
    const errors = await fieldErrorsOf(loginSchema, body ?? {})
    if (errors || !body) return validationProblem(errors ?? {})
    const email = String(body.email).trim().toLowerCase()
    const password = String(body.password)
    const now = Date.now()

    return updateDb((db) => {
      const failures = recentFailures(db, email, now)
      if (failures.length >= LOCKOUT_ATTEMPTS) {
        const retryAfter = Math.ceil((Math.min(...failures) + LOCKOUT_WINDOW_MS - now) / 1000)
        return problem(429, 'auth.tooManyAttempts', { retryAfter }, { 'Retry-After': String(retryAfter) })
      }
      const user = db.users.find((u) => u.email === email)
      const account = user && db.accounts.find((a) => a.id === user.accountId)
      if (!user || !account || user.password !== password || user.status !== 'active') {
        db.failedLogins[email] = [...failures, now]
        if (user) db.loginEvents.push({ id: newId('login'), userId: user.id, at: new Date(now).toISOString(), userAgent: request.headers.get('User-Agent') ?? '', success: false })
        // One generic answer: it must not tell whether the email exists.
        return problem(401, 'auth.invalidCredentials')
      }
      delete db.failedLogins[email]
      const response: AuthResponse = { token: startSession(db, user, request), user: sessionUser(user, account) }
      return HttpResponse.json(response)
    })
  }),

  http.post(`${API}/auth/register`, async ({ request }) => {
    const body = await readJson<RegisterRequest>(request)
    const errors = await fieldErrorsOf(registerRequestSchema, body ?? {})
    if (errors || !body) return validationProblem(errors ?? {})
    const email = String(body.email).trim().toLowerCase()
    if (readDb().users.some((u) => u.email === email)) return validationProblem({ email: 'validation.emailTaken' })

    return updateDb((db) => {
      const now = new Date().toISOString()
      const account: DbAccount = {
        id: newId('acc'),
        type: body.accountType!,
        residency: body.residency!,
        createdAt: now,
        discountPercent: null,
        balances: { main: 0, bonus: 0, referral: 0 },
        profile: { email },
        profileVersion: 1,
      }
      const user: DbUser = {
        id: newId('usr'),
        accountId: account.id,
        email,
        password: String(body.password),
        name: '',
        role: 'admin',
        status: 'active',
        createdAt: now,
        // What the visitor chose before registering is their first saved choice.
        settings: { language: body.language ?? null, theme: body.theme ?? null, uiState: {} },
      }
      const referrer = creditReferral(db.referralRequests, body.ref)
      if (referrer) account.referredBy = referrer
      db.accounts.push(account)
      db.users.push(user)
      const response: AuthResponse = { token: startSession(db, user, request), user: sessionUser(user, account) }
      return HttpResponse.json(response, { status: 201 })
    })
  }),

  http.post(`${API}/auth/logout`, ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    updateDb((db) => {
      db.sessions = db.sessions.filter((s) => s.token !== ctx.token)
    })
    return new HttpResponse(null, { status: 204 })
  }),

  http.get(`${API}/auth/session`, ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    return HttpResponse.json(sessionUser(ctx.user, ctx.account))
  }),
]
