import { describe, expect, it } from 'vitest'
import { isValidPersonalAccount } from '@/validation/rules'

describe('isValidPersonalAccount', () => {
  it.each([
    ['20736Ц41690', 'a budget institution, Cyrillic letter'],
    ['20736U95470', 'a budget institution, Latin letter'],
    ['21736Ц41690', 'a separate account of a budget institution'],
    ['30486Х46920', 'an autonomous institution'],
    ['03731000350', 'non-budget funds, all digits'],
    ['01731A12345', 'a recipient of budget funds'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidPersonalAccount(value)).toBe(true)
  })

  it.each([
    ['20736Ц4169', '10 characters'],
    ['20736Ц416900', '12 characters'],
    ['20736ц41690', 'a lower-case letter (normalise first)'],
    ['2073ЦЦ41690', 'a letter outside the 6th place'],
    ['99736Ц41690', 'an unknown kind of account'],
    ['06736Ц41690', 'an unknown kind of account'],
    ['20 736 Ц 41690', 'not normalised'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidPersonalAccount(value)).toBe(false)
  })
})
