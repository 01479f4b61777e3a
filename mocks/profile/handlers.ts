// The Profile tab's API: the client data of the matrix (role-filtered, versioned with an ETag),
// editing by the seed's rules, original billing documents, the GDPR archive and account deletion.
// The rules themselves live beside this file and in src/validation/schemas (shared with the forms).
import type { AccountDeleteRequest, GdprArchive, ProfileOriginals, ProfilePatch } from '@/api/types'
import { profileLayout } from '@/validation/schemas/profileMatrix'
import { verifyPassword } from '../auth/passwords'
import { http } from '../kernel/api'
import { requireAdmin, withAuth, type AuthContext } from '../kernel/auth'
import { now as clockNow } from '../kernel/clock'
import { registerDbSettler, updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { problem, validationProblem, type ProblemCode, type ProblemResponse } from '../kernel/problems'
import { DELAYS_MS } from '../kernel/qaSettings'
import { readJson } from '../kernel/request'
import type { DbAccount } from '../kernel/schema'
import { deleteAccountData, personalDataOf } from './accountData'
import { applyPatch, refusePatch } from './changes'
import { confirmDueProfileChanges } from './confirm'
import { profileEtag, profileFor } from './view'

registerDbSettler(confirmDueProfileChanges)

/** 403 for a user, 404 when the account type has no such block (the matrix decides). */
function requireBlock(ctx: AuthContext, block: 'originals' | 'gdpr'): ProblemResponse | null {
  const forbidden = requireAdmin(ctx)
  if (forbidden) return forbidden
  return profileLayout(ctx.account.type, ctx.account.residency)[block] ? null : problem(404, 'profile.notApplicable')
}

function archiveStatus(account: DbAccount, now = clockNow()): GdprArchive {
  const archive = account.gdprArchive
  if (!archive) return { status: 'none', requestedAt: null, readyAt: null }
  const ready = Date.parse(archive.readyAt) <= now
  return { status: ready ? 'ready' : 'preparing', requestedAt: archive.requestedAt, readyAt: ready ? archive.readyAt : null }
}

/** Why an account cannot be deleted now, as a problem code; null when it can. */
function deletionBlocker(account: DbAccount): ProblemCode | null {
  // Money left on any balance (bonuses cannot be withdrawn, so they do not count).
  const balance = Object.values(account.balances).some((b) => b.money > 0) || account.referralKopecks > 0
  const services = (account.services ?? []).some((s) => s.status === 'active')
  if (balance && services) return 'account.deleteBalanceAndServices'
  if (balance) return 'account.deleteBalancePositive'
  if (services) return 'account.deleteServicesActive'
  return null
}

export const profileHandlers = [
  http.get('/profile', withAuth(({ response, ctx }) => {
    return response(200).json(profileFor(ctx.user, ctx.account), { headers: { ETag: profileEtag(ctx.user, ctx.account) } })
  })),

  http.patch('/profile', withAuth(async ({ response, request, ctx }) => {
    const body = await readJson<ProfilePatch>(request)
    const values = body?.values
    if (!values || typeof values !== 'object' || Array.isArray(values)) return validationProblem({ values: 'validation.required' })
    const refused = refusePatch(ctx.user, ctx.account, values as Record<string, unknown>, request.headers.get('If-Match'))
    if (refused) return refused
    const saved = await applyPatch(ctx.user, ctx.account, values as Record<string, string>, ctx.language)
    return saved instanceof Response ? saved : response(200).json(saved.body, { headers: { ETag: saved.etag } })
  })),

  http.put('/profile/originals', withAuth(async ({ response, request, ctx }) => {
    const refused = requireBlock(ctx, 'originals')
    if (refused) return refused
    const body = (await readJson<ProfileOriginals>(request)) ?? {}
    const { fieldErrorsOf, originalsSchema } = await loadSchemas()
    const errors = await fieldErrorsOf(originalsSchema, body)
    if (errors) return validationProblem(errors)
    const { method, address } = originalsSchema.cast(body, { stripUnknown: true })
    const saved: ProfileOriginals = { method, address: method === 'post' ? address : '' }
    updateDb((db) => {
      db.accounts.find((a) => a.id === ctx.account.id)!.originals = saved
    })
    return response(200).json(saved)
  })),

  http.get('/profile/gdpr/archive', withAuth(({ response, ctx }) => {
    return requireBlock(ctx, 'gdpr') ?? response(200).json(archiveStatus(ctx.account))
  })),

  http.post('/profile/gdpr/archive', withAuth(({ response, ctx }) => {
    const refused = requireBlock(ctx, 'gdpr')
    if (refused) return refused
    const status = updateDb((db) => {
      const account = db.accounts.find((a) => a.id === ctx.account.id)!
      // A request while one is being prepared returns that one; a new one replaces a ready archive.
      if (archiveStatus(account).status !== 'preparing') {
        const now = clockNow()
        account.gdprArchive = { requestedAt: new Date(now).toISOString(), readyAt: new Date(now + DELAYS_MS.gdprArchive).toISOString() }
      }
      return archiveStatus(account)
    })
    return response(202).json(status)
  })),

  http.get('/profile/gdpr/archive/download', withAuth(({ response, ctx }) => {
    const refused = requireBlock(ctx, 'gdpr')
    if (refused) return refused
    const status = archiveStatus(ctx.account)
    if (status.status !== 'ready') return problem(409, 'profile.archiveNotReady')
    return response(200).json(personalDataOf(ctx.db, ctx.account.id, status.readyAt!), {
      headers: { 'Content-Disposition': `attachment; filename="personal-data-${ctx.account.id}.json"` },
    })
  })),

  http.delete('/account', withAuth(async ({ response, request, ctx }) => {
    const refused = requireBlock(ctx, 'gdpr')
    if (refused) return refused
    const body = (await readJson<AccountDeleteRequest>(request)) ?? {}
    const { fieldErrorsOf, accountDeleteSchema } = await loadSchemas()
    const errors = await fieldErrorsOf(accountDeleteSchema(ctx.user.email), body)
    if (errors) return validationProblem(errors)
    if (!(await verifyPassword(String(body.password), ctx.user.passwordHash))) return validationProblem({ password: 'validation.passwordWrong' })
    const blocker = deletionBlocker(ctx.account)
    if (blocker) return problem(409, blocker)
    updateDb((db) => deleteAccountData(db, ctx.account.id))
    return response(204).empty()
  })),
]
