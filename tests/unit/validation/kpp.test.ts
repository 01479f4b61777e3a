import { describe, expect, it } from 'vitest'
import { isValidKpp } from '@/validation/rules'

describe('isValidKpp', () => {
  it.each(['773601001', '771401001', '500101001', '7736AB001', '77360A001'])('accepts %s', (value) => {
    expect(isValidKpp(value)).toBe(true)
  })

  it.each([
    ['77360100', '8 characters'],
    ['7736010011', '10 characters'],
    ['7736ab001', 'lower-case reason letters'],
    ['A73601001', 'a letter in the tax office code'],
    ['773601A01', 'a letter in the serial number'],
    ['7736ЖБ001', 'Cyrillic letters'],
    ['7736 01 001', 'not normalised'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidKpp(value)).toBe(false)
  })
})
