// Users type and paste identifiers with spaces, hyphens and dots ("7707 083893", "DE89 3704 0044…",
// "+7 (916) 123-45-67"). The validators accept only the normalised form, so a form normalises
// once (a yup `.transform`) and stores exactly what was validated.

/** Keeps only the ASCII digits: INN, OGRN, BIC, accounts, passport numbers. */
export function normalizeDigits(value: string): string {
  return value.replace(/\D/g, '')
}

/**
 * Drops whitespace, hyphens and dots and upper-cases: IBAN, SWIFT, VAT numbers, KPP, personal
 * accounts. Other punctuation is kept on purpose: old Irish VAT numbers contain `+` and `*`.
 */
export function normalizeCode(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase()
}

/**
 * Brings a phone number to E.164: "+" and digits only. A Russian number written the domestic way,
 * 8XXXXXXXXXX, or without the plus, 7XXXXXXXXXX, becomes +7XXXXXXXXXX; "00" (the international
 * prefix in most of Europe) becomes "+". Anything else keeps just its digits, so the validators
 * refuse it instead of guessing a country.
 */
export function normalizePhone(value: string): string {
  const digits = normalizeDigits(value)
  if (value.trim().startsWith('+')) return `+${digits}`
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) {
    return `+7${digits.slice(1)}`
  }
  if (digits.startsWith('00')) return `+${digits.slice(2)}`
  return digits
}
