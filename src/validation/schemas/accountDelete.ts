// Deleting the account (GDPR): the account's email typed again, and the password.
import { object, string } from 'yup'

export function accountDeleteSchema(email: string) {
  return object({
    confirmation: string()
      .default('')
      .transform((value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : ''))
      .required('validation.required')
      .oneOf([email.toLowerCase()], 'validation.deleteConfirmation'),
    password: string().default('').required('validation.required'),
  })
}
