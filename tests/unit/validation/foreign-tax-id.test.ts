import { describe, expect, it } from 'vitest'
import { isValidForeignTaxId } from '@/validation/rules'

describe('isValidForeignTaxId', () => {
  it.each([
    ['DE136695976', 'DE', 'a German VAT number'],
    ['EL123456789', 'GR', 'a Greek VAT number, prefixed EL'],
    ['FR40303265045', 'FR', 'a French VAT number'],
    ['180540012343', 'KZ', 'a Kazakh BIN'],
    ['090340501234', 'KZ', 'a Kazakh IIN'],
    ['7707083893', 'RU', 'a Russian INN'],
    ['CHE123456789', 'CH', 'a Swiss UID'],
    ['123456789', 'US', 'a US EIN'],
    ['91110000600037341L', 'CN', 'a Chinese unified social credit code'],
    ['12345', 'AM', 'the shortest accepted'],
    ['A1234567890123456789', 'GB', 'the longest accepted'],
  ])('accepts %s for %s (%s)', (value, country) => {
    expect(isValidForeignTaxId(value, country)).toBe(true)
  })

  it.each([
    ['136695976', 'DE', 'an EU number without its prefix'],
    ['FR40303265045', 'DE', 'another member state’s prefix'],
    ['DE13669597', 'DE', 'an invalid German VAT number'],
    ['GR123456789', 'GR', 'Greece prefixed GR instead of EL'],
    ['18054001234', 'KZ', 'a Kazakh BIN of 11 digits'],
    ['1805400123AB', 'KZ', 'letters in a Kazakh BIN'],
    ['7707083894', 'RU', 'an INN with a wrong check digit'],
    ['1234', 'US', 'too short'],
    ['A12345678901234567890', 'GB', 'too long'],
    ['12-3456789', 'US', 'not normalised'],
    ['', 'US', 'empty'],
  ])('refuses %j for %s (%s)', (value, country) => {
    expect(isValidForeignTaxId(value, country)).toBe(false)
  })
})
