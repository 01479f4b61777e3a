// The profile edit form's schema: every seeded profile passes it, and each field refuses bad
// values with its own message key (the same keys the mock API answers with).
import { describe, expect, it } from 'vitest'
import type { ProfileValues } from '@/api/types'
import { seedProfiles, seedUserContacts } from '@mocks/profile/seed'
import { personaSeeds } from '@mocks/auth/seed'
import { fieldErrorsOf, layoutFields, normalizeProfileValues, profileLayout, profileSchema, profileVariant, type ProfileVariant } from '@/validation/schemas'

const TODAY = '2026-11-30'

async function errorsFor(variant: ProfileVariant, base: ProfileValues, change: ProfileValues) {
  return fieldErrorsOf(profileSchema(variant, { base, today: TODAY }), { ...base, ...change })
}

describe('seeded profiles', () => {
  const accounts = [...new Map(personaSeeds.map((p) => [p.accountId, p])).values()]

  it.each(accounts.map((p) => [p.accountId, p] as const))('%s passes the schema of its account type and fills every field but optional ones', async (accountId, persona) => {
    const values = seedProfiles[accountId]!
    const variant = profileVariant(persona.accountType, persona.residency)
    expect(await errorsFor(variant, values, {})).toBeNull()
    expect(Object.keys(values).sort()).toEqual(layoutFields(profileLayout(persona.accountType, persona.residency)).sort())
    // Stored values are already normalised: normalising changes nothing.
    expect(normalizeProfileValues(variant, values)).toEqual(values)
  })

  it('leaves the Fax of business.resident empty', () => {
    expect(seedProfiles['acc-business-res']!.fax).toBe('')
  })

  it('gives the user of business.resident valid contact details of their own', async () => {
    const contact = seedUserContacts['usr-business-res-user']!
    expect(await fieldErrorsOf(profileSchema('business.resident', { fields: ['phone', 'fax', 'contactPerson', 'email', 'phoneNumber'], base: contact }), contact)).toBeNull()
  })
})

type Row = [field: keyof ProfileValues, value: string, message: string]

