// Two-step authentication on the Security tab: its state, turning it on (setup, then a code),
// turning it off and new backup codes (the password and a code). The async parts (the password
// hash, backup code hashes) run before updateDb; the code itself is checked inside it.
import type { PasswordAndCode, PasswordConfirmation, TwoFactorCode, TwoFactorStatus } from '@/api/types'
import { normalizeTwoFactorCode } from '@/validation/twoFactorCode'
import { verifyPassword } from '../auth/passwords'
import { http } from '../kernel/api'
import { withSession, type AuthContext } from '../kernel/auth'
import { now } from '../kernel/clock'
import { updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { problem, validationProblem, type ProblemResponse } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbState, DbUser } from '../kernel/schema'
import { sendTwoFactorMail } from './mails'
import { codeLockout, loadOtpauth, newBackupCodes, newTotpSecret, otpauthUri, readCode, rightCode, SETUP_TTL_MS, totpStep, useUserCode, wrongCode, type TypedCode } from './twoFactor'

const wrongPassword = () => validationProblem({ password: 'validation.passwordWrong' })

/** The caller as stored now (changes go to this copy inside updateDb). */
function callerIn(db: DbState, ctx: AuthContext) {
  return db.users.find((u) => u.id === ctx.user.id)
}

/** The body of a "password and code" request, checked; or the answer refusing it. */
async function passwordAndCode(request: Request, ctx: AuthContext) {
  const body = await readJson<PasswordAndCode>(request)
  const { fieldErrorsOf, passwordAndCodeSchema } = await loadSchemas()
  const errors = await fieldErrorsOf(passwordAndCodeSchema, body ?? {})
  if (errors || !body) return validationProblem(errors ?? {})
  if (!ctx.user.twoFactor) return problem(409, 'security.twoFactorOff')
  if (!(await verifyPassword(String(body.password), ctx.user.passwordHash))) return wrongPassword()
  return readCode(String(body.code))
}

/**
 * Turning off and new backup codes: the caller, with two-step on and the code right (used up),
 * or the refusal — off (409), too many wrong codes (429), this code wrong (422).
 */
function userWithRightCode(db: DbState, ctx: AuthContext, code: TypedCode, at: number): DbUser | ProblemResponse {
  const user = callerIn(db, ctx)
  if (!user) return problem(401, 'auth.unauthenticated')
  if (!user.twoFactor) return problem(409, 'security.twoFactorOff')
  const blocked = codeLockout(db, user.id, at)
  if (blocked) return blocked
  if (!useUserCode(user, code, at)) return wrongCode(db, user.id, at)
  rightCode(db, user.id)
  return user
}

export const twoFactorHandlers = [
  http.get(
    '/security/two-factor',
    withSession(({ response, ctx }) => {
      const twoFactor = ctx.user.twoFactor
      const status: TwoFactorStatus = { enabled: Boolean(twoFactor), enabledAt: twoFactor?.enabledAt ?? null, backupCodesLeft: twoFactor?.backupCodeHashes.length ?? 0 }
      return response(200).json(status)
    }),
  ),

  http.post(
    '/security/two-factor/setup',
    withSession(async ({ response, request, ctx }) => {
      const body = await readJson<PasswordConfirmation>(request)
      const { fieldErrorsOf, passwordConfirmationSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(passwordConfirmationSchema, body ?? {})
      if (errors || !body) return validationProblem(errors ?? {})
      if (ctx.user.twoFactor) return problem(409, 'security.twoFactorOn')
      if (!(await verifyPassword(String(body.password), ctx.user.passwordHash))) return wrongPassword()
      const secret = await newTotpSecret()
      const expiresAt = new Date(now() + SETUP_TTL_MS).toISOString()
      return updateDb((db) => {
        const user = callerIn(db, ctx)
        if (!user) return problem(401, 'auth.unauthenticated')
        // A new setup replaces an unfinished one: only the newest secret can be confirmed.
        user.twoFactorSetup = { secret, expiresAt }
        return response(200).json({ secret, uri: otpauthUri(secret, user.email), expiresAt })
      })
    }),
  ),

  http.post(
    '/security/two-factor/enable',
    withSession(async ({ response, request, ctx }) => {
      const body = await readJson<TwoFactorCode>(request)
      const { fieldErrorsOf, twoFactorEnableSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(twoFactorEnableSchema, body ?? {})
      if (errors || !body) return validationProblem(errors ?? {})
      const backup = await newBackupCodes()
      await loadOtpauth() // totpStep, inside updateDb
      const at = now()
      return updateDb((db) => {
        const user = callerIn(db, ctx)
        if (!user) return problem(401, 'auth.unauthenticated')
        if (user.twoFactor) return problem(409, 'security.twoFactorOn')
        const setup = user.twoFactorSetup
        if (!setup || Date.parse(setup.expiresAt) <= at) return problem(409, 'security.twoFactorNoSetup')
        const blocked = codeLockout(db, user.id, at)
        if (blocked) return blocked
        const step = totpStep(setup.secret, normalizeTwoFactorCode(String(body.code)), 0, at)
        if (step === null) return wrongCode(db, user.id, at)
        rightCode(db, user.id)
        // The accepted step counts as used: the same code cannot log in right after.
        user.twoFactor = { secret: setup.secret, enabledAt: new Date(at).toISOString(), backupCodeHashes: backup.hashes, lastUsedStep: step }
        user.twoFactorSetup = null
        sendTwoFactorMail(db, user, 'enabled', at)
        return response(200).json({ backupCodes: backup.codes })
      })
    }),
  ),

  http.post(
    '/security/two-factor/disable',
    withSession(async ({ response, request, ctx }) => {
      const code = await passwordAndCode(request, ctx)
      if (code instanceof Response) return code
      const at = now()
      return updateDb((db) => {
        const user = userWithRightCode(db, ctx, code, at)
        if (user instanceof Response) return user
        user.twoFactor = null
        user.twoFactorSetup = null
        sendTwoFactorMail(db, user, 'disabled', at)
        return response(204).empty()
      })
    }),
  ),

  http.post(
    '/security/two-factor/backup-codes',
    withSession(async ({ response, request, ctx }) => {
      const code = await passwordAndCode(request, ctx)
      if (code instanceof Response) return code
      const backup = await newBackupCodes()
      const at = now()
      return updateDb((db) => {
        const user = userWithRightCode(db, ctx, code, at)
        if (user instanceof Response) return user
        // Every old code, used or not, stops working (userWithRightCode checked two-step is on).
        user.twoFactor!.backupCodeHashes = backup.hashes
        sendTwoFactorMail(db, user, 'backupCodes', at)
        return response(200).json({ backupCodes: backup.codes })
      })
    }),
  ),
]
