// The Security tab: change password, login history and active sessions (two-step authentication:
// twoFactorHandlers.ts). Passwords are hashed and checked before updateDb (async Web Crypto).
// All but the login history only from a session (withSession): a leaked API key cannot take over the account.
import type { PasswordChange } from '@/api/types'
import { hashPassword, verifyPassword } from '../auth/passwords'
import { endSessionsOf } from '../auth/service'
import { http } from '../kernel/api'
import { withAuth, withSession } from '../kernel/auth'
import { clientOriginOf } from '../kernel/clientAddress'
import { now } from '../kernel/clock'
import { updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import { DEFAULT_HISTORY_LIMIT, loginHistoryPage } from './history'
import { sendPasswordChangedMail } from './mails'
import { twoFactorHandlers } from './twoFactorHandlers'
import { activeSessionView } from './view'
import { compareIso } from '../kernel/order'

const accountSecurityHandlers = [
  http.post(
    '/security/password',
    withSession(async ({ response, request, ctx }) => {
      const body = await readJson<PasswordChange>(request)
      const { fieldErrorsOf, passwordChangeRequestSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(passwordChangeRequestSchema, body ?? {})
      if (errors || !body) return validationProblem(errors ?? {})
      if (!(await verifyPassword(String(body.currentPassword), ctx.user.passwordHash))) return validationProblem({ currentPassword: 'validation.passwordWrong' })
      const passwordHash = await hashPassword(String(body.newPassword))
      const origin = clientOriginOf(request)
      const at = now()
      return updateDb((db) => {
        const user = db.users.find((u) => u.id === ctx.user.id)
        if (!user) return problem(401, 'auth.unauthenticated')
        user.passwordHash = passwordHash
        // Whoever knew the old password is logged out everywhere else, half-finished log ins too.
        const endedSessions = endSessionsOf(db, user.id, ctx.token)
        db.loginChallenges = db.loginChallenges.filter((c) => c.userId !== user.id)
        sendPasswordChangedMail(db, user, origin, at)
        return response(200).json({ endedSessions })
      })
    }),
  ),

  http.get(
    '/security/login-history',
    withAuth(({ response, request, ctx }) => {
      // The contract has checked limit (1–100) and offset (≥ 0).
      const params = new URL(request.url).searchParams
      const limit = Number(params.get('limit') ?? DEFAULT_HISTORY_LIMIT)
      const offset = Number(params.get('offset') ?? 0)
      const page = loginHistoryPage(ctx, params.get('user') || null, limit, offset)
      if (page === 'forbidden') return problem(403, 'auth.forbiddenRole')
      if (page === 'unknownUser') return validationProblem({ user: 'validation.oneOf' })
      return response(200).json(page)
    }),
  ),

  http.get(
    '/security/sessions',
    withSession(({ response, ctx }) => {
      const at = now()
      const sessions = ctx.db.sessions
        .filter((s) => s.userId === ctx.user.id && !s.endedAt && Date.parse(s.expiresAt) > at)
        .sort((a, b) => Number(b.token === ctx.token) - Number(a.token === ctx.token) || compareIso(b.lastActiveAt, a.lastActiveAt))
      return response(200).json(sessions.map((s) => activeSessionView(s, ctx.token)))
    }),
  ),

  http.delete(
    '/security/sessions/{id}',
    withSession(({ response, params, ctx }) => {
      // The current session ends by logging out, so "End session" can never lock the user out by mistake.
      if (params.id === ctx.session.id) return problem(409, 'security.currentSession')
      const at = now()
      return updateDb((db) => {
        const session = db.sessions.find((s) => s.id === params.id && s.userId === ctx.user.id && !s.endedAt && Date.parse(s.expiresAt) > at)
        if (!session) return problem(404, 'security.sessionNotFound')
        session.endedAt = new Date(at).toISOString()
        return response(204).empty()
      })
    }),
  ),

  http.post(
    '/security/sessions/end-others',
    withSession(({ response, ctx }) => {
      const endedSessions = updateDb((db) => endSessionsOf(db, ctx.user.id, ctx.token))
      return response(200).json({ endedSessions })
    }),
  ),
]

export const securityHandlers = [...accountSecurityHandlers, ...twoFactorHandlers]