describe('profileSchema refuses bad values, field by field', () => {
  const businessRes = seedProfiles['acc-business-res']!
  it.each<Row>([
    ['kpp', '7810010', 'validation.kpp'],
    ['psrn', '102780001236', 'validation.psrnFormat'],
    ['psrn', '1027800012361', 'validation.psrnChecksum'],
    ['bic', '123456789', 'validation.bic'],
    ['correspondentAccount', '3010181020000000059', 'validation.accountFormat'],
    ['correspondentAccount', '30101810200000000594', 'validation.accountChecksum'],
    ['settlementAccount', '40702810102300012786', 'validation.accountChecksum'],
    ['phone', '+7 812 333', 'validation.phoneRu'],
    ['fax', '+49301234567', 'validation.phoneRu'],
    ['email', 'elena@example', 'validation.email'],
    ['contactPerson', 'Elena 2', 'validation.personName'],
    ['authorizedPerson', '', 'validation.required'],
    ['position', 'x'.repeat(201), 'validation.tooLong'],
  ])('business.resident: %s %j → %s', async (field, value, message) => {
    expect((await errorsFor('business.resident', businessRes, { [field]: value }))?.[field]).toBe(message)
  })

  const stateRes = seedProfiles['acc-state-res']!
  it.each<Row>([
    ['personalAccount', '99736U95470', 'validation.personalAccount'],
    ['settlementAccount', '40102810545370000003', 'validation.treasuryAccount'],
  ])('state.resident: %s %j → %s', async (field, value, message) => {
    expect((await errorsFor('state.resident', stateRes, { [field]: value }))?.[field]).toBe(message)
  })

  const personalRes = seedProfiles['acc-personal-res']!
  it.each<Row>([
    ['passportNumber', '4509 2358', 'validation.passportNumber'],
    ['passportIssueDate', '1999-01-01', 'validation.passportIssueDate'],
    ['passportIssueDate', '2005-02-30', 'validation.date'],
    ['birthDate', '2015-05-05', 'validation.adult'],
    ['fullName', 'Ivan_Petrov', 'validation.personName'],
    ['phoneNumber', '+7916123456', 'validation.phoneRu'],
  ])('personal.resident: %s %j → %s', async (field, value, message) => {
    expect((await errorsFor('personal.resident', personalRes, { [field]: value }))?.[field]).toBe(message)
  })

  const personalNonres = seedProfiles['acc-personal-nonres']!
  it.each<Row>([
    ['birthDate', '1800-01-01', 'validation.birthDateTooEarly'],
    ['birthDate', '1899-12-31', 'validation.birthDateTooEarly'],
    ['phoneNumber', 'abcdefghijk', 'validation.phoneRu'],
    ['phoneNumber', '+7 916 abc-45-67', 'validation.phoneRu'],
    ['phoneNumber', '8 (916) 1234567 ext', 'validation.phoneRu'],
  ])('personal.resident, a typing mistake: %s %j → %s', async (field, value, message) => {
    expect((await errorsFor('personal.resident', personalRes, { [field]: value }))?.[field]).toBe(message)
  })

  it.each<Row>([
    ['phone', 'call me', 'validation.phoneRu'],
    ['fax', 'none', 'validation.phoneRu'],
  ])('business.resident, letters in an optional phone: %s %j → %s (not cleared)', async (field, value, message) => {
    expect((await errorsFor('business.resident', businessRes, { [field]: value }))?.[field]).toBe(message)
  })

  it('personal.nonresident: a phone typed as letters gets the international phone format message', async () => {
    expect((await errorsFor('personal.nonresident', personalNonres, { phoneNumber: 'phone' }))?.phoneNumber).toBe('validation.phoneInternational')
  })

  it('personal.resident: takes a date of birth of 1 January 1900 and a phone written with brackets and dashes', async () => {
    expect(await errorsFor('personal.resident', personalRes, { birthDate: '1900-01-01', phoneNumber: '8 (916) 123-45-67' })).toBeNull()
  })

  it.each<Row>([
    ['passportNumber', 'N12', 'validation.foreignPassportNumber'],
    ['passportIssueDate', '1990-01-01', 'validation.passportIssueDate'],
    ['country', 'RU', 'validation.country'],
    ['country', 'XX', 'validation.country'],
    ['phoneNumber', '+0123', 'validation.phoneInternational'],
  ])('personal.nonresident: %s %j → %s', async (field, value, message) => {
    expect((await errorsFor('personal.nonresident', personalNonres, { [field]: value }))?.[field]).toBe(message)
  })

  const businessNonres = seedProfiles['acc-business-nonres']!
  it.each<Row>([
    ['swift', 'DEUT1', 'validation.swift'],
    ['accountNumber', 'DE89370400440532013001', 'validation.ibanChecksum'],
    ['accountNumber', '12-34', 'validation.accountNumber'],
    ['vatin', 'DE12345678', 'validation.vatin'],
  ])('business.nonresident: %s %j → %s', async (field, value, message) => {
    expect((await errorsFor('business.nonresident', businessNonres, { [field]: value }))?.[field]).toBe(message)
  })

  it.each<Row>([
    ['inn', '7707083894', 'validation.innChecksum'],
    ['inn', '500100732259', 'validation.innLegalFormat'],
  ])('an organization’s INN: %s %j → %s', async (field, value, message) => {
    expect((await errorsFor('business.resident', {}, { [field]: value }))?.[field]).toBe(message)
  })

  it('a sole trader’s INN has 12 digits', async () => {
    expect((await errorsFor('sole.resident', {}, { inn: '7707083893' }))?.inn).toBe('validation.innPersonalFormat')
    expect(await errorsFor('sole.resident', {}, { inn: '772349156818' })).toBeNull()
  })

  it('checks a VATIN against the chosen country', async () => {
    expect(await errorsFor('business.nonresident', {}, { country: 'KZ', vatin: '180540012343' })).toBeNull()
    expect((await errorsFor('business.nonresident', {}, { country: 'FR', vatin: 'DE136695976' }))?.vatin).toBe('validation.vatin')
  })
})

describe('profileSchema and empty fields', () => {
  it('lets a new account leave any field empty', async () => {
    expect(await errorsFor('state.resident', { email: 'new@demo.test' }, {})).toBeNull()
  })

  it('does not let a filled field be emptied unless it is optional (Fax, Phone)', async () => {
    const base = seedProfiles['acc-state-res']!
    expect(await errorsFor('state.resident', base, { bank: '', fax: '', phone: '' })).toEqual({ bank: 'validation.required' })
  })

  it('normalises what people type: spaces, dashes, 8 for +7, lower-case codes', async () => {
    const values = normalizeProfileValues('business.resident', { phone: '8 (812) 333-44-55', kpp: ' 781001001 ', settlementAccount: '40702 810 1 0230 0012785', email: ' Elena@Example.COM ' })
    expect(values).toEqual({ phone: '+78123334455', kpp: '781001001', settlementAccount: '40702810102300012785', email: 'elena@example.com' })
    expect(normalizeProfileValues('business.nonresident', { swift: 'deut deff', accountNumber: 'de89 3704 0044 0532 0130 00' })).toEqual({ swift: 'DEUTDEFF', accountNumber: 'DE89370400440532013000' })
  })
})
