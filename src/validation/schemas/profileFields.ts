// Every field a profile can have: how it is typed, normalised, checked and shown. Which fields an
// account has, and in which groups, is profileMatrix.ts. The rules return an i18n key (under
// `validation.`) or null, and are the pure validators of src/validation/rules, so the edit form
// and the mock API refuse exactly the same values.
import type { ProfileFieldName, ProfileValues, Residency } from '@/api/types'
import {
  correspondentAccountError,
  innError,
  isAdult,
  isCountryCode,
  isNotInFuture,
  isPlausibleBirthDate,
  isTreasuryBic,
  isValidBic,
  isValidEmail,
  isValidForeignAccountNumber,
  isValidForeignPassportNumber,
  isValidForeignTaxId,
  isValidInnLegal,
  isValidInnPersonal,
  isValidInternationalPhone,
  isValidIsoDate,
  isValidKpp,
  isValidPassportIssueDate,
  isValidPassportNumber,
  isValidPersonalAccount,
  isValidRuPhone,
  isValidSwift,
  looksLikeIban,
  normalizeCode,
  normalizeDigits,
  normalizePhone,
  ogrnError,
  settlementAccountError,
  type RuleError,
} from '@/validation/rules'

/** What the rules know besides the value: the other values (normalised) and the account. */
export interface ProfileRuleContext {
  values: ProfileValues
  residency: Residency
  /** 'legal' for companies and state institutions (10-digit INN), 'personal' for sole traders. */
  innKind: 'legal' | 'personal'
  today: Date | string
}

type Rule = (value: string, context: ProfileRuleContext) => string | null
type Normalizer = (value: string, residency: Residency) => string

/** How the edit form asks for the value. */
export type ProfileInputKind = 'text' | 'multiline' | 'date' | 'email' | 'tel' | 'country' | 'code'
/** How the Profile tab shows it. */
export type ProfileDisplayKind = 'text' | 'date' | 'account' | 'passport' | 'iban' | 'phone' | 'country'

export interface ProfileFieldDef {
  labelKey: string
  input: ProfileInputKind
  display: ProfileDisplayKind
  normalize: Normalizer
  maxLength: number
  rule?: Rule
  /** Set once (when empty), never changed afterwards: INN, VATIN, a Personal account's full name. */
  locked?: boolean
  /** May be left empty or cleared (the others, once filled in, must stay filled in). */
  optional?: boolean
  autocomplete?: string
}

const trim: Normalizer = (value) => value.trim().replace(/\s+/g, ' ')
const trimLines: Normalizer = (value) => value.trim()
const digits: Normalizer = (value) => normalizeDigits(value)
const code: Normalizer = (value) => normalizeCode(value)
// Only what people write around a number (spaces, + ( ) - .) is tidied away. Anything else, such as
// letters, is kept as typed, so the phone rule refuses it with the phone-format message instead of
// the number normalising to nothing ("Fill in this field.", or a silently cleared optional phone).
const PHONE_WRITING = /^[\d\s+().-]*\d[\d\s+().-]*$/
const phone: Normalizer = (value) => {
  const typed = value.trim()
  if (!typed) return ''
  return PHONE_WRITING.test(typed) ? normalizePhone(typed) : typed
}
const email: Normalizer = (value) => value.trim().toLowerCase()

