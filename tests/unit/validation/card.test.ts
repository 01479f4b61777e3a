import { describe, expect, it } from 'vitest'
import { cardBrand, cardExpiryError, cardNumberError, isValidCardHolder, isValidCvc, normalizeCardExpiry, normalizeCardNumber, passesLuhn } from '@/validation/rules'

const today = new Date(2026, 5, 15) // 15 June 2026, local time

describe('normalizeCardNumber', () => {
  it.each([
    ['4242 4242 4242 4242', '4242424242424242'],
    ['4242-4242-4242-4242', '4242424242424242'],
    [' 4000\u00a00000 0000 0002 ', '4000000000000002'],
  ])('turns %j into %s', (value, digits) => {
    expect(normalizeCardNumber(value)).toBe(digits)
  })
})

describe('passesLuhn / cardNumberError', () => {
  it.each(['4242424242424242', '4000000000000002', '4000000000003220', '5555555555554444', '2200000000000004', '378282246310005', '4222222222222'])(
    'accepts the test card %s',
    (digits) => {
      expect(passesLuhn(digits)).toBe(true)
      expect(cardNumberError(digits)).toBeNull()
    },
  )

  it.each([
    ['4242424242424241', 'checksum', 'the last digit is off by one'],
    ['4242424242424224', 'checksum', 'two digits swapped'],
    ['424242424242', 'format', '12 digits'],
    ['42424242424242424242', 'format', '20 digits'],
    ['4242 4242 4242 4242', 'format', 'not normalised'],
    ['', 'format', 'empty'],
    ['abcd', 'format', 'letters'],
  ])('refuses %j: %s (%s)', (digits, error) => {
    expect(cardNumberError(digits)).toBe(error)
  })
})

describe('cardBrand', () => {
  it.each([
    ['4242424242424242', 'Visa'],
    ['5555555555554444', 'Mastercard'],
    ['2221000000000009', 'Mastercard'],
    ['2720990000000007', 'Mastercard'],
    ['2200000000000004', 'Mir'],
    ['378282246310005', 'American Express'],
    ['6011111111111117', 'Card'],
  ])('%s is %s', (digits, brand) => {
    expect(cardBrand(digits)).toBe(brand)
  })
})

describe('cardExpiryError', () => {
  it.each(['06/26', '07/26', '12/26', '01/27', '12/49'])('accepts %s on 15 June 2026', (value) => {
    expect(cardExpiryError(value, today)).toBeNull()
  })

  it.each([
    ['05/26', 'expired', 'last month'],
    ['12/25', 'expired', 'last year'],
    ['13/26', 'format', 'month 13'],
    ['00/27', 'format', 'month 0'],
    ['6/26', 'format', 'one-digit month'],
    ['06/2026', 'format', 'four-digit year'],
    ['0626', 'format', 'no slash'],
    ['', 'format', 'empty'],
  ])('refuses %j: %s (%s)', (value, error) => {
    expect(cardExpiryError(value, today)).toBe(error)
  })

  it('takes today as an ISO date too, and a card stays valid through the end of its month', () => {
    expect(cardExpiryError('06/26', '2026-06-30')).toBeNull()
    expect(cardExpiryError('06/26', '2026-07-01')).toBe('expired')
  })

  it('normalises spaces around the slash', () => {
    expect(normalizeCardExpiry(' 12 / 28 ')).toBe('12/28')
  })
})

describe('isValidCvc', () => {
  it.each([
    ['123', true],
    ['000', true],
    ['12', false],
    ['1234', false],
    ['12a', false],
    ['', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidCvc(value)).toBe(valid)
  })
})

describe('isValidCardHolder', () => {
  it.each(['IVAN PETROV', 'Anna-Maria Schmidt', "JOHN O'BRIEN", 'J. R. SMITH', 'A'])('accepts %j', (value) => {
    expect(isValidCardHolder(value)).toBe(true)
  })

  it.each([
    ['ИВАН ПЕТРОВ', 'Cyrillic'],
    ['IVAN PETROV 2', 'a digit'],
    ['IVAN  PETROV', 'two spaces'],
    ['', 'empty'],
    [' IVAN', 'a leading space (not trimmed)'],
    ['ABCDEFGHIJKLM NOPQRSTUVWXYZ', 'longer than 26 characters'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidCardHolder(value)).toBe(false)
  })
})
