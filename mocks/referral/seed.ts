// Seed of the referral program: the business account already takes part, so the approved state
// (personal link, statistics) can be seen at once; every other account has not applied yet. The
// request is in the customer's language (a resident of the RF: Russian).
import type { DbReferralRequest } from '../kernel/schema'

export function seedReferralRequests(): DbReferralRequest[] {
  return [
    {
      accountId: 'acc-business-res',
      userId: 'usr-business-res',
      url: 'https://devops-digest.example/',
      audience: 'DevOps-инженеры и технические директора небольших компаний, около 12 000 читателей в месяц.',
      promotion: 'Обзоры и инструкции по облачным серверам с реферальной ссылкой, ежемесячная рассылка.',
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
