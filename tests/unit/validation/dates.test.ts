import { describe, expect, it } from 'vitest'
import { isAdult, isNotInFuture, isPlausibleBirthDate, isValidIsoDate, toIsoDate } from '@/validation/rules'

const today = new Date(2024, 5, 15) // 15 June 2024, local time

describe('isValidIsoDate', () => {
  it.each(['2024-06-15', '2024-02-29', '2000-02-29', '1999-12-31', '2024-01-31', '2024-04-30'])(
    'accepts %s',
    (value) => {
      expect(isValidIsoDate(value)).toBe(true)
    },
  )

  it.each([
    ['2023-02-29', 'no 29 February in a common year'],
    ['1900-02-29', 'no 29 February in a century year'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-06-00', 'day 0'],
    ['2024-6-5', 'no leading zeros'],
    ['15.06.2024', 'Russian notation'],
    ['2024-06-15T00:00:00Z', 'a timestamp'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidIsoDate(value)).toBe(false)
  })
})

describe('toIsoDate', () => {
  it('formats a Date in local time', () => {
    expect(toIsoDate(today)).toBe('2024-06-15')
    expect(toIsoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05')
  })
})

describe('isNotInFuture', () => {
  it.each(['2024-06-15', '2024-06-14', '1950-01-01'])('accepts %s on 15 June 2024', (value) => {
    expect(isNotInFuture(value, today)).toBe(true)
  })

  it.each([
    ['2024-06-16', 'tomorrow'],
    ['2025-01-01', 'next year'],
    ['2024-02-30', 'not a date'],
  ])('refuses %s (%s)', (value) => {
    expect(isNotInFuture(value, today)).toBe(false)
  })

  it('accepts today as an ISO string', () => {
    expect(isNotInFuture('2024-06-16', '2024-06-16')).toBe(true)
  })

  it('compares with the real clock by default', () => {
    expect(isNotInFuture('2000-01-01')).toBe(true)
    expect(isNotInFuture('9999-12-31')).toBe(false)
  })
})

describe('isAdult', () => {
  it.each([
    ['2006-06-15', 'the 18th birthday is today'],
    ['2006-06-14', 'turned 18 yesterday'],
    ['1970-01-01', 'long ago'],
  ])('accepts %s on 15 June 2024 (%s)', (value) => {
    expect(isAdult(value, today)).toBe(true)
  })

  it.each([
    ['2006-06-16', '18 tomorrow'],
    ['2010-01-01', 'a child'],
    ['2025-01-01', 'born in the future'],
    ['2006-13-01', 'not a date'],
  ])('refuses %s on 15 June 2024 (%s)', (value) => {
    expect(isAdult(value, today)).toBe(false)
  })

  it('counts someone born on 29 February as adult from 1 March in a common year', () => {
    expect(isAdult('2004-02-29', '2022-02-28')).toBe(false)
    expect(isAdult('2004-02-29', '2022-03-01')).toBe(true)
  })

  it('takes another age', () => {
    expect(isAdult('2010-06-15', today, 14)).toBe(true)
    expect(isAdult('2010-06-16', today, 14)).toBe(false)
  })
})

describe('isPlausibleBirthDate', () => {
  it.each([
    ['1900-01-01', 'the earliest date taken'],
    ['1925-03-08', 'a centenarian'],
    ['1980-01-01', 'an ordinary date'],
  ])('accepts %s (%s)', (value) => {
    expect(isPlausibleBirthDate(value)).toBe(true)
  })

  it.each([
    ['1800-01-01', 'a typo for 1980'],
    ['1899-12-31', 'the day before the earliest'],
    ['0001-01-01', 'year 1'],
    ['1900-02-29', 'not a date'],
  ])('refuses %s (%s)', (value) => {
    expect(isPlausibleBirthDate(value)).toBe(false)
  })
})
