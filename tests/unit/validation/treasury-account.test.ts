import { describe, expect, it } from 'vitest'
import { isValidTreasuryAccount } from '@/validation/rules'

describe('isValidTreasuryAccount', () => {
  it.each(['03100643000000018500', '03214643000000017300', '03234643452860007300'])('accepts %s', (value) => {
    expect(isValidTreasuryAccount(value)).toBe(true)
  })

  it.each([
    ['40102810545370000003', 'a single treasury account'],
    ['40702810938000000001', 'a settlement account'],
    ['0310064300000001850', '19 digits'],
    ['031006430000000185000', '21 digits'],
    ['0310064300000001850A', 'a letter'],
    ['03100 643 0 0000 0018500', 'not normalised'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidTreasuryAccount(value)).toBe(false)
  })
})
