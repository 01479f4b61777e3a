// Schemas of the Security tab's forms. The mock API validates its requests with the same ones, so
// the server refuses exactly what the forms refuse (the API adds what only it can check: that the
// current password is right, that a code is valid). Messages are i18n keys.
import { object, string } from 'yup'
import { BACKUP_CODE_PATTERN, normalizeTwoFactorCode, TOTP_CODE_PATTERN } from '../twoFactorCode'
import { newPasswordField } from './auth'

const newPassword = newPasswordField().test('differs', 'validation.passwordSame', function (value) {
    return !value || value !== this.parent.currentPassword
  })

/** What POST /security/password accepts. */
export const passwordChangeRequestSchema = object({
  currentPassword: string().required('validation.required'),
  newPassword,
})

/** The Change password form: the request plus the confirmation of the new password. */
export const passwordChangeFormSchema = passwordChangeRequestSchema.shape({
  // A test, not oneOf: yup checks oneOf before required, so an empty field would read "do not match".
  newPasswordConfirmation: string()
    .required('validation.required')
    .test('matches', 'validation.passwordsDiffer', function (value) {
      return !value || value === this.parent.newPassword
    }),
})

export { BACKUP_CODE_PATTERN, normalizeTwoFactorCode, TOTP_CODE_PATTERN }

const authenticatorCode = string()
  .required('validation.required')
  .test('format', 'validation.twoFactorCodeFormat', (v) => !v || TOTP_CODE_PATTERN.test(normalizeTwoFactorCode(v)))

/** Either an authenticator code or a backup code (log in, turning off, new backup codes). */
const anyCode = string()
  .required('validation.required')
  .test('format', 'validation.twoFactorCodeFormat', (v) => {
    if (!v) return true
    const code = normalizeTwoFactorCode(v)
    return TOTP_CODE_PATTERN.test(code) || BACKUP_CODE_PATTERN.test(code)
  })

/** "Turn on", first step: the current password. */
export const passwordConfirmationSchema = object({ password: string().required('validation.required') })
/** "Turn on", last step: a code of the new secret (backup codes do not exist yet). */
export const twoFactorEnableSchema = object({ code: authenticatorCode })
/** "Turn off" and "New backup codes": the password and a code. */
export const passwordAndCodeSchema = object({ password: string().required('validation.required'), code: anyCode })
/** The second step of log in. */
export const twoFactorLoginSchema = object({ challenge: string().required('validation.required'), code: anyCode })
/** The second step's form (the challenge lives in the page's memory, not in the form). */
export const twoFactorLoginFormSchema = object({ code: anyCode })
