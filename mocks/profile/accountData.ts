// Everything the mock backend holds about one account: what the GDPR archive contains, and what
// "Delete account" removes. Collections are found by their `accountId` / `userId`, so data that
// other features add later is included without changes here. Secrets (passwords, session tokens)
// never leave the backend.
import type { components } from '@/api/generated/openapi'
import type { DbState } from '../kernel/schema'

type PersonalDataArchive = components['schemas']['PersonalDataArchive']

const SECRET_KEYS = new Set(['password', 'passwordHash', 'token', 'twoFactor', 'twoFactorSetup'])
/** Collections handled on their own (the account and its users, records kept by email or user id) or holding no personal data. */
const NOT_GENERIC = new Set(['version', 'accounts', 'users', 'failedLogins', 'twoFactorFailures'])

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_KEYS.has(key)).map(([key, item]) => [key, withoutSecrets(item)]))
  }
  return value
}

function belongsTo(item: unknown, accountId: string, userIds: Set<string>): boolean {
  if (!item || typeof item !== 'object') return false
  const record = item as { accountId?: unknown; userId?: unknown }
  return record.accountId === accountId || (typeof record.userId === 'string' && userIds.has(record.userId))
}

/** The account's personal data archive (GDPR), as a JSON-ready object. */
export function personalDataOf(db: DbState, accountId: string, generatedAt: string): PersonalDataArchive {
  const account = db.accounts.find((a) => a.id === accountId)
  const users = db.users.filter((u) => u.accountId === accountId)
  const userIds = new Set(users.map((u) => u.id))
  const archive: PersonalDataArchive = { generatedAt, account: withoutSecrets(account) as Record<string, unknown>, users: withoutSecrets(users) as Record<string, unknown>[], failedLogins: {} }
  for (const [key, collection] of Object.entries(db)) {
    if (NOT_GENERIC.has(key) || !Array.isArray(collection)) continue
    archive[key] = withoutSecrets(collection.filter((item) => belongsTo(item, accountId, userIds)))
  }
  // Failed logins are kept by email (the attempt may come before anyone knows the user).
  archive.failedLogins = Object.fromEntries(users.filter((u) => db.failedLogins[u.email]).map((u) => [u.email, db.failedLogins[u.email]!.map((at) => new Date(at).toISOString())]))
  return archive
}

/** Removes the account, its users and everything that belongs to them. */
export function deleteAccountData(db: DbState, accountId: string): void {
  const users = db.users.filter((u) => u.accountId === accountId)
  const userIds = new Set(users.map((u) => u.id))
  const record = db as unknown as Record<string, unknown>
  for (const [key, collection] of Object.entries(record)) {
    if (NOT_GENERIC.has(key) || !Array.isArray(collection)) continue
    record[key] = collection.filter((item) => !belongsTo(item, accountId, userIds))
  }
  db.accounts = db.accounts.filter((a) => a.id !== accountId)
  db.users = db.users.filter((u) => u.accountId !== accountId)
  for (const user of users) {
    delete db.failedLogins[user.email]
    delete db.twoFactorFailures[user.id]
  }
}
