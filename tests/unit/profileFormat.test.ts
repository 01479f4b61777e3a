import { describe, expect, it } from 'vitest'
import { calendarDate, countryName, formatAccount, formatIban, formatPassport, formatPhone } from '@/composables/useProfileFormat'

describe('profile value formatting', () => {
  it('groups a 20-digit account as 5-3-1-4-7', () => {
    expect(formatAccount('40702810102300012785')).toBe('40702 810 1 0230 0012785')
    expect(formatAccount('03214643000000017300')).toBe('03214 643 0 0000 0017300')
    expect(formatAccount('123')).toBe('123')
  })

  it('groups an IBAN by four and leaves other account numbers alone', () => {
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00')
    expect(formatIban('000123456789')).toBe('000123456789')
  })

  it('writes a Russian passport as series pairs and number, a foreign one as is', () => {
    expect(formatPassport('4509235857', 'resident')).toBe('45 09 235857')
    expect(formatPassport('N12345678', 'nonresident')).toBe('N12345678')
  })

  it('writes Russian phones with spaces and dashes, others in E.164', () => {
    expect(formatPhone('+79161234567')).toBe('+7 916 123-45-67')
    expect(formatPhone('+49301234567')).toBe('+49 301234567')
    expect(formatPhone('+4915112345678')).toBe('+49 15112345678')
    expect(formatPhone('+12025550123')).toBe('+1 2025550123')
    expect(formatPhone('+37120123456')).toBe('+371 20123456')
    expect(formatPhone('+7 916')).toBe('+7 916')
  })

  it('names countries in the interface language', () => {
    expect(countryName('DE', 'en')).toBe('Germany')
    expect(countryName('DE', 'ru')).toBe('Германия')
  })

  it('reads a calendar date at noon UTC, so Moscow time shows the same day', () => {
    expect(calendarDate('1985-03-02')?.toISOString()).toBe('1985-03-02T12:00:00.000Z')
    expect(calendarDate('02.03.1985')).toBeNull()
  })
})
