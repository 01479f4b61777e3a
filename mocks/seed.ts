// The versioned seed: the personas, their accounts and enough data that no page opens empty,
// put together from each domain's seed.ts.
import type { AccountType, Residency } from '@/api/types'
import { seedApiKeys } from './apiKeys/seed'
import { personaSeeds } from './auth/seed'
import { SECURE_RESIDENT_BACKUP_CODE_HASHES, SECURE_RESIDENT_TOTP_SECRET, SEED_PASSWORD_HASHES } from './auth/seedPasswords'
import { emptyBalances } from './balance/ledger'
import { seedBilling } from './balance/seed'
import { seedBalanceAlerts } from './billingAlerts/seed'
import { seedBillingDocuments } from './billingDocuments/seed'
import { now } from './kernel/clock'
import type { DbAccount, DbState, DbUser } from './kernel/schema'
import { seedSavedCards } from './payments/seed'
import { seedAccountExtras, seedProfiles, seedUserContacts } from './profile/seed'
import { seedReferralRequests } from './referral/seed'
import { seedLoginEvents, seedSessions } from './security/seed'
import { seedServices } from './services/seed'
import { seedTickets } from './tickets/seed'
import { seedInvitations } from './users/seed'

/** Bump when the seed or the stored shape changes: browsers holding an older copy are re-seeded. */
export const SEED_VERSION = 12

const SEED_DATE = '2026-10-01T09:00:00.000Z'

function account(id: string, number: string, type: AccountType, residency: Residency, seededAt: number): DbAccount {
  const created: DbAccount = {
    id,
    number,
    type,
    residency,
    createdAt: SEED_DATE,
    discountPercent: id === 'acc-business-res' ? 10 : null,
    // Filled from the seeded history (mocks/balance/seed.ts).
    balances: emptyBalances(),
    referralKopecks: 0,
    balanceVersion: 1,
    profile: { ...(seedProfiles[id] ?? {}) },
    profileVersion: 1,
    ...seedAccountExtras(id),
  }
  // Priced with the account's personal discount, as an order would be.
  created.services = seedServices(created, seededAt)
  return created
}

function seedAccounts(seededAt: number): DbAccount[] {
  const byId = new Map<string, DbAccount>()
  for (const p of personaSeeds) {
    if (byId.has(p.accountId)) continue
    // Contract numbers in the order the accounts were opened: 204501, 204502, …
    const number = String(204_501 + byId.size)
    byId.set(p.accountId, account(p.accountId, number, p.accountType, p.residency, seededAt))
  }
  return [...byId.values()]
}

function seedUsers(): DbUser[] {
  return personaSeeds.map((p) => ({
    id: p.userId,
    accountId: p.accountId,
    email: p.email,
    passwordHash: SEED_PASSWORD_HASHES[p.userId]!,
    name: p.name,
    role: p.role,
    status: 'active',
    createdAt: SEED_DATE,
    settings: { language: null, theme: null, uiState: {} },
    ...(seedUserContacts[p.userId] ? { contact: { ...seedUserContacts[p.userId] } } : {}),
    // secure.resident: on since the account was opened; step 0, so any current code is new.
    ...(p.userId === 'usr-secure-res' ? { twoFactor: { secret: SECURE_RESIDENT_TOTP_SECRET, enabledAt: SEED_DATE, backupCodeHashes: [...SECURE_RESIDENT_BACKUP_CODE_HASHES], lastUsedStep: 0 } } : {}),
  }))
}

export function createSeed(): DbState {
  // The billing history is "the last twelve months" of whenever the data is seeded.
  const seededAt = now()
  const db: DbState = {
    version: SEED_VERSION,
    accounts: seedAccounts(seededAt),
    users: seedUsers(),
    sessions: seedSessions(seededAt),
    loginEvents: seedLoginEvents(seededAt),
    failedLogins: {},
    loginChallenges: [],
    twoFactorFailures: {},
    apiKeys: seedApiKeys(seededAt),
    tickets: seedTickets(),
    transactions: [],
    referralRequests: seedReferralRequests(),
    payments: [],
    savedCards: [],
    autoTopUps: [],
    billingDocuments: [],
    balanceAlerts: seedBalanceAlerts(),
    mail: [],
    idempotency: [],
  }
  seedBilling(db, seededAt)
  seedBillingDocuments(db, seededAt)
  seedSavedCards(db, seededAt)
  seedInvitations(db, seededAt)
  return db
}
