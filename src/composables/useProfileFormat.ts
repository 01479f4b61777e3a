// How stored profile values read on screen, in the current language: dates per locale, accounts
// and IBANs in groups, passports as series and number, Russian phones as +7 916 123-45-67,
// countries by name. Values are stored normalised (digits only, upper case), so the pure
// formatters below only add spaces and dashes.
import { useI18n } from 'vue-i18n'
import type { Locale, ProfileFieldName, Residency } from '@/api/types'
import { PROFILE_FIELDS, type ProfileDisplayKind } from '@/validation/schemas'
import { useFormats } from './useFormats'

/** A Russian 20-digit account as 5-3-1-4-7: balance account, currency, key, branch, number. */
export function formatAccount(value: string): string {
  const match = /^(\d{5})(\d{3})(\d)(\d{4})(\d{7})$/.exec(value)
  return match ? match.slice(1).join(' ') : value
}

export function formatIban(value: string): string {
  return /^[A-Z]{2}\d{2}/.test(value) ? (value.match(/.{1,4}/g) ?? [value]).join(' ') : value
}

/** A Russian passport as "45 09 235857" (series in two pairs, then the number). */
export function formatPassport(value: string, residency: Residency): string {
  const match = residency === 'resident' ? /^(\d{2})(\d{2})(\d{6})$/.exec(value) : null
  return match ? match.slice(1).join(' ') : value
}

// Country calling codes (ITU-T E.164) of one and two digits; all others have three.
const SHORT_CALLING_CODES = new Set(['1', '7', '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98'])

/**
 * "+7 916 123-45-67" for Russia (and Kazakhstan). Elsewhere only the country code is set apart
 * ("+49 301234567"): how the rest groups (area code, number) differs by country and city.
 */
export function formatPhone(value: string): string {
  const russian = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(value)
  if (russian) return `+7 ${russian[1]} ${russian[2]}-${russian[3]}-${russian[4]}`
  if (!/^\+\d{8,15}$/.test(value)) return value
  const digits = value.slice(1)
  const codeLength = SHORT_CALLING_CODES.has(digits.slice(0, 1)) ? 1 : SHORT_CALLING_CODES.has(digits.slice(0, 2)) ? 2 : 3
  return `+${digits.slice(0, codeLength)} ${digits.slice(codeLength)}`
}

export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** A calendar date (YYYY-MM-DD) as a Date at UTC noon, so no time zone moves it to another day. */
export function calendarDate(value: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : null
}

/** Everything but dates (which go through vue-i18n's `d`). */
export function formatProfileValue(kind: ProfileDisplayKind, value: string, residency: Residency, locale: Locale): string {
  switch (kind) {
    case 'account':
      return formatAccount(value)
    case 'iban':
      return formatIban(value)
    case 'passport':
      return formatPassport(value, residency)
    case 'phone':
      return formatPhone(value)
    case 'country':
      return countryName(value, locale)
    default:
      return value
  }
}

export function useProfileFormat() {
  const { locale } = useI18n()
  const { dateText } = useFormats()

  function formatValue(field: ProfileFieldName, value: string, residency: Residency): string {
    const kind = PROFILE_FIELDS[field].display
    if (kind === 'date') {
      const date = calendarDate(value)
      return date ? dateText(date, 'date') : value
    }
    return formatProfileValue(kind, value, residency, locale.value as Locale)
  }

  return { formatValue }
}
