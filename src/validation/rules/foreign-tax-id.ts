import { isEuCountry } from './countries'
import { vatCountry } from './eu-vat'
import { isValidInn } from './inn'

// Tax ids of non-residents outside the EU. Only Kazakhstan is pinned down (the BIN of a company
// and the IIN of a person are both 12 digits); elsewhere formats vary too much to refuse a real
// number, so any 5–20 letters and digits pass.
const TAX_ID_PATTERNS: Readonly<Record<string, RegExp>> = {
  KZ: /^\d{12}$/,
}
const ANY_TAX_ID = /^[A-Z0-9]{5,20}$/

/**
 * A tax id for a customer registered in `countryCode` (ISO 3166-1 alpha-2): in an EU member
 * state, a VAT number with that state's prefix (EL for GR); in Russia, an INN; elsewhere the
 * country's pattern. Normalise with normalizeCode first.
 */
export function isValidForeignTaxId(value: string, countryCode: string): boolean {
  if (isEuCountry(countryCode)) return vatCountry(value) === countryCode
  if (countryCode === 'RU') return isValidInn(value)
  return (TAX_ID_PATTERNS[countryCode] ?? ANY_TAX_ID).test(value)
}
