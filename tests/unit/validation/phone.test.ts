import { describe, expect, it } from 'vitest'
import { isValidInternationalPhone, isValidRuPhone, normalizePhone } from '@/validation/rules'

describe('isValidRuPhone', () => {
  it.each(['+79161234567', '+74951234567', '+78121234567'])('accepts %s', (value) => {
    expect(isValidRuPhone(value)).toBe(true)
  })

  it.each(['8 (916) 123-45-67', '+7 (916) 123-45-67', '79161234567'])(
    'accepts %j once normalised',
    (value) => {
      expect(isValidRuPhone(normalizePhone(value))).toBe(true)
    },
  )

  it.each([
    ['89161234567', 'the domestic 8 (normalise first)'],
    ['+7916123456', '9 digits after +7'],
    ['+791612345678', '11 digits after +7'],
    ['+49301234567', 'a German number'],
    ['+7 916 123 45 67', 'not normalised'],
    ['+7916123456a', 'a letter'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidRuPhone(value)).toBe(false)
  })

  it('refuses ten digits without a country code, even after normalising', () => {
    expect(isValidRuPhone(normalizePhone('916 123-45-67'))).toBe(false)
  })
})

describe('isValidInternationalPhone', () => {
  it.each([
    ['+79161234567', 'Russia'],
    ['+77012345678', 'Kazakhstan'],
    ['+49301234567', 'Germany'],
    ['+4930123456', 'a short German number'],
    ['+12025550123', 'USA'],
    ['+861012345678', 'China'],
    ['+12345678', '8 digits, the shortest'],
    ['+123456789012345', '15 digits, the longest'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidInternationalPhone(value)).toBe(true)
  })

  it.each([
    ['+1234567', '7 digits'],
    ['+1234567890123456', '16 digits'],
    ['+04930123456', 'a country code starting with 0'],
    ['49301234567', 'no plus'],
    ['+49 30 1234567', 'not normalised'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidInternationalPhone(value)).toBe(false)
  })
})
