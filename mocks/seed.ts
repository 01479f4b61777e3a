// The versioned seed: the personas, their accounts and enough data that no page opens empty,
// put together from each domain's seed.ts.
import type { AccountType, Residency } from '@/api/types'
import { DEMO_PASSWORD, personaSeeds } from './auth/seed'
import { SEED_BALANCES, seedTransactions } from './balance/seed'
import type { DbAccount, DbState, DbUser } from './kernel/schema'
import { seedAccountExtras, seedProfiles, seedUserContacts } from './profile/seed'
import { seedReferralRequests } from './referral/seed'
import { seedTickets } from './tickets/seed'

/** Bump when the seed or the stored shape changes: browsers holding an older copy are re-seeded. */
export const SEED_VERSION = 7

const SEED_DATE = '2026-10-01T09:00:00.000Z'

function account(id: string, number: string, type: AccountType, residency: Residency, mainRubles: number, bonusRubles: number): DbAccount {
  return {
    id,
    number,
    type,
    residency,
    createdAt: SEED_DATE,
    discountPercent: id === 'acc-business-res' ? 10 : null,
    balances: { main: mainRubles * 100, bonus: bonusRubles * 100, referral: 0 },
    profile: { ...(seedProfiles[id] ?? {}) },
    profileVersion: 1,
    ...seedAccountExtras(id),
  }
}

function seedAccounts(): DbAccount[] {
  const byId = new Map<string, DbAccount>()
  for (const p of personaSeeds) {
    if (byId.has(p.accountId)) continue
    const [main, bonus] = SEED_BALANCES[p.accountId] ?? [0, 0]
    // Contract numbers in the order the accounts were opened: 204501, 204502, …
    const number = String(204_501 + byId.size)
    byId.set(p.accountId, account(p.accountId, number, p.accountType, p.residency, main, bonus))
  }
  return [...byId.values()]
}

function seedUsers(): DbUser[] {
  return personaSeeds.map((p) => ({
    id: p.userId,
    accountId: p.accountId,
    email: p.email,
    password: DEMO_PASSWORD,
    name: p.name,
    role: p.role,
    status: 'active',
    createdAt: SEED_DATE,
    settings: { language: null, theme: null, uiState: {} },
    ...(seedUserContacts[p.userId] ? { contact: { ...seedUserContacts[p.userId] } } : {}),
  }))
}

export function createSeed(): DbState {
  return {
    version: SEED_VERSION,
    accounts: seedAccounts(),
    users: seedUsers(),
    sessions: [],
    loginEvents: [],
    failedLogins: {},
    tickets: seedTickets(),
    transactions: seedTransactions(),
    referralRequests: seedReferralRequests(),
  }
}
