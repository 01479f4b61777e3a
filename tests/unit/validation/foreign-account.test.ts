import { describe, expect, it } from 'vitest'
import { isValidForeignAccountNumber, isValidForeignPassportNumber, normalizeCode } from '@/validation/rules'

describe('isValidForeignAccountNumber', () => {
  it.each([
    ['DE89370400440532013000', 'a German IBAN'],
    ['DE65100700000123456789', 'another German IBAN'],
    ['KZ32601A861012345678', 'a Kazakh IBAN'],
    ['000123456789', 'an account number of a country without IBAN'],
    ['ABC12345', 'letters and digits'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidForeignAccountNumber(value)).toBe(true)
  })

  it('accepts an IBAN typed in groups, once normalised', () => {
    expect(isValidForeignAccountNumber(normalizeCode('de89 3704 0044 0532 0130 00'))).toBe(true)
  })

  it.each([
    ['DE89370400440532013001', 'an IBAN with a wrong check'],
    ['DE8937040044053201300', 'an IBAN one character short'],
    ['1234', 'too short'],
    ['ABCDEFGH', 'no digit'],
    ['1234 5678', 'not normalised'],
    ['1'.repeat(35), 'longer than 34'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidForeignAccountNumber(value)).toBe(false)
  })
})

describe('isValidForeignPassportNumber', () => {
  it.each(['N12345678', 'C01X00T47', '123456789', 'AB12345'])('accepts %s', (value) => {
    expect(isValidForeignPassportNumber(value)).toBe(true)
  })

  it.each([
    ['N123', 'too short'],
    ['ABCDEFGH', 'no digit'],
    ['n12345678', 'not normalised (lower case)'],
    ['N 12345678', 'not normalised (a space)'],
    ['N1234567890123456789X', 'longer than 20'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidForeignPassportNumber(value)).toBe(false)
  })
})
