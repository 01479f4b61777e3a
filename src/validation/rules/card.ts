/**
 * Bank card details as a payment page checks them before asking the bank: the number (13–19
 * digits with a valid Luhn check digit), the expiry (MM/YY, valid through the end of that month,
 * so not in the past), the CVC (three digits) and the holder's name (Latin letters, as embossed).
 * `today` is injectable like the date rules' (a Date, read in local time, or 'YYYY-MM-DD').
 */
import { toIsoDate } from './dates'

/** Digits only: people type card numbers in groups of four, with spaces or hyphens. */
export function normalizeCardNumber(value: string): string {
  return value.replace(/[\s\u00a0-]/g, '')
}

/** The Luhn (mod 10) check of a digit string: every second digit from the right doubled. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

export type CardNumberError = 'format' | 'checksum'

/** Why a (normalised) card number cannot be right, or null. */
export function cardNumberError(digits: string): CardNumberError | null {
  if (!/^\d{13,19}$/.test(digits)) return 'format'
  return passesLuhn(digits) ? null : 'checksum'
}

export function isValidCardNumber(digits: string): boolean {
  return cardNumberError(digits) === null
}

export type CardBrand = 'Visa' | 'Mastercard' | 'Mir' | 'American Express' | 'Card'

/** The payment system, by the number's first digits (IIN ranges). */
export function cardBrand(digits: string): CardBrand {
  if (/^220[0-4]/.test(digits)) return 'Mir'
  if (/^4/.test(digits)) return 'Visa'
  if (/^5[1-5]/.test(digits) || /^2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)/.test(digits)) return 'Mastercard'
  if (/^3[47]/.test(digits)) return 'American Express'
  return 'Card'
}

export type CardExpiryError = 'format' | 'expired'

const EXPIRY = /^(\d{2})\/(\d{2})$/

/** "MM/YY" with spaces around the slash tolerated ("12 / 28"); other text is left as typed. */
export function normalizeCardExpiry(value: string): string {
  return value.trim().replace(/\s*\/\s*/, '/')
}

/** Why an expiry (MM/YY) cannot be used on `today`: not MM/YY with a real month, or already past. */
export function cardExpiryError(value: string, today: Date | string = new Date()): CardExpiryError | null {
  const match = EXPIRY.exec(value)
  if (!match) return 'format'
  const month = Number(match[1])
  if (month < 1 || month > 12) return 'format'
  const expires = `20${match[2]}-${match[1]}`
  const current = (typeof today === 'string' ? today : toIsoDate(today)).slice(0, 7)
  // A card is valid through the last day of its month.
  return expires < current ? 'expired' : null
}

export function isValidCardExpiry(value: string, today: Date | string = new Date()): boolean {
  return cardExpiryError(value, today) === null
}

/** The three digits on the back of the card. */
export function isValidCvc(value: string): boolean {
  return /^\d{3}$/.test(value)
}

/** The holder as embossed: Latin letters in words separated by one space, hyphen, dot or apostrophe (or an initial's dot and a space); at most 26 characters. */
export function isValidCardHolder(value: string): boolean {
  return value.length <= 26 && /^[A-Za-z]+(?:(?:\. |[ .'-])[A-Za-z]+)*\.?$/.test(value)
}
