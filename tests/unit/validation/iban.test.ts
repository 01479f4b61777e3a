import { describe, expect, it } from 'vitest'
import { IBAN_LENGTHS, ibanError, isValidIban, normalizeCode } from '@/validation/rules'

// Examples from the SWIFT IBAN Registry, plus demo values computed for the seed.
const valid = [
  ['DE89370400440532013000', 'Germany'],
  ['DE65100700000123456789', 'Germany, demo'],
  ['DE91500105175412345678', 'Germany, demo'],
  ['KZ86125KZT5004100100', 'Kazakhstan'],
  ['KZ32601A861012345678', 'Kazakhstan, demo'],
  ['FR1420041010050500013M02606', 'France'],
  ['NL91ABNA0417164300', 'Netherlands'],
  ['AT611904300234573201', 'Austria'],
  ['IT60X0542811101000000123456', 'Italy'],
  ['ES9121000418450200051332', 'Spain'],
  ['PL61109010140000071219812874', 'Poland'],
  ['GB29NWBK60161331926819', 'United Kingdom'],
  ['CH9300762011623852957', 'Switzerland'],
  ['BE68539007547034', 'Belgium'],
  ['LT121000011101001000', 'Lithuania'],
  ['LV80BANK0000435195001', 'Latvia'],
  ['EE382200221020145685', 'Estonia'],
  ['FI2112345600000785', 'Finland'],
  ['IE29AIBK93115212345678', 'Ireland'],
  ['SE4550000000058398257466', 'Sweden'],
  ['CZ6508000000192000145399', 'Czechia'],
  ['DK5000400440116243', 'Denmark'],
]

describe('isValidIban', () => {
  it.each(valid)('accepts %s (%s)', (value) => {
    expect(isValidIban(value)).toBe(true)
    expect(ibanError(value)).toBeNull()
  })

  it('accepts an IBAN printed in groups of four, once normalised', () => {
    expect(isValidIban(normalizeCode('de89 3704 0044 0532 0130 00'))).toBe(true)
  })

  it.each([
    ['DE89370400440532013001', 'a changed last digit'],
    ['DE88370400440532013000', 'wrong check digits'],
    ['DE89370400440532031000', 'two digits swapped'],
    ['KZ87125KZT5004100100', 'wrong check digits'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidIban(value)).toBe(false)
    expect(ibanError(value)).toBe('checksum')
  })

  it.each([
    ['DE8937040044053201300', 'one character short for Germany'],
    ['DE893704004405320130000', 'one character long for Germany'],
    ['KZ86125KZT50041001000', 'too long for Kazakhstan'],
    ['DE89 3704 0044 0532 0130 00', 'not normalised'],
    ['de89370400440532013000', 'lower case (normalise first)'],
    ['DEXX370400440532013000', 'letters for check digits'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidIban(value)).toBe(false)
    expect(ibanError(value)).toBe('format')
  })

  it.each([
    ['US12345678901234567890', 'the USA has no IBAN'],
    ['XX89370400440532013000', 'no such country'],
  ])('refuses %s (%s)', (value) => {
    expect(ibanError(value)).toBe('country')
  })
})

describe('IBAN_LENGTHS', () => {
  it.each([
    ['DE', 22], ['KZ', 20], ['FR', 27], ['NL', 18], ['AT', 20], ['IT', 27], ['ES', 24], ['PL', 28],
    ['GB', 22], ['CH', 21], ['BE', 16], ['LT', 20], ['LV', 21], ['EE', 20], ['FI', 18], ['IE', 22],
    ['SE', 24], ['CZ', 24], ['DK', 18],
  ] as const)('knows %s has %i characters', (country, length) => {
    expect(IBAN_LENGTHS[country]).toBe(length)
  })
})
