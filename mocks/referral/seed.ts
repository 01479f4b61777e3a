// Seed of the referral program: the business account already takes part, so the approved state
// (personal link, statistics) can be seen at once; every other account has not applied yet.
import type { DbReferralRequest } from '../kernel/schema'

export function seedReferralRequests(): DbReferralRequest[] {
  return [
    {
      accountId: 'acc-business-res',
      userId: 'usr-business-res',
      url: 'https://devops-digest.example/',
      audience: 'DevOps engineers and CTOs of small companies, about 12 000 readers a month.',
      promotion: 'Reviews and tutorials about cloud servers with the referral link, and a monthly newsletter.',
      submittedAt: '2026-07-20T10:00:00.000Z',
      approvedAt: '2026-07-21T09:00:00.000Z',
      code: 'DEVOPS7K2Q',
      referrals: 14,
      payingReferrals: 9,
      months: [
        { month: '2026-08', spendingKopecks: 41_200_000 },
        { month: '2026-09', spendingKopecks: 86_540_000 },
        { month: '2026-10', spendingKopecks: 123_000_000 },
        { month: '2026-11', spendingKopecks: 54_000_000 },
      ],
    },
  ]
}
