import { describe, expect, it } from 'vitest'
import { isBankBic, isTreasuryBic, isValidBic } from '@/validation/rules'

describe('isValidBic', () => {
  it.each([
    ['044525225', 'a bank'],
    ['044525974', 'a bank'],
    ['004525988', 'a treasury office (00…)'],
    ['017003983', 'a treasury office (01…)'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidBic(value)).toBe(true)
  })

  it.each([
    ['04452522', '8 digits'],
    ['0445252250', '10 digits'],
    ['144525225', 'not starting with 0'],
    ['024525225', 'starting with 02'],
    ['05452522A', 'a letter'],
    ['04 45 25 225', 'not normalised'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidBic(value)).toBe(false)
  })
})

describe('isBankBic', () => {
  it('tells a bank from a treasury office', () => {
    expect(isBankBic('044525225')).toBe(true)
    expect(isBankBic('004525988')).toBe(false)
  })
})

describe('isTreasuryBic', () => {
  it.each(['004525988', '017003983'])('accepts %s', (value) => {
    expect(isTreasuryBic(value)).toBe(true)
  })

  it('refuses a bank BIC', () => {
    expect(isTreasuryBic('044525225')).toBe(false)
  })
})
