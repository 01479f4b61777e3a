import { describe, expect, it } from 'vitest'
import { isValidSwift, swiftCountry } from '@/validation/rules'

describe('isValidSwift', () => {
  it.each([
    ['DEUTDEFF', 'Deutsche Bank, 8 characters'],
    ['DEUTDEFF500', 'a branch, 11 characters'],
    ['SABRRUMM', 'Sberbank'],
    ['HSBKKZKX', 'Halyk Bank'],
    ['COBADEFFXXX', 'the primary office, XXX'],
    ['BNPAFRPP', 'BNP Paribas'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidSwift(value)).toBe(true)
  })

  it.each([
    ['DEUTDEF', '7 characters'],
    ['DEUTDEFF5', '9 characters'],
    ['DEUTDEFF5000', '12 characters'],
    ['DEUT1EFF', 'a digit in the country code'],
    ['deutdeff', 'lower case (normalise first)'],
    ['DEUT DE FF', 'not normalised'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidSwift(value)).toBe(false)
  })
})

describe('swiftCountry', () => {
  it.each([
    ['DEUTDEFF', 'DE'],
    ['HSBKKZKX', 'KZ'],
    ['SABRRUMM', 'RU'],
  ])('reads the country of %s as %s', (value, country) => {
    expect(swiftCountry(value)).toBe(country)
  })

  it('has no country for an invalid code', () => {
    expect(swiftCountry('DEUT1EFF')).toBeNull()
  })
})