const PERSON_NAME = /^\p{L}[\p{L}\s.'’-]*$/u

const personName: Rule = (value) => (PERSON_NAME.test(value) ? null : 'validation.personName')

const phoneRule: Rule = (value, { residency }) => {
  if (residency === 'resident') return isValidRuPhone(value) ? null : 'validation.phoneRu'
  return isValidInternationalPhone(value) ? null : 'validation.phoneInternational'
}

/** The other field's value as the rules see it (already normalised by the schema). */
const other = (context: ProfileRuleContext, field: ProfileFieldName) => context.values[field] ?? ''

/** Account errors → messages; a treasury office's "settlement account" is a treasury account. */
function accountMessage(error: RuleError | null, bic: string): string | null {
  if (error === null) return null
  if (error === 'bic') return 'validation.accountNeedsBic'
  if (error === 'format') return isTreasuryBic(bic) ? 'validation.treasuryAccount' : 'validation.accountFormat'
  return 'validation.accountChecksum'
}

const dateRule =
  (check: (value: string, context: ProfileRuleContext) => string | null): Rule =>
  (value, context) =>
    isValidIsoDate(value) ? check(value, context) : 'validation.date'

export const PROFILE_FIELDS: Record<ProfileFieldName, ProfileFieldDef> = {
  fullName: { labelKey: 'profileTab.fields.fullName', input: 'text', display: 'text', normalize: trim, maxLength: 200, rule: personName, locked: true, autocomplete: 'name' },
  birthDate: {
    labelKey: 'profileTab.fields.birthDate',
    input: 'date',
    display: 'date',
    normalize: trim,
    maxLength: 10,
    autocomplete: 'bday',
    rule: dateRule((value, { today }) => {
      if (!isPlausibleBirthDate(value)) return 'validation.birthDateTooEarly'
      return isAdult(value, today) ? null : 'validation.adult'
    }),
  },
  birthPlace: { labelKey: 'profileTab.fields.birthPlace', input: 'text', display: 'text', normalize: trim, maxLength: 200 },
  passportNumber: {
    labelKey: 'profileTab.fields.passportNumber',
    input: 'code',
    display: 'passport',
    normalize: (value, residency) => (residency === 'resident' ? normalizeDigits(value) : normalizeCode(value)),
    maxLength: 24,
    rule: (value, { residency }) => {
      if (residency === 'resident') return isValidPassportNumber(value) ? null : 'validation.passportNumber'
      return isValidForeignPassportNumber(value) ? null : 'validation.foreignPassportNumber'
    },
  },
  passportIssuedBy: { labelKey: 'profileTab.fields.passportIssuedBy', input: 'multiline', display: 'text', normalize: trimLines, maxLength: 300 },
  passportIssueDate: {
    labelKey: 'profileTab.fields.passportIssueDate',
    input: 'date',
    display: 'date',
    normalize: trim,
    maxLength: 10,
    rule: dateRule((value, context) => {
      const birth = other(context, 'birthDate')
      if (context.residency === 'resident') return isValidPassportIssueDate(value, birth || undefined, context.today) ? null : 'validation.passportIssueDate'
      // Foreign passports: any date from birth to today.
      const afterBirth = !isValidIsoDate(birth) || value >= birth
      return isNotInFuture(value, context.today) && afterBirth ? null : 'validation.passportIssueDate'
    }),
  },
  address: { labelKey: 'profileTab.fields.address', input: 'multiline', display: 'text', normalize: trimLines, maxLength: 300, autocomplete: 'street-address' },
  country: {
    labelKey: 'profileTab.fields.country',
    input: 'country',
    display: 'country',
    normalize: code,
    maxLength: 2,
    // Non-residents only: Russia is not a choice.
    rule: (value) => (isCountryCode(value) && value !== 'RU' ? null : 'validation.country'),
  },
  companyName: { labelKey: 'profileTab.fields.companyName', input: 'text', display: 'text', normalize: trim, maxLength: 300, autocomplete: 'organization' },
  inn: {
    labelKey: 'profileTab.fields.inn',
    input: 'code',
    display: 'text',
    normalize: digits,
    maxLength: 20,
    locked: true,
    rule: (value, { innKind }) => {
      const valid = innKind === 'legal' ? isValidInnLegal(value) : isValidInnPersonal(value)
      if (valid) return null
      const length = innKind === 'legal' ? 10 : 12
      if (value.length !== length || innError(value) === 'format') return innKind === 'legal' ? 'validation.innLegalFormat' : 'validation.innPersonalFormat'
      return 'validation.innChecksum'
    },
  },
  kpp: { labelKey: 'profileTab.fields.kpp', input: 'code', display: 'text', normalize: code, maxLength: 20, rule: (value) => (isValidKpp(value) ? null : 'validation.kpp') },
  psrn: {
    labelKey: 'profileTab.fields.psrn',
    input: 'code',
    display: 'text',
    normalize: digits,
    maxLength: 20,
    rule: (value) => {
      const error = ogrnError(value)
      return error === null ? null : error === 'format' ? 'validation.psrnFormat' : 'validation.psrnChecksum'
    },
  },
  vatin: {
    labelKey: 'profileTab.fields.vatin',
    input: 'code',
    display: 'text',
    normalize: code,
    maxLength: 24,
    locked: true,
    rule: (value, context) => (isValidForeignTaxId(value, other(context, 'country')) ? null : 'validation.vatin'),
  },
  authorizedPerson: { labelKey: 'profileTab.fields.authorizedPerson', input: 'text', display: 'text', normalize: trim, maxLength: 200, rule: personName },
  position: { labelKey: 'profileTab.fields.position', input: 'text', display: 'text', normalize: trim, maxLength: 200, autocomplete: 'organization-title' },
  authorizedBy: { labelKey: 'profileTab.fields.authorizedBy', input: 'text', display: 'text', normalize: trim, maxLength: 300 },
  bic: { labelKey: 'profileTab.fields.bic', input: 'code', display: 'text', normalize: digits, maxLength: 20, rule: (value) => (isValidBic(value) ? null : 'validation.bic') },
  bank: { labelKey: 'profileTab.fields.bank', input: 'text', display: 'text', normalize: trim, maxLength: 300 },
  correspondentAccount: {
    labelKey: 'profileTab.fields.correspondentAccount',
    input: 'code',
    display: 'account',
    normalize: digits,
    maxLength: 30,
    rule: (value, context) => accountMessage(correspondentAccountError(value, other(context, 'bic')), other(context, 'bic')),
  },
  settlementAccount: {
    labelKey: 'profileTab.fields.settlementAccount',
    input: 'code',
    display: 'account',
    normalize: digits,
    maxLength: 30,
    rule: (value, context) => accountMessage(settlementAccountError(value, other(context, 'bic')), other(context, 'bic')),
  },
  personalAccount: {
    labelKey: 'profileTab.fields.personalAccount',
    input: 'code',
    display: 'text',
    normalize: code,
    maxLength: 20,
    rule: (value) => (isValidPersonalAccount(value) ? null : 'validation.personalAccount'),
  },
  swift: { labelKey: 'profileTab.fields.swift', input: 'code', display: 'text', normalize: code, maxLength: 20, rule: (value) => (isValidSwift(value) ? null : 'validation.swift') },
  accountNumber: {
    labelKey: 'profileTab.fields.accountNumber',
    input: 'code',
    display: 'iban',
    normalize: code,
    maxLength: 50,
    rule: (value) => (isValidForeignAccountNumber(value) ? null : looksLikeIban(value) ? 'validation.ibanChecksum' : 'validation.accountNumber'),
  },
  actualAddress: { labelKey: 'profileTab.fields.actualAddress', input: 'multiline', display: 'text', normalize: trimLines, maxLength: 300 },
  legalAddress: { labelKey: 'profileTab.fields.legalAddress', input: 'multiline', display: 'text', normalize: trimLines, maxLength: 300 },
  phone: { labelKey: 'profileTab.fields.phone', input: 'tel', display: 'phone', normalize: phone, maxLength: 30, rule: phoneRule, optional: true, autocomplete: 'work tel' },
  fax: { labelKey: 'profileTab.fields.fax', input: 'tel', display: 'phone', normalize: phone, maxLength: 30, rule: phoneRule, optional: true },
  contactPerson: { labelKey: 'profileTab.fields.contactPerson', input: 'text', display: 'text', normalize: trim, maxLength: 200, rule: personName, autocomplete: 'name' },
  email: { labelKey: 'profileTab.fields.email', input: 'email', display: 'text', normalize: email, maxLength: 254, rule: (value) => (isValidEmail(value) ? null : 'validation.email'), autocomplete: 'email' },
  phoneNumber: { labelKey: 'profileTab.fields.phoneNumber', input: 'tel', display: 'phone', normalize: phone, maxLength: 30, rule: phoneRule, autocomplete: 'tel' },
}
