import { describe, expect, it } from 'vitest'
import { normalizeCode, normalizeDigits, normalizePhone } from '@/validation/rules'

describe('normalizeDigits', () => {
  it.each([
    ['7707 083893', '7707083893'],
    ['4509 235857', '4509235857'],
    ['407-028-109-380-000-000-01', '40702810938000000001'],
    ['  044525225\t', '044525225'],
    ['', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeDigits(input)).toBe(expected)
  })
})

describe('normalizeCode', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['de 136.695.976', 'DE136695976'],
    ['deut-de-ff', 'DEUTDEFF'],
    ['20736ц41690', '20736Ц41690'],
    ['IE 1+23456X', 'IE1+23456X'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected)
  })
})

describe('normalizePhone', () => {
  it.each([
    ['8 (916) 123-45-67', '+79161234567'],
    ['89161234567', '+79161234567'],
    ['79161234567', '+79161234567'],
    ['+7 (916) 123-45-67', '+79161234567'],
    [' +7 916 123 45 67 ', '+79161234567'],
    ['+49 30 1234567', '+49301234567'],
    ['0049 30 1234567', '+49301234567'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected)
  })

  it.each([
    ['9161234567', 'ten digits without a country'],
    ['123-45-67', 'a local number'],
  ])('leaves %j as bare digits (%s), for the validators to refuse', (input) => {
    expect(normalizePhone(input)).toBe(input.replace(/\D/g, ''))
  })
})
