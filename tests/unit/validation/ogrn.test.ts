import { describe, expect, it } from 'vitest'
import { isValidOgrn, isValidOgrnip, ogrnError, ogrnipError } from '@/validation/rules'

describe('isValidOgrn', () => {
  it.each(['1027700132195', '1177746123455', '1027800012360', '1215000045611'])('accepts %s', (value) => {
    expect(isValidOgrn(value)).toBe(true)
  })

  it.each([
    ['1027700132196', 'wrong check digit'],
    ['1027700123195', 'two digits swapped'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidOgrn(value)).toBe(false)
    expect(ogrnError(value)).toBe('checksum')
  })

  it.each([
    ['102770013219', '12 digits'],
    ['304500116000157', 'an OGRNIP (15 digits)'],
    ['102770013219O', 'a letter O for a zero'],
    ['1 027700 132195', 'not normalised'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidOgrn(value)).toBe(false)
    expect(ogrnError(value)).toBe('format')
  })
})

describe('isValidOgrnip', () => {
  it.each(['304500116000157', '319774600123453', '319502400032671'])('accepts %s', (value) => {
    expect(isValidOgrnip(value)).toBe(true)
  })

  it.each([
    ['304500116000158', 'wrong check digit'],
    ['304500116000517', 'two digits swapped'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidOgrnip(value)).toBe(false)
    expect(ogrnipError(value)).toBe('checksum')
  })

  it.each([
    ['1027700132195', 'an OGRN (13 digits)'],
    ['3045001160001570', '16 digits'],
    ['30450011600015X', 'a letter'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidOgrnip(value)).toBe(false)
    expect(ogrnipError(value)).toBe('format')
  })
})
