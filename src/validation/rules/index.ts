/**
 * Pure validators shared by the forms (yup schemas in src/validation/schemas) and the mock API.
 *
 * Conventions
 * - Every validator is a pure function of strings: `isValidX(value, ...context): boolean`.
 * - Validators accept the NORMALISED value and do not normalise themselves, so what is validated is
 *   what gets stored. Normalise first (in a yup `.transform`):
 *     normalizeDigits — INN, OGRN/OGRNIP, BIC, 20-digit accounts, passport number;
 *     normalizeCode   — KPP, personal account, IBAN, SWIFT, VAT numbers, foreign tax ids;
 *     normalizePhone  — phone numbers (to +XXXXXXXXXXX).
 * - Rules with a check digit also export `xError(value, ...context): RuleError | null`, giving the
 *   reason for a form message ('format' | 'checksum' | 'country' | 'bic'); null means valid, and
 *   `isValidX` is exactly `xError(...) === null`.
 * - Dates are ISO 'YYYY-MM-DD' strings; functions that depend on today take it as an optional
 *   last-but-one parameter (a Date, or an ISO string), defaulting to new Date().
 */
export type { RuleError } from './types'
export { normalizeCode, normalizeDigits, normalizePhone } from './normalize'

// Russian company and tax identifiers
export { innError, isValidInn, isValidInnLegal, isValidInnPersonal } from './inn'
export { isValidKpp } from './kpp'
export { isValidOgrn, isValidOgrnip, ogrnError, ogrnipError } from './ogrn'

// Russian bank details
export { isBankBic, isTreasuryBic, isValidBic } from './bic'
export { hasValidAccountKey } from './account-key'
export { isValidSettlementAccount, settlementAccountError } from './settlement-account'
export { correspondentAccountError, isValidCorrespondentAccount } from './correspondent-account'
export { isValidTreasuryAccount } from './treasury-account'
export { isValidPersonalAccount } from './personal-account'

// People and contacts
export { PASSPORT_INTRODUCED, isValidForeignPassportNumber, isValidPassportIssueDate, isValidPassportNumber } from './passport'
export { isValidInternationalPhone, isValidRuPhone } from './phone'
export { isValidEmail } from './email'
export { EARLIEST_BIRTH_DATE, isAdult, isNotInFuture, isPlausibleBirthDate, isValidIsoDate, toIsoDate } from './dates'

// Non-residents
export { isValidSwift, swiftCountry } from './swift'
export { IBAN_LENGTHS } from './iban-lengths'
export { ibanError, isValidIban } from './iban'
export { isValidEuVat, vatCountry } from './eu-vat'
export { isValidForeignTaxId } from './foreign-tax-id'
export { isValidForeignAccountNumber, looksLikeIban } from './foreign-account'
export type { CountryCode, EuCountryCode } from './countries'
export { COUNTRY_CODES, EU_COUNTRY_CODES, isCountryCode, isEuCountry } from './countries'

// Money and payments
export { kopecksToRublesText, parseRublesToKopecks, rublesError, TOP_UP_MAX_KOPECKS, TOP_UP_MIN_KOPECKS, type MoneyError } from './money'
export { topUpMethodsFor, type TopUpMethod } from './payments'
export { hasClosingDocuments } from './billingDocuments'
export {
  cardBrand,
  cardExpiryError,
  cardNumberError,
  isValidCardExpiry,
  isValidCardHolder,
  isValidCardNumber,
  isValidCvc,
  normalizeCardExpiry,
  normalizeCardNumber,
  passesLuhn,
  type CardBrand,
  type CardExpiryError,
  type CardNumberError,
} from './card'

// Services
export { balanceAvailableKopecks, cloudServerPrice, dedicatedServerPrice, discounted, hourlyPriceKopecks, HOURS_PER_MONTH, missingKopecks, type CloudServerPrice, type DedicatedServerPrice } from './servicePricing'
