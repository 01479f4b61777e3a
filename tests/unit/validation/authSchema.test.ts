import { describe, expect, it } from 'vitest'
import { isValidEmail } from '@/validation/rules'
import { loginSchema, registerRequestSchema } from '@/validation/schemas'

const registration = (email: string) => ({ accountType: 'personal', residency: 'resident', email, password: 'secret-123' })
const emailErrorOf = async (schema: typeof loginSchema | typeof registerRequestSchema, body: object) =>
  schema.validateAt('email', body).then(
    () => null,
    (error: Error) => error.message,
  )

// One email rule: registration and log in refuse exactly what the profile form refuses, so an
// account can never be opened with an address its profile could not save.
describe('the email rule of registration and log in', () => {
  it.each(['a..b@corp.ru', '.a@corp.ru', 'a.@corp.ru', 'a@corp', 'a@corp..ru', 'a@-corp.ru', 'a@corp.r', `${'a'.repeat(65)}@corp.ru`])(
    'refuses %s, as the profile does',
    async (email) => {
      expect(isValidEmail(email)).toBe(false)
      expect(await emailErrorOf(registerRequestSchema, registration(email))).toBe('validation.email')
      expect(await emailErrorOf(loginSchema, { email, password: 'x' })).toBe('validation.email')
    },
  )

  it.each(['a@b.co', 'ivan.petrov@example.ru', 'first+tag@mail.example.com', 'admin@пример.рф', ' New.Owner@Example.com '])('accepts %j, as the profile does', async (email) => {
    expect(isValidEmail(email.trim())).toBe(true)
    expect(await emailErrorOf(registerRequestSchema, registration(email))).toBeNull()
    expect(await emailErrorOf(loginSchema, { email, password: 'x' })).toBeNull()
  })

  it('asks for an email when none is typed', async () => {
    expect(await emailErrorOf(registerRequestSchema, registration(''))).toBe('validation.required')
  })
})
