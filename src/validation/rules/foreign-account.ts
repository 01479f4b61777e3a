import { isValidIban } from './iban'

// A non-resident's bank account. Where the country uses IBAN (the value starts like one: two
// letters and two check digits) it must be a valid IBAN; elsewhere (the USA, China…) banks number
// accounts their own way, so 5–34 letters and digits with at least one digit pass (34 is the
// longest IBAN, the longest account number SWIFT messages carry).
const IBAN_START = /^[A-Z]{2}\d{2}/
const DOMESTIC_ACCOUNT = /^(?=.*\d)[A-Z0-9]{5,34}$/

/** Normalise with normalizeCode first ('de89 3704 0044 0532 0130 00' → 'DE89370400440532013000'). */
export function isValidForeignAccountNumber(value: string): boolean {
  return IBAN_START.test(value) ? isValidIban(value) : DOMESTIC_ACCOUNT.test(value)
}

/** Whether the value is meant as an IBAN (then a refusal is about its check digits or length). */
export function looksLikeIban(value: string): boolean {
  return IBAN_START.test(value)
}
