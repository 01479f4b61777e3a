import { describe, expect, it } from 'vitest'
import { hasValidAccountKey } from '@/validation/rules'

describe('hasValidAccountKey', () => {
  // The worked example appended to the Bank of Russia procedure: correspondent account
  // 30101810K00000000746 at a cash settlement centre with conditional number 005; K works out to 8.
  it('agrees with the worked example of the Bank of Russia procedure', () => {
    expect(hasValidAccountKey('005', '30101810800000000746')).toBe(true)
  })

  it.each(['0', '1', '2', '3', '4', '5', '6', '7', '9'])('refuses the same account with key %s', (key) => {
    expect(hasValidAccountKey('005', `30101810${key}00000000746`)).toBe(false)
  })

  it('refuses the same account keyed with another prefix', () => {
    expect(hasValidAccountKey('006', '30101810800000000746')).toBe(false)
  })
})
