// The profile matrix of PRODUCT.md as data: per account type × residency, the groups and fields
// the Profile tab shows (in order), and the blocks "Original billing documents" and "GDPR".
// The tab, the edit form's yup schema and the mock API all read it, so they cannot disagree.
// Field details (label, validator, locked) are in profileFields.ts; who may see and change what
// (roles) is below.
import type { AccountType, ProfileFieldName, Residency, Role } from '@/api/types'
import { PROFILE_FIELDS } from './profileFields'

export type ProfileVariant = 'personal.resident' | 'personal.nonresident' | 'business.resident' | 'business.nonresident' | 'sole.resident' | 'state.resident'
export type ProfileGroupId = 'personal' | 'company' | 'bank' | 'addresses' | 'contacts'

export interface ProfileGroup {
  id: ProfileGroupId
  titleKey: string
  fields: readonly ProfileFieldName[]
}

export interface ProfileLayout {
  groups: readonly ProfileGroup[]
  /** "Original billing documents": how paper originals reach the customer. */
  originals: boolean
  /** "GDPR": personal data archive and account deletion. */
  gdpr: boolean
}

const group = <const F extends readonly ProfileFieldName[]>(id: ProfileGroupId, fields: F) => ({ id, titleKey: `profileTab.groups.${id}`, fields }) as const

const PERSONAL = ['fullName', 'birthDate', 'birthPlace', 'passportNumber', 'passportIssuedBy', 'passportIssueDate', 'address', 'email', 'phoneNumber'] as const
// Business account and State institution (residents) share the company information.
const RU_COMPANY = group('company', ['companyName', 'inn', 'kpp', 'psrn', 'authorizedPerson', 'position', 'authorizedBy'])
const ADDRESSES = group('addresses', ['actualAddress', 'legalAddress'])
const FULL_CONTACTS = group('contacts', ['phone', 'fax', 'contactPerson', 'email', 'phoneNumber'])

export const PROFILE_MATRIX = {
  'personal.resident': { groups: [group('personal', PERSONAL)], originals: false, gdpr: false },
  'personal.nonresident': { groups: [group('personal', [...PERSONAL, 'country'] as const)], originals: false, gdpr: false },
  'business.resident': {
    groups: [
      RU_COMPANY,
      group('bank', ['bic', 'bank', 'correspondentAccount', 'settlementAccount']),
      ADDRESSES,
      FULL_CONTACTS,
    ],
    originals: true,
    gdpr: false,
  },
  'business.nonresident': {
    groups: [group('company', ['companyName', 'country', 'vatin', 'authorizedPerson']), group('bank', ['bank', 'swift', 'accountNumber']), ADDRESSES, FULL_CONTACTS],
    originals: false,
    gdpr: true,
  },
  'sole.resident': {
    groups: [
      group('company', ['companyName', 'inn', 'passportNumber', 'passportIssuedBy', 'passportIssueDate']),
      group('bank', ['bic', 'bank', 'correspondentAccount', 'settlementAccount']),
      ADDRESSES,
      group('contacts', ['contactPerson', 'email', 'phoneNumber']),
    ],
    originals: true,
    gdpr: false,
  },
  'state.resident': {
    groups: [
      RU_COMPANY,
      group('bank', ['bic', 'bank', 'personalAccount', 'settlementAccount']),
      ADDRESSES,
      FULL_CONTACTS,
    ],
    originals: true,
    gdpr: false,
  },
} as const satisfies Record<ProfileVariant, ProfileLayout>

/** The field names of one variant, as a type: the keys of its typed form values. */
export type ProfileFieldOf<V extends ProfileVariant> = (typeof PROFILE_MATRIX)[V]['groups'][number]['fields'][number]

/** Sole traders and state institutions are residents only; a stray combination gets the resident layout. */
export function profileVariant(type: AccountType, residency: Residency): ProfileVariant {
  if (type === 'sole' || type === 'state') return `${type}.resident`
  return `${type}.${residency}`
}

export function profileLayout(type: AccountType, residency: Residency): ProfileLayout {
  return PROFILE_MATRIX[profileVariant(type, residency)]
}

/** Every field of a layout, in the order shown. */
export function layoutFields(layout: ProfileLayout): ProfileFieldName[] {
  return layout.groups.flatMap((g) => [...g.fields])
}

// --- What a field is, and who may see and change it ---

/**
 * - `contact`: contact details; a user (not the main administrator) has their own and edits them;
 * - `passport`: passport data, which only the main administrator sees;
 * - `personal`: the rest of a Personal account's data; `company`: company information (including
 *   bank details and addresses) of Business, Sole trader and State institution accounts.
 */
export type ProfileScope = 'contact' | 'passport' | 'personal' | 'company'

const CONTACT_FIELDS: readonly ProfileFieldName[] = ['phone', 'fax', 'contactPerson', 'email', 'phoneNumber']
const PASSPORT_FIELDS: readonly ProfileFieldName[] = ['passportNumber', 'passportIssuedBy', 'passportIssueDate']

export function profileFieldScope(field: ProfileFieldName, type: AccountType): ProfileScope {
  if (CONTACT_FIELDS.includes(field)) return 'contact'
  if (PASSPORT_FIELDS.includes(field)) return 'passport'
  return type === 'personal' ? 'personal' : 'company'
}

export function isLockedField(field: ProfileFieldName): boolean {
  return PROFILE_FIELDS[field].locked === true
}

/** A user sees everything but passport data; the main administrator sees everything. */
export function canSeeField(role: Role, field: ProfileFieldName, type: AccountType): boolean {
  return role === 'admin' || profileFieldScope(field, type) !== 'passport'
}

/** A user changes only their own contact details; the main administrator changes everything (locks aside). */
export function canEditField(role: Role, field: ProfileFieldName, type: AccountType): boolean {
  return role === 'admin' || profileFieldScope(field, type) === 'contact'
}

/** The groups and fields this role sees. */
export function visibleLayout(layout: ProfileLayout, role: Role, type: AccountType): ProfileLayout {
  const groups = layout.groups.map((g) => ({ ...g, fields: g.fields.filter((f) => canSeeField(role, f, type)) })).filter((g) => g.fields.length > 0)
  return { groups, originals: layout.originals && role === 'admin', gdpr: layout.gdpr && role === 'admin' }
}
