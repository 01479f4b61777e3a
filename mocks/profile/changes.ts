// PATCH /profile: the editing rules of the seed. A value typed into an empty field applies at once;
// a changed previously entered value waits for support, in a ticket created automatically with
// the old and new values. Locked fields (INN, VATIN, a Personal account's full name) can be filled
// in once but never changed; a field with a pending change cannot be changed again until then.
import type { Locale, ProfileFieldName, ProfileSaveResult, ProfileValues } from '@/api/types'
import { canEditField, canSeeField, isLockedField, layoutFields, profileLayout } from '@/validation/schemas/profileMatrix'
import { now as clockNow } from '../kernel/clock'
import { updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { newId } from '../kernel/ids'
import { problem, validationProblem, type ProblemResponse } from '../kernel/problems'
import { DELAYS_MS } from '../kernel/qaSettings'
import type { DbAccount, DbState, DbTicket, DbUser } from '../kernel/schema'
import { nextTicketId } from '../tickets/service'
import { FIELD_LABELS, TICKET_TEXTS } from './labels'
import { isUserOwned, pendingFor, profileEtag, profileFor, valuesFor, variantOf, visibleFields } from './view'

interface Change {
  field: ProfileFieldName
  oldValue: string
  newValue: string
}

/** Refusals that do not depend on the values: unknown fields, role, version. Null when none. */
export function refusePatch(user: DbUser, account: DbAccount, values: Record<string, unknown>, ifMatch: string | null): ProblemResponse | null {
  const fields = Object.keys(values)
  const ofAccount = new Set<string>(layoutFields(profileLayout(account.type, account.residency)))
  const unknown = fields.filter((field) => !ofAccount.has(field))
  if (unknown.length) return validationProblem(Object.fromEntries(unknown.map((field) => [field, 'validation.unknownField'])))
  // Company information, personal and passport data: the main administrator's only.
  const forbidden = (fields as ProfileFieldName[]).filter((field) => !canSeeField(user.role, field, account.type) || !canEditField(user.role, field, account.type))
  if (forbidden.length) return problem(403, 'profile.adminOnly', { errors: Object.fromEntries(forbidden.map((field) => [field, 'validation.adminOnly'])) })
  const notText = fields.filter((field) => typeof values[field] !== 'string')
  if (notText.length) return validationProblem(Object.fromEntries(notText.map((field) => [field, 'validation.invalid'])))
  if (!ifMatch) return problem(428, 'profile.versionRequired')
  if (ifMatch !== profileEtag(user, account)) return problem(412, 'profile.stale')
  return null
}

function confirmationTicket(db: DbState, account: DbAccount, user: DbUser, changes: Change[], now: string, language: Locale): DbTicket {
  const texts = TICKET_TEXTS[language]
  const lines = changes.map(({ field, oldValue, newValue }) => `• ${FIELD_LABELS[language][field]}: ${oldValue || texts.empty} → ${newValue || texts.empty}`)
  return {
    id: nextTicketId(db),
    accountId: account.id,
    userId: user.id,
    subject: texts.subject,
    category: 'profile',
    service: null,
    status: 'open',
    createdAt: now,
    updatedAt: now,
    readAt: {},
    messages: [{ id: newId('msg'), author: 'customer', authorName: user.name || user.email, text: [texts.intro, ...lines].join('\n'), createdAt: now }],
    profileChange: changes.map((change) => ({ ...change })),
    language,
  }
}

/** The saved profile and its new version (the handler sends it as the ETag). */
export interface SavedPatch {
  body: ProfileSaveResult
  etag: string
}

/** Validates and applies the patch (after refusePatch): the saved result, or the refusal. */
export async function applyPatch(user: DbUser, account: DbAccount, raw: Record<string, string>, language: Locale): Promise<SavedPatch | ProblemResponse> {
  const variant = variantOf(account)
  const current = valuesFor(user, account)
  // The version refusePatch checked If-Match against, taken before anything awaits.
  const checkedEtag = profileEtag(user, account)
  const { fieldErrorsOf, normalizeProfileValues, profileSchema } = await loadSchemas()
  const values = normalizeProfileValues(variant, raw as ProfileValues)
  const changed = (Object.keys(values) as ProfileFieldName[]).filter((field) => values[field] !== (current[field] ?? ''))

  const locked = changed.filter((field) => isLockedField(field) && current[field])
  if (locked.length) return validationProblem(Object.fromEntries(locked.map((field) => [field, 'validation.fieldLocked'])))
  const pendingFields = new Set(pendingFor(user, account).map((change) => change.field))
  const conflicts = changed.filter((field) => pendingFields.has(field))
  if (conflicts.length) return problem(409, 'profile.changePending', { errors: Object.fromEntries(conflicts.map((field) => [field, 'validation.changePending'])) })

  // The whole editable data after the change must be valid (an account number is checked against
  // the BIC it would be paid to), with the same schema as the form.
  const editable = visibleFields(user, account).filter((field) => canEditField(user.role, field, account.type))
  const errors = await fieldErrorsOf(profileSchema(variant, { fields: editable, base: current }), { ...current, ...values })
  if (errors) return validationProblem(errors)

  const now = new Date(clockNow())
  const result = updateDb((db): (Omit<ProfileSaveResult, 'profile'> & { profile: ReturnType<typeof profileFor>; etag: string }) | null => {
    const acc = db.accounts.find((a) => a.id === account.id)!
    const usr = db.users.find((u) => u.id === user.id)!
    // Another save (a second tab, a double submit) landed while this one was being validated.
    if (profileEtag(usr, acc) !== checkedEtag) return null
    const applied = changed.filter((field) => !current[field])
    const toConfirm: Change[] = changed.filter((field) => current[field]).map((field) => ({ field, oldValue: current[field] ?? '', newValue: values[field] ?? '' }))
    for (const field of applied) {
      if (isUserOwned(usr, acc, field)) usr.contact = { ...usr.contact, [field]: values[field] ?? '' }
      else acc.profile[field] = values[field] ?? ''
    }
    let ticketId: string | null = null
    if (toConfirm.length) {
      const ticket = confirmationTicket(db, acc, usr, toConfirm, now.toISOString(), language)
      db.tickets.push(ticket)
      ticketId = ticket.id
      const confirmAt = new Date(now.getTime() + DELAYS_MS.profileConfirm).toISOString()
      const ownerId = usr.role === 'admin' ? null : usr.id
      acc.pendingChanges = [...(acc.pendingChanges ?? []), ...toConfirm.map((change) => ({ ...change, ticketId: ticket.id, userId: ownerId, createdAt: now.toISOString(), confirmAt }))]
    }
    if (changed.length) {
      if (usr.role === 'admin') acc.profileVersion += 1
      else usr.contactVersion = (usr.contactVersion ?? 1) + 1
    }
    return { profile: profileFor(usr, acc), etag: profileEtag(usr, acc), applied, pending: toConfirm.map((c) => c.field), ticketId }
  })
  if (!result) return problem(412, 'profile.stale')
  const { etag, ...body } = result
  return { body, etag }
}
