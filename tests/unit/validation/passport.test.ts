import { describe, expect, it } from 'vitest'
import { isValidPassportIssueDate, isValidPassportNumber, normalizeDigits } from '@/validation/rules'

describe('isValidPassportNumber', () => {
  it.each(['4509235857', '4510123456', '4617654321'])('accepts %s', (value) => {
    expect(isValidPassportNumber(value)).toBe(true)
  })

  it('accepts a series and number typed with a space, once normalised', () => {
    expect(isValidPassportNumber(normalizeDigits('4509 235857'))).toBe(true)
  })

  it.each([
    ['4509 235857', 'not normalised'],
    ['450923585', '9 digits'],
    ['45092358570', '11 digits'],
    ['45O9235857', 'a letter O'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidPassportNumber(value)).toBe(false)
  })
})

describe('isValidPassportIssueDate', () => {
  const today = new Date(2024, 5, 15)
  type Row = [issueDate: string, birthDate: string | undefined, reason: string]

  it.each<Row>([
    ['2015-03-12', undefined, 'no birth date known'],
    ['1997-07-01', undefined, 'the first day of issue'],
    ['2024-06-15', undefined, 'today'],
    ['2004-05-20', '1990-05-20', 'the 14th birthday'],
    ['2010-09-01', '1985-02-10', 'at 25'],
    ['2015-03-12', '', 'an empty birth date'],
    ['2015-03-12', '1990-02-30', 'an invalid birth date, which its own field reports'],
  ])('accepts %s born %s (%s)', (issueDate, birthDate) => {
    expect(isValidPassportIssueDate(issueDate, birthDate, today)).toBe(true)
  })

  it.each<Row>([
    ['2024-06-16', undefined, 'in the future'],
    ['1997-06-30', undefined, 'before the passport was introduced'],
    ['2004-05-19', '1990-05-20', 'the day before the 14th birthday'],
    ['2000-01-01', '1995-01-01', 'at 5'],
    ['2015-02-30', undefined, 'not a date'],
    ['12.03.2015', undefined, 'Russian notation'],
  ])('refuses %s born %s (%s)', (issueDate, birthDate) => {
    expect(isValidPassportIssueDate(issueDate, birthDate, today)).toBe(false)
  })
})
