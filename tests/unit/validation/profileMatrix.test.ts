// The profile matrix as data against PRODUCT.md's table, with the English labels of the locale.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canEditField, canSeeField, isLockedField, layoutFields, PROFILE_FIELDS, PROFILE_MATRIX, profileFieldScope, profileLayout, visibleLayout, type ProfileVariant } from '@/validation/schemas'

const en = JSON.parse(readFileSync(join(process.cwd(), 'locales', 'en.json'), 'utf8')) as { profileTab: { fields: Record<string, string>; groups: Record<string, string> } }
const label = (key: string) => en.profileTab.fields[key.replace('profileTab.fields.', '')]

const CONTACTS = ['Phone', 'Fax', 'Contact person', 'Email', 'Phone number']
const PERSONAL = ['Full name', 'Date of birth', 'Place of birth', 'Passport serial number', 'Passport issuing authority', 'Passport issue date', 'Address', 'Email', 'Phone number']

const EXPECTED: Record<ProfileVariant, { fields: string[]; originals: boolean; gdpr: boolean }> = {
  'personal.resident': { fields: PERSONAL, originals: false, gdpr: false },
  'personal.nonresident': { fields: [...PERSONAL, 'Country'], originals: false, gdpr: false },
  'business.resident': {
    fields: ['Company name', 'INN', 'KPP', 'PSRN', 'Authorized person', 'Position', 'Authorized by', 'BIC', 'Bank', 'Correspondent account', 'Settlement account', 'Actual address', 'Legal address', ...CONTACTS],
    originals: true,
    gdpr: false,
  },
  'business.nonresident': {
    fields: ['Company name', 'Country', 'VATIN', 'Authorized person', 'Bank', 'SWIFT code', 'Account number', 'Actual address', 'Legal address', ...CONTACTS],
    originals: false,
    gdpr: true,
  },
  'sole.resident': {
    fields: ['Company name', 'INN', 'Passport serial number', 'Passport issuing authority', 'Passport issue date', 'BIC', 'Bank', 'Correspondent account', 'Settlement account', 'Actual address', 'Legal address', 'Contact person', 'Email', 'Phone number'],
    originals: true,
    gdpr: false,
  },
  'state.resident': {
    fields: ['Company name', 'INN', 'KPP', 'PSRN', 'Authorized person', 'Position', 'Authorized by', 'BIC', 'Bank', 'Personal account', 'Settlement account', 'Actual address', 'Legal address', ...CONTACTS],
    originals: true,
    gdpr: false,
  },
}

describe('PROFILE_MATRIX', () => {
  it.each(Object.entries(EXPECTED))('%s has exactly the fields and blocks of PRODUCT.md, in order', (variant, expected) => {
    const layout = PROFILE_MATRIX[variant as ProfileVariant]
    expect(layoutFields(layout).map((field) => label(PROFILE_FIELDS[field].labelKey))).toEqual(expected.fields)
    expect({ originals: layout.originals, gdpr: layout.gdpr }).toEqual({ originals: expected.originals, gdpr: expected.gdpr })
  })

  it('groups bank details and contact details as the seed does', () => {
    const groups = PROFILE_MATRIX['state.resident'].groups.map((g) => [g.id, g.fields])
    expect(groups).toContainEqual(['bank', ['bic', 'bank', 'personalAccount', 'settlementAccount']])
    expect(groups).toContainEqual(['contacts', ['phone', 'fax', 'contactPerson', 'email', 'phoneNumber']])
    expect(PROFILE_MATRIX['sole.resident'].groups.at(-1)!.fields).toEqual(['contactPerson', 'email', 'phoneNumber'])
  })

  it('gives sole traders and state institutions the resident layout whatever the residency', () => {
    expect(profileLayout('sole', 'nonresident')).toBe(PROFILE_MATRIX['sole.resident'])
    expect(profileLayout('state', 'nonresident')).toBe(PROFILE_MATRIX['state.resident'])
  })
})

describe('roles and locks', () => {
  it('locks INN, VATIN and the full name, and nothing else', () => {
    expect(Object.keys(PROFILE_FIELDS).filter((field) => isLockedField(field as never))).toEqual(['fullName', 'inn', 'vatin'])
  })

  it('classifies fields as contact, passport, personal or company data', () => {
    expect(profileFieldScope('email', 'business')).toBe('contact')
    expect(profileFieldScope('passportNumber', 'sole')).toBe('passport')
    expect(profileFieldScope('fullName', 'personal')).toBe('personal')
    expect(profileFieldScope('country', 'business')).toBe('company')
    expect(profileFieldScope('bic', 'state')).toBe('company')
  })

  it('hides passport data from a user and lets them change only contact details', () => {
    expect(canSeeField('user', 'passportNumber', 'sole')).toBe(false)
    expect(canSeeField('user', 'inn', 'sole')).toBe(true)
    expect(canEditField('user', 'companyName', 'business')).toBe(false)
    expect(canEditField('user', 'phoneNumber', 'business')).toBe(true)
    expect(canEditField('admin', 'companyName', 'business')).toBe(true)
  })

  it('shows a user neither originals nor GDPR', () => {
    const layout = visibleLayout(PROFILE_MATRIX['sole.resident'], 'user', 'sole')
    expect(layoutFields(layout)).not.toContain('passportNumber')
    expect(layout.originals).toBe(false)
    expect(visibleLayout(PROFILE_MATRIX['business.nonresident'], 'user', 'business').gdpr).toBe(false)
    expect(visibleLayout(PROFILE_MATRIX['business.nonresident'], 'admin', 'business').gdpr).toBe(true)
  })
})
