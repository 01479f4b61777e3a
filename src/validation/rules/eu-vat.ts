import type { EuCountryCode } from './countries'

// VAT identification numbers of the EU member states: the shapes VIES (the European Commission's
// VAT Information Exchange System) accepts, checked offline. National check digits are not
// verified: VIES is the authority on whether a number is actually registered.
// Keys are VAT prefixes, which match ISO 3166-1 except Greece (EL, not GR).
const VAT_PATTERNS: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^(?:[A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z])$/, // a letter first, last or both
  FI: /^\d{8}$/,
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, // a 2-character key (no I or O), then the 9-digit SIREN
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, // current and pre-2013 formats
  IT: /^\d{11}$/,
  LT: /^(?:\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^[1-9]\d{7}$/,
  SK: /^[1-9]\d{9}$/,
}

const COUNTRY_OF_PREFIX: Readonly<Record<string, EuCountryCode>> = { EL: 'GR' }

/**
 * The member state (ISO 3166-1 alpha-2, so GR for an EL number) whose VAT format `value` matches,
 * or null. Normalise with normalizeCode first ('de 123 456 789' → 'DE123456789').
 */
export function vatCountry(value: string): EuCountryCode | null {
  const prefix = value.slice(0, 2)
  const pattern = VAT_PATTERNS[prefix]
  if (pattern === undefined || !pattern.test(value.slice(2))) return null
  return COUNTRY_OF_PREFIX[prefix] ?? (prefix as EuCountryCode)
}

export function isValidEuVat(value: string): boolean {
  return vatCountry(value) !== null
}
