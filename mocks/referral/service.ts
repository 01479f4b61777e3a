// The simulated referral program: a request is approved once the review delay has passed since it
// was sent (computed on read, like support answers), and the statistics derive the rewards from
// the referrals' monthly spending with the program's own terms.
import type { ReferralMonth, ReferralParticipation } from '@/api/types'
import { referralRatePercent } from '@/validation/referralTerms'
import { DELAYS_MS } from '../kernel/qaSettings'
import type { DbReferralRequest, DbUser } from '../kernel/schema'
import { compareIso } from '../kernel/order'

/** Approves the requests whose review is due by `now`. Returns whether any changed. */
export function approveDueRequests(requests: DbReferralRequest[], now: number): boolean {
  let changed = false
  for (const request of requests) {
    if (request.approvedAt) continue
    const dueAt = Date.parse(request.submittedAt) + DELAYS_MS.referralReview
    if (now < dueAt) continue
    request.approvedAt = new Date(dueAt).toISOString()
    request.code = referralCode()
    changed = true
  }
  return changed
}

/**
 * Counts a new account among the referrals of the participant whose approved link it came through.
 * Returns the referrer's account id, or null for an unknown or not yet approved code: registration
 * never fails because of the link (a real panel ignores a mistyped or stale code the same way).
 */
/** The approved participant whose personal link carries this code (spaces and case do not matter). */
export function participantByCode(requests: DbReferralRequest[], code: unknown): DbReferralRequest | undefined {
  if (typeof code !== 'string' || !code.trim()) return undefined
  const normalized = code.trim().toUpperCase()
  return requests.find((r) => r.approvedAt && r.code === normalized)
}

export function creditReferral(requests: DbReferralRequest[], code: unknown): string | null {
  const request = participantByCode(requests, code)
  if (!request) return null
  request.referrals += 1
  return request.accountId
}

function referralCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const bytes = crypto.getRandomValues(new Uint8Array(10))
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('')
}

/** The reward for a month is credited on the 10th of the next month (the terms promise "by the 15th"). */
function paidAt(month: string, now: number): string | null {
  const [year = 0, monthIndex = 1] = month.split('-').map(Number)
  const credited = Date.UTC(year, monthIndex, 10, 9) // monthIndex is 1-based, so this is the next month
  return credited <= now ? new Date(credited).toISOString() : null
}

function monthOf(spendingKopecks: number, month: string, now: number): ReferralMonth {
  const ratePercent = referralRatePercent(spendingKopecks)
  return { month, spendingKopecks, ratePercent, rewardKopecks: Math.round((spendingKopecks * ratePercent) / 100), paidAt: paidAt(month, now) }
}

export function participationOf(request: DbReferralRequest | undefined, user: DbUser, origin: string, now: number): ReferralParticipation {
  const canApply = user.role === 'admin'
  if (!request) return { status: 'none', request: null, link: null, stats: null, canApply }
  const { url, audience, promotion, submittedAt } = request
  const shown = { url, audience, promotion, submittedAt }
  if (!request.approvedAt || !request.code) return { status: 'pending', request: shown, link: null, stats: null, canApply }
  const months = request.months.map((m) => monthOf(m.spendingKopecks, m.month, now)).sort((a, b) => compareIso(b.month, a.month))
  return {
    status: 'approved',
    request: shown,
    link: `${origin}/register?ref=${request.code}`,
    stats: {
      referrals: request.referrals,
      payingReferrals: request.payingReferrals,
      totalRewardKopecks: months.reduce((sum, m) => sum + m.rewardKopecks, 0),
      months,
    },
    canApply,
  }
}
