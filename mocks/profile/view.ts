// What GET /profile returns to one user: the matrix's fields for the account, filtered by role.
// The main administrator's contact details are the account's; a user's are their own (DbUser.contact).
import type { Profile, ProfileFieldName, ProfilePendingChange, ProfileValues } from '@/api/types'
import { canSeeField, layoutFields, profileFieldScope, profileLayout, profileVariant, type ProfileVariant } from '@/validation/schemas/profileMatrix'
import type { DbAccount, DbPendingChange, DbUser } from '../kernel/schema'

export function variantOf(account: DbAccount): ProfileVariant {
  return profileVariant(account.type, account.residency)
}

/** Whether `field` of this user lives on the user (their own contact details) rather than the account. */
export function isUserOwned(user: DbUser, account: DbAccount, field: ProfileFieldName): boolean {
  return user.role !== 'admin' && profileFieldScope(field, account.type) === 'contact'
}

/** The fields this user sees, in the matrix's order. */
export function visibleFields(user: DbUser, account: DbAccount): ProfileFieldName[] {
  return layoutFields(profileLayout(account.type, account.residency)).filter((field) => canSeeField(user.role, field, account.type))
}

export function valuesFor(user: DbUser, account: DbAccount): ProfileValues {
  const values: ProfileValues = {}
  for (const field of visibleFields(user, account)) {
    values[field] = (isUserOwned(user, account, field) ? user.contact?.[field] : account.profile[field]) ?? ''
  }
  return values
}

/** Pending changes of what this user sees: the account's for the administrator, their own for a user. */
export function pendingFor(user: DbUser, account: DbAccount): DbPendingChange[] {
  return (account.pendingChanges ?? []).filter((change) => (user.role === 'admin' ? change.userId === null : change.userId === user.id))
}

/**
 * The version a PATCH must match. A user edits only their own contact details, so only those
 * make their form stale; the administrator's form goes stale on any change of the account's data.
 */
export function profileEtag(user: DbUser, account: DbAccount): string {
  return user.role === 'admin' ? `"a${account.profileVersion}"` : `"u${user.contactVersion ?? 1}"`
}

export function profileFor(user: DbUser, account: DbAccount): Profile {
  const layout = profileLayout(account.type, account.residency)
  const pending: ProfilePendingChange[] = pendingFor(user, account).map(({ field, oldValue, newValue, ticketId, createdAt }) => ({ field, oldValue, newValue, ticketId, createdAt }))
  return {
    accountType: account.type,
    residency: account.residency,
    role: user.role,
    contactOwner: user.role === 'admin' ? 'account' : 'user',
    values: valuesFor(user, account),
    pending,
    discountPercent: account.discountPercent,
    originals: layout.originals && user.role === 'admin' ? { ...(account.originals ?? { method: 'edm', address: '' }) } : null,
  }
}
