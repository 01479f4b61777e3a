import { describe, expect, it } from 'vitest'
import { COUNTRY_CODES, EU_COUNTRY_CODES, isCountryCode, isEuCountry } from '@/validation/rules'

describe('COUNTRY_CODES', () => {
  it('lists each ISO 3166-1 alpha-2 code once, in order', () => {
    expect(COUNTRY_CODES).toHaveLength(249)
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES])
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length)
  })

  it('has a name for every code in both locales of the app', () => {
    const names = [new Intl.DisplayNames(['en'], { type: 'region' }), new Intl.DisplayNames(['ru'], { type: 'region' })]
    const unnamed = COUNTRY_CODES.filter((code) => names.some((display) => display.of(code) === code))
    expect(unnamed).toEqual([])
  })

  it.each(['KZ', 'BY', 'AM', 'UZ', 'KG', 'GE', 'TR', 'CN', 'US', 'GB', 'CH', 'RS', 'AE', 'IL', 'IN', 'RU'])(
    'includes %s',
    (code) => {
      expect(isCountryCode(code)).toBe(true)
    },
  )

  it.each(['', 'EU', 'UK', 'EL', 'XX', 'de', 'DEU'])('does not include %j', (code) => {
    expect(isCountryCode(code)).toBe(false)
  })
})

describe('EU_COUNTRY_CODES', () => {
  it('lists the 27 member states, all of them country codes', () => {
    expect(EU_COUNTRY_CODES).toHaveLength(27)
    expect(EU_COUNTRY_CODES.every((code) => isCountryCode(code))).toBe(true)
  })

  it.each(['DE', 'FR', 'GR', 'HR', 'IE', 'CY'])('counts %s as EU', (code) => {
    expect(isEuCountry(code)).toBe(true)
  })

  it.each(['GB', 'CH', 'NO', 'KZ', 'RU', 'EL'])('does not count %s as EU', (code) => {
    expect(isEuCountry(code)).toBe(false)
  })
})
