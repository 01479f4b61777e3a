import { describe, expect, it } from 'vitest'
import { innError, isValidInn, isValidInnLegal, isValidInnPersonal } from '@/validation/rules'

const legal = ['7707083893', '7714893120', '7810136570', '5001087349']
const personal = ['500100732259', '772349156818', '500312087628']

describe('isValidInn', () => {
  it.each(legal)('accepts the legal entity INN %s', (value) => {
    expect(isValidInn(value)).toBe(true)
  })

  it.each(personal)('accepts the individual INN %s', (value) => {
    expect(isValidInn(value)).toBe(true)
  })

  it.each([
    ['7707083894', 'wrong check digit'],
    ['7707083839', 'two digits swapped'],
    ['500100732258', 'wrong 12th check digit'],
    ['500100732269', 'wrong 11th check digit'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidInn(value)).toBe(false)
    expect(innError(value)).toBe('checksum')
  })

  it.each([
    ['', 'empty'],
    ['770708389', '9 digits'],
    ['77070838930', '11 digits'],
    ['5001007322590', '13 digits'],
    ['770708389O', 'a letter O for a zero'],
    ['7707 083893', 'not normalised'],
    ['７７０７０８３８９３', 'full-width digits'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidInn(value)).toBe(false)
    expect(innError(value)).toBe('format')
  })

  it('returns null as the error of a valid INN', () => {
    expect(innError('7707083893')).toBeNull()
  })
})

describe('isValidInnLegal', () => {
  it.each(legal)('accepts %s', (value) => {
    expect(isValidInnLegal(value)).toBe(true)
  })

  it.each([
    ['500100732259', 'an individual INN'],
    ['7707083890', 'wrong check digit'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidInnLegal(value)).toBe(false)
  })
})

describe('isValidInnPersonal', () => {
  it.each(personal)('accepts %s', (value) => {
    expect(isValidInnPersonal(value)).toBe(true)
  })

  it.each([
    ['7707083893', 'a legal entity INN'],
    ['500100732250', 'wrong check digit'],
  ])('refuses %s (%s)', (value) => {
    expect(isValidInnPersonal(value)).toBe(false)
  })
})
