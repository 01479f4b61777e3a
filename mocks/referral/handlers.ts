// The referral program: the account's participation (none → pending → approved, with the personal
// link and statistics) and the request to participate, which only the main administrator sends.
import type { ReferralRequest } from '@/api/types'
import { http } from '../kernel/api'
import { withAdmin, withAuth, type AuthContext } from '../kernel/auth'
import { now, nowIso } from '../kernel/clock'
import { readDb, registerDbSettler, updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { publicRoute } from '../kernel/guard'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import { approveDueRequests, participantByCode, participationOf } from './service'

// Approval becomes due on every read of the data (see mocks/kernel/db.ts), not only here.
registerDbSettler((db, now) => approveDueRequests(db.referralRequests, now))

function currentParticipation(ctx: AuthContext, request: Request) {
  const db = readDb()
  return participationOf(
    db.referralRequests.find((r) => r.accountId === ctx.account.id),
    ctx.user,
    new URL(request.url).origin,
    now(),
  )
}

export const referralHandlers = [
  // Public: the registration page checks the code of the link it was opened with.
  http.get(
    '/referral/codes/{code}',
    publicRoute(({ response, params }) => (participantByCode(readDb().referralRequests, params.code) ? response(204).empty() : problem(404, 'referral.unknownCode'))),
  ),

  http.get(
    '/referral',
    withAuth(({ response, request, ctx }) => response(200).json(currentParticipation(ctx, request))),
  ),

  http.post('/referral/request', withAdmin(async ({ response, request, ctx }) => {
    const body = (await readJson<ReferralRequest>(request)) ?? {}
    const { fieldErrorsOf, referralRequestSchema } = await loadSchemas()
    const errors = await fieldErrorsOf(referralRequestSchema, body)
    if (errors) return validationProblem(errors)
    const value = referralRequestSchema.cast(body, { stripUnknown: true })
    const conflict = updateDb((db) => {
      if (db.referralRequests.some((r) => r.accountId === ctx.account.id)) return true
      db.referralRequests.push({
        accountId: ctx.account.id,
        userId: ctx.user.id,
        url: value.url,
        audience: value.audience,
        promotion: value.promotion,
        submittedAt: nowIso(),
        approvedAt: null,
        code: null,
        referrals: 0,
        payingReferrals: 0,
        months: [],
      })
      return false
    })
    if (conflict) return problem(409, 'referral.alreadyRequested')
    return response(201).json(currentParticipation(ctx, request))
  })),
]
