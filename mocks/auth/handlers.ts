// Log in, registration, log out and the current session.
import type { AuthResponse, LoginRequest, RegisterRequest, TwoFactorLogin } from '@/api/types'
import { emptyBalances } from '../balance/ledger'
import { http } from '../kernel/api'
import { withAuth, withSession } from '../kernel/auth'
import { clientOriginOf } from '../kernel/clientAddress'
import { now, nowIso } from '../kernel/clock'
import { readDb, updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { publicRoute } from '../kernel/guard'
import { newId } from '../kernel/ids'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbAccount, DbUser } from '../kernel/schema'
import { creditReferral } from '../referral/service'
import { codeLockout, readCode, rightCode, useUserCode, wrongCode } from '../security/twoFactor'
import { completeLogin } from './login'
import { hashPassword, verifyPassword } from './passwords'
import { demoPersonas } from './seed'
import { SEED_PASSWORD_HASHES } from './seedPasswords'
import { LOCKOUT_ATTEMPTS, LOCKOUT_WINDOW_MS, nextAccountNumber, recentFailures, recordLoginEvent, sessionUser, startChallenge, startSession } from './service'

/** Checked for an unknown email too, so the answer takes as long as for a known one. */
const UNKNOWN_USER_HASH = SEED_PASSWORD_HASHES['usr-personal-res']!

export const authHandlers = [
  http.get('/demo/personas', publicRoute(({ response }) => response(200).json(demoPersonas))),

  http.post(
    '/auth/login',
    publicRoute(async ({ response, request }) => {
      const login = await readJson<LoginRequest>(request)
      const { fieldErrorsOf, loginSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(loginSchema, login ?? {})
      if (errors || !login) return validationProblem(errors ?? {})
      const email = String(login.email).trim().toLowerCase()
      const origin = clientOriginOf(request)
      // Hashing is async: done before updateDb, whose change is synchronous.
      const checkedHash = readDb().users.find((u) => u.email === email)?.passwordHash ?? UNKNOWN_USER_HASH
      const passwordRight = await verifyPassword(String(login.password), checkedHash)
      const at = now()

      return updateDb((db) => {
        const user = db.users.find((u) => u.email === email)
        const account = user && db.accounts.find((a) => a.id === user.accountId)
        const failures = recentFailures(db, email, at)
        if (failures.length >= LOCKOUT_ATTEMPTS) {
          if (user) recordLoginEvent(db, user.id, 'blocked', origin, at)
          const retryAfter = Math.ceil((Math.min(...failures) + LOCKOUT_WINDOW_MS - at) / 1000)
          return problem(429, 'auth.tooManyAttempts', { retryAfter }, { 'Retry-After': String(retryAfter) })
        }
        // The hash checked must still be the user's: the password may have changed meanwhile.
        if (!user || !account || !passwordRight || user.passwordHash !== checkedHash || user.status !== 'active') {
          db.failedLogins[email] = [...failures, at]
          if (user) recordLoginEvent(db, user.id, 'wrongPassword', origin, at)
          // One generic answer: it must not tell whether the email exists.
          return problem(401, 'auth.invalidCredentials')
        }
        delete db.failedLogins[email]
        // Two-step authentication: no session and no login event until the code is right.
        if (user.twoFactor) {
          const challenge = startChallenge(db, user)
          return response(200).json({ twoFactorRequired: true, challenge: challenge.token, expiresAt: challenge.expiresAt })
        }
        return response(200).json(completeLogin(db, user, account, origin, at))
      })
    }),
  ),

  http.post(
    '/auth/login/two-factor',
    publicRoute(async ({ response, request }) => {
      const body = await readJson<TwoFactorLogin>(request)
      const { fieldErrorsOf, twoFactorLoginSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(twoFactorLoginSchema, body ?? {})
      if (errors || !body) return validationProblem(errors ?? {})
      const code = await readCode(String(body.code))
      const origin = clientOriginOf(request)
      const at = now()

      return updateDb((db) => {
        const challenge = db.loginChallenges.find((c) => c.token === body.challenge && Date.parse(c.expiresAt) > at)
        const user = challenge && db.users.find((u) => u.id === challenge.userId)
        const account = user && db.accounts.find((a) => a.id === user.accountId)
        if (!challenge || !user || !account || !user.twoFactor) return problem(401, 'auth.challengeExpired')
        const blocked = codeLockout(db, user.id, at)
        if (blocked) {
          recordLoginEvent(db, user.id, 'blocked', origin, at)
          return blocked
        }
        if (!useUserCode(user, code, at)) {
          recordLoginEvent(db, user.id, 'wrongCode', origin, at)
          return wrongCode(db, user.id, at)
        }
        rightCode(db, user.id)
        db.loginChallenges = db.loginChallenges.filter((c) => c !== challenge)
        return response(200).json(completeLogin(db, user, account, origin, at))
      })
    }),
  ),

  http.post(
    '/auth/register',
    publicRoute(async ({ response, request }) => {
      const body = await readJson<RegisterRequest>(request)
      const { fieldErrorsOf, registerRequestSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(registerRequestSchema, body ?? {})
      if (errors || !body) return validationProblem(errors ?? {})
      const email = String(body.email).trim().toLowerCase()
      if (readDb().users.some((u) => u.email === email)) return validationProblem({ email: 'validation.emailTaken' })
      const passwordHash = await hashPassword(String(body.password))

      return updateDb((db) => {
        // Taken while the password was being hashed.
        if (db.users.some((u) => u.email === email)) return validationProblem({ email: 'validation.emailTaken' })
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
          passwordHash,
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
        const created: AuthResponse = { token: startSession(db, user, clientOriginOf(request)), user: sessionUser(user, account) }
        return response(201).json(created)
      })
    }),
  ),

  http.post(
    '/auth/logout',
    withSession(({ response, ctx }) => {
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
