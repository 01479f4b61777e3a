// Schemas of the log in and registration forms. The mock API validates requests with the same
// schemas, so the server refuses exactly what the form refuses. Messages are i18n keys.
import { mixed, object, ref, string } from 'yup'
import type { AccountType, Locale, Residency, ThemeName } from '@/api/types'
import { isValidEmail } from '../rules/email'
import { LOCALES, THEMES } from './settings'

export const ACCOUNT_TYPES: AccountType[] = ['personal', 'business', 'sole', 'state']
export const RESIDENCIES: Residency[] = ['resident', 'nonresident']

/** Sole traders and state institutions are registered in Russia, so they are always residents. */
export function allowsNonResident(type: AccountType): boolean {
  return type === 'personal' || type === 'business'
}

export const PASSWORD_MIN_LENGTH = 8

/** Each rule the registration form lists under the password field, checked as the user types. */
export const passwordRules = {
  length: (v: string) => v.length >= PASSWORD_MIN_LENGTH && v.length <= 128,
  letter: (v: string) => /\p{L}/u.test(v),
  digit: (v: string) => /\d/.test(v),
} as const

export type PasswordRule = keyof typeof passwordRules

/** A password being chosen (registration, a change, an invitation): required and every rule met. */
export function newPasswordField() {
  return string()
    .required('validation.required')
    .test('rules', 'validation.passwordRules', (v) => !v || Object.values(passwordRules).every((rule) => rule(v)))
}

// The profile's email rule: an address accepted here must also be one the profile can save.
const email = string()
  .trim()
  .required('validation.required')
  .test('email', 'validation.email', (value) => !value || isValidEmail(value))

export const loginSchema = object({
  email,
  password: string().required('validation.required'),
})

/** What POST /auth/register accepts. */
export const registerRequestSchema = object({
  accountType: string<AccountType>().oneOf(ACCOUNT_TYPES, 'validation.required').required('validation.required'),
  residency: string<Residency>()
    .oneOf(RESIDENCIES, 'validation.required')
    .required('validation.required')
    .test('resident-only', 'validation.residentOnly', function (value) {
      const type = this.parent.accountType as AccountType | undefined
      return !type || value !== 'nonresident' || allowsNonResident(type)
    }),
  email,
  password: newPasswordField(),
  language: mixed<Locale>().oneOf([...LOCALES, undefined], 'validation.oneOf'),
  theme: mixed<ThemeName>().oneOf([...THEMES, undefined], 'validation.oneOf'),
})

/** The registration form: the request plus the password confirmation. */
export const registerFormSchema = registerRequestSchema.shape({
  passwordConfirmation: string()
    .required('validation.required')
    .oneOf([ref('password')], 'validation.passwordsDiffer'),
})
