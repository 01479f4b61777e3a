// Schemas of the Users tab and the invitation page. The mock API validates its requests with the
// same ones (it adds what only it knows: an email already on an account). Messages are i18n keys.
// Not in the schemas barrel: only these screens load them.
import { mixed, object, string } from 'yup'
import type { Locale, ThemeName } from '@/api/types'
import { isValidEmail } from '../rules/email'
import { newPasswordField } from './auth'
import { LOCALES, THEMES } from './settings'

export const USER_NAME_MAX = 100

/** What POST /users accepts ("Add user"). */
export const userInviteSchema = object({
  email: string()
    .trim()
    .required('validation.required')
    .test('email', 'validation.email', (value) => !value || isValidEmail(value)),
  name: string().trim().required('validation.required').max(USER_NAME_MAX, 'validation.tooLong'),
})

const password = newPasswordField()

/** What POST /invitations/{token}/accept accepts. */
export const invitationAcceptSchema = object({
  password,
  language: mixed<Locale>().oneOf([...LOCALES, undefined], 'validation.oneOf'),
  theme: mixed<ThemeName>().oneOf([...THEMES, undefined], 'validation.oneOf'),
})

/** The invitation page's form: the password and its confirmation. */
export const invitationAcceptFormSchema = object({
  password,
  passwordConfirmation: string()
    .required('validation.required')
    .test('matches', 'validation.passwordsDiffer', function (value) {
      return !value || value === this.parent.password
    }),
})
