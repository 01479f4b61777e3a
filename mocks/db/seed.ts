// The versioned seed: the seven personas, their accounts and enough data that no page opens empty.
import type { AccountType, Residency } from '@/api/types'
import { personaSeeds, DEMO_PASSWORD } from './personas'
import { seedAccountExtras, seedProfiles, seedUserContacts } from './seedProfiles'
import { seedReferralRequests } from './seedSupport'
import type { DbAccount, DbState, DbTicket, DbTransaction, DbUser } from './schema'

/** Bump when the seed or the stored shape changes: browsers holding an older copy are re-seeded. */
export const SEED_VERSION = 5

const SEED_DATE = '2026-10-01T09:00:00.000Z'

function account(id: string, type: AccountType, residency: Residency, mainRubles: number, bonusRubles: number): DbAccount {
  return {
    id,
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
  const balances: Record<string, [number, number]> = {
    'acc-personal-res': [1250, 0],
    'acc-personal-nonres': [830, 150],
    'acc-business-res': [48_500, 2_000],
    // A little money left and an active service: deleting the account (GDPR) shows both reasons.
    'acc-business-nonres': [350, 0],
    'acc-sole-res': [7_300, 500],
    'acc-state-res': [120_000, 0],
  }
  for (const p of personaSeeds) {
    if (byId.has(p.accountId)) continue
    const [main, bonus] = balances[p.accountId] ?? [0, 0]
    byId.set(p.accountId, account(p.accountId, p.accountType, p.residency, main, bonus))
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

function ticket(id: string, accountId: string, userId: string, subject: string, status: DbTicket['status'], day: number, question: string, answer?: string): DbTicket {
  const createdAt = `2026-11-${String(day).padStart(2, '0')}T08:30:00.000Z`
  const answeredAt = `2026-11-${String(day).padStart(2, '0')}T09:10:00.000Z`
  const messages: DbTicket['messages'] = [{ id: `${id}-m1`, author: 'customer', authorName: '', text: question, createdAt }]
  if (answer) messages.push({ id: `${id}-m2`, author: 'support', authorName: 'Support', text: answer, createdAt: answeredAt })
  return {
    id,
    accountId,
    userId,
    subject,
    category: 'technical',
    service: null,
    status,
    createdAt,
    updatedAt: answer ? answeredAt : createdAt,
    // Closed tickets were read by whoever opened them; answered ones are new to everybody.
    readAt: status === 'closed' && answer ? { [userId]: answeredAt } : {},
    messages,
  }
}

function seedTickets(): DbTicket[] {
  return [
    ticket('1001', 'acc-business-res', 'usr-business-res', 'Cloud server does not start after resize', 'answered', 20, 'After resizing the server to 4 vCPU it stays in the "Starting" state.', 'We restarted the hypervisor host; the server is running again. Please check.'),
    ticket('1002', 'acc-business-res', 'usr-business-res', 'Closing documents for October', 'closed', 5, 'Please send the closing documents for October by post.', 'The documents were sent by post, tracking number RA123456785RU.'),
    ticket('1003', 'acc-business-res', 'usr-business-res-user', 'Add a second public IP address', 'open', 26, 'We need one more public IPv4 address for the load balancer.'),
    ticket('1004', 'acc-business-nonres', 'usr-business-nonres', 'Invoice in euros', 'answered', 18, 'Can you issue invoices in EUR?', 'Invoices are issued in rubles; your bank converts the payment.'),
    ticket('1005', 'acc-personal-res', 'usr-personal-res', 'How to set up a backup', 'closed', 3, 'How do I turn on daily backups?', 'Open the server, then Backups, and choose a daily schedule.'),
    ticket('1006', 'acc-sole-res', 'usr-sole-res', 'Domain delegation', 'open', 25, 'The domain has not delegated for two days.'),
    ticket('1007', 'acc-state-res', 'usr-state-res', 'Contract under 44-FZ', 'answered', 12, 'We need a state contract for next year.', 'Please send the draft contract; our lawyers will review it within 3 working days.'),
  ]
}

function seedTransactions(): DbTransaction[] {
  const rows: [string, string, DbTransaction['kind'], number, string][] = [
    ['acc-business-res', '2026-11-01T10:00:00.000Z', 'top-up', 50_000, 'Bank transfer, invoice 2026-1101'],
    ['acc-business-res', '2026-11-10T00:00:00.000Z', 'charge', -1_500, 'Cloud servers, 1–10 November'],
    ['acc-business-res', '2026-11-20T00:00:00.000Z', 'charge', -1_200, 'Object storage, November'],
    ['acc-business-res', '2026-11-21T00:00:00.000Z', 'top-up', 1_200, 'Bank card'],
    ['acc-business-nonres', '2026-10-15T00:00:00.000Z', 'top-up', 500, 'Bank card'],
    ['acc-business-nonres', '2026-10-31T00:00:00.000Z', 'charge', -500, 'Dedicated server, October'],
    ['acc-business-nonres', '2026-11-25T00:00:00.000Z', 'top-up', 350, 'Bank card'],
    ['acc-personal-res', '2026-11-02T00:00:00.000Z', 'top-up', 2_000, 'Bank card'],
    ['acc-personal-res', '2026-11-15T00:00:00.000Z', 'charge', -750, 'Cloud server, November'],
    ['acc-personal-nonres', '2026-11-05T00:00:00.000Z', 'top-up', 1_000, 'Bank card'],
    ['acc-sole-res', '2026-11-03T00:00:00.000Z', 'top-up', 10_000, 'Bank transfer'],
    ['acc-state-res', '2026-10-20T00:00:00.000Z', 'top-up', 120_000, 'Treasury payment order 512'],
  ]
  return rows.map(([accountId, at, kind, rubles, description], i) => ({
    id: `tx-${i + 1}`,
    accountId,
    at,
    kind,
    balance: 'main',
    amountKopecks: rubles * 100,
    description,
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
