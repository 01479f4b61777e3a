// Phones are validated in E.164 form; run normalizePhone first.

/** A Russian number: +7 and 10 digits. */
export function isValidRuPhone(value: string): boolean {
  return /^\+7\d{10}$/.test(value)
}

/** Any E.164 number (for non-residents): "+", a country code that cannot start with 0, 8–15 digits in all. */
export function isValidInternationalPhone(value: string): boolean {
  return /^\+[1-9]\d{7,14}$/.test(value)
}
