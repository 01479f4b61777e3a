// Log in, registration, log out and the current session.
import type { AuthResponse, LoginRequest, RegisterRequest } from '@/api/types'
import { fieldErrorsOf, loginSchema, registerRequestSchema } from '@/validation/schemas'
import { emptyBalances } from '../balance/ledger'
import { http } from '../kernel/api'
import { withAuth } from '../kernel/auth'
import { now, nowIso } from '../kernel/clock'
import { readDb, updateDb } from '../kernel/db'
import { publicRoute } from '../kernel/guard'
import { newId } from '../kernel/ids'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbAccount, DbUser } from '../kernel/schema'
import { creditReferral } from '../referral/service'
import { demoPersonas } from './seed'
import { LOCKOUT_ATTEMPTS, LOCKOUT_WINDOW_MS, nextAccountNumber, recentFailures, recordFailedLogin, sessionUser, startSession } from './service'

export const authHandlers = [
  http.get('/demo/personas', publicRoute(({ response }) => response(200).json(demoPersonas))),

  http.post(
    '/auth/login',
    publicRoute(async ({ response, request }) => {
      const login = await readJson<LoginRequest>(request)
      const errors = await fieldErrorsOf(loginSchema, login ?? {})
      if (errors || !login) return validationProblem(errors ?? {})
      const email = String(login.email).trim().toLowerCase()
      const password = String(login.password)
      const at = now()

      return updateDb((db) => {
        const failures = recentFailures(db, email, at)
        if (failures.length >= LOCKOUT_ATTEMPTS) {
          const retryAfter = Math.ceil((Math.min(...failures) + LOCKOUT_WINDOW_MS - at) / 1000)
          return problem(429, 'auth.tooManyAttempts', { retryAfter }, { 'Retry-After': String(retryAfter) })
        }
        const user = db.users.find((u) => u.email === email)
        const account = user && db.accounts.find((a) => a.id === user.accountId)
        if (!user || !account || user.password !== password || user.status !== 'active') {
          db.failedLogins[email] = [...failures, at]
          if (user) recordFailedLogin(db, user, request)
          // One generic answer: it must not tell whether the email exists.
          return problem(401, 'auth.invalidCredentials')
        }
        delete db.failedLogins[email]
        const body: AuthResponse = { token: startSession(db, user, request), user: sessionUser(user, account) }
        return response(200).json(body)
      })
    }),
  ),

  http.post(
    '/auth/register',
    publicRoute(async ({ response, request }) => {
      const body = await readJson<RegisterRequest>(request)
      const errors = await fieldErrorsOf(registerRequestSchema, body ?? {})
      if (errors || !body) return validationProblem(errors ?? {})
      const email = String(body.email).trim().toLowerCase()
      if (readDb().users.some((u) => u.email === email)) return validationProblem({ email: 'validation.emailTaken' })

      return updateDb((db) => {
        const createdAt = nowIso()
        const account: DbAccount = {
          id: newId('acc'),
          number: nextAccountNumber(db),
          type: body.accountType!,
          residency: body.residency!,
          createdAt,
          discountPercent: null,
          balances: emptyBalances(),
          referralKopecks: 0,
          balanceVersion: 1,
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
          createdAt,
          // What the visitor chose before registering is their first saved choice.
          settings: { language: body.language ?? null, theme: body.theme ?? null, uiState: {} },
        }
        const referrer = creditReferral(db.referralRequests, body.ref)
        if (referrer) account.referredBy = referrer
        db.accounts.push(account)
        db.users.push(user)
        const created: AuthResponse = { token: startSession(db, user, request), user: sessionUser(user, account) }
        return response(201).json(created)
      })
    }),
  ),

  http.post(
    '/auth/logout',
    withAuth(({ response, ctx }) => {
      updateDb((db) => {
        db.sessions = db.sessions.filter((s) => s.token !== ctx.token)
      })
      return response(204).empty()
    }),
  ),

  http.get(
    '/auth/session',
    withAuth(({ response, ctx }) => response(200).json(sessionUser(ctx.user, ctx.account))),
  ),
]
