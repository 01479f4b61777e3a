// The referral program: the account's participation (none → pending → approved, with the personal
// link and statistics) and the request to participate, which only the main administrator sends.
import { http, HttpResponse } from 'msw'
import type { ReferralRequest } from '@/api/types'
import { fieldErrorsOf, referralRequestSchema } from '@/validation/schemas'
import { readDb, registerDbSettler, updateDb } from '../db'
import { approveDueRequests, participantByCode, participationOf } from '../db/referralProgram'
import { API, authenticate, problem, readJson, requireAdmin, validationProblem, type AuthContext } from '../http'

// Approval becomes due on every read of the data (see mocks/db/index.ts), not only here.
registerDbSettler((db, now) => approveDueRequests(db.referralRequests, now))

function currentParticipation(ctx: AuthContext, request: Request) {
  const db = readDb()
  return participationOf(
    db.referralRequests.find((r) => r.accountId === ctx.account.id),
    ctx.user,
    new URL(request.url).origin,
  )
}

export const referralHandlers = [
  // Public: the registration page checks the code of the link it was opened with.
  http.get(`${API}/referral/codes/:code`, ({ params }) =>
    participantByCode(readDb().referralRequests, params.code) ? new HttpResponse(null, { status: 204 }) : problem(404, 'referral.unknownCode'),
  ),

  http.get(`${API}/referral`, ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    return HttpResponse.json(currentParticipation(ctx, request))
  }),

  http.post(`${API}/referral/request`, async ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    const forbidden = requireAdmin(ctx)
    if (forbidden) return forbidden
    const body = (await readJson<ReferralRequest>(request)) ?? {}
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
        submittedAt: new Date().toISOString(),
        approvedAt: null,
        code: null,
        referrals: 0,
        payingReferrals: 0,
        months: [],
      })
      return false
    })
    if (conflict) return problem(409, 'referral.alreadyRequested')
    return HttpResponse.json(currentParticipation(ctx, request), { status: 201 })
  }),
]
