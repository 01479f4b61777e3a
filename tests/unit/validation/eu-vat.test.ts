import { describe, expect, it } from 'vitest'
import { EU_COUNTRY_CODES, isValidEuVat, normalizeCode, vatCountry } from '@/validation/rules'

// One number per member state, in the shape VIES documents.
const valid = [
  ['ATU12345678', 'AT'],
  ['BE0123456789', 'BE'],
  ['BE1234567890', 'BE'],
  ['BG123456789', 'BG'],
  ['BG1234567890', 'BG'],
  ['CY12345678L', 'CY'],
  ['CZ12345678', 'CZ'],
  ['CZ1234567890', 'CZ'],
  ['DE136695976', 'DE'],
  ['DK12345678', 'DK'],
  ['EE100931558', 'EE'],
  ['EL123456789', 'GR'],
  ['ESA12345674', 'ES'],
  ['ESX1234567L', 'ES'],
  ['ES12345678Z', 'ES'],
  ['FI12345671', 'FI'],
  ['FR40303265045', 'FR'],
  ['FRK7399859412', 'FR'],
  ['HR12345678901', 'HR'],
  ['HU12345678', 'HU'],
  ['IE6388047V', 'IE'],
  ['IE3628739UA', 'IE'],
  ['IE8Z49289F', 'IE'],
  ['IT12345678901', 'IT'],
  ['LT123456789', 'LT'],
  ['LT123456789012', 'LT'],
  ['LU12345678', 'LU'],
  ['LV12345678901', 'LV'],
  ['MT12345678', 'MT'],
  ['NL123456789B01', 'NL'],
  ['PL1234567890', 'PL'],
  ['PT123456789', 'PT'],
  ['RO18547290', 'RO'],
  ['RO12', 'RO'],
  ['SE123456789001', 'SE'],
  ['SI12345678', 'SI'],
  ['SK1234567890', 'SK'],
] as const

describe('isValidEuVat', () => {
  it.each(valid)('accepts %s', (value) => {
    expect(isValidEuVat(value)).toBe(true)
  })

  it('covers every member state', () => {
    expect(new Set(valid.map(([, country]) => country))).toEqual(new Set(EU_COUNTRY_CODES))
  })

  it('accepts a number typed with spaces and dots, once normalised', () => {
    expect(isValidEuVat(normalizeCode('de 136.695.976'))).toBe(true)
  })

  it.each([
    ['DE13669597', 'Germany, 8 digits'],
    ['DE1366959761', 'Germany, 10 digits'],
    ['AT12345678', 'Austria without the U'],
    ['BE2123456789', 'Belgium starting with 2'],
    ['GR123456789', 'Greece with its ISO code instead of EL'],
    ['FRI7399859412', 'France with an I in the key'],
    ['NL123456789A01', 'Netherlands without the B'],
    ['SE123456789002', 'Sweden not ending with 01'],
    ['ES123456789', 'Spain without a letter'],
    ['CY123456789', 'Cyprus without the final letter'],
    ['GB123456789', 'the United Kingdom has left the EU'],
    ['CHE123456789', 'Switzerland is not in the EU'],
    ['RU7707083893', 'Russia is not in the EU'],
    ['136695976', 'no country prefix'],
    ['de136695976', 'lower case (normalise first)'],
    ['DE 136 695 976', 'not normalised'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidEuVat(value)).toBe(false)
  })
})

describe('vatCountry', () => {
  it.each(valid)('reads %s as %s', (value, country) => {
    expect(vatCountry(value)).toBe(country)
  })

  it('has no country for an invalid number', () => {
    expect(vatCountry('DE13669597')).toBeNull()
  })
})
