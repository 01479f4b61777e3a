import { describe, expect, it } from 'vitest'
import { authApi } from '@/api/auth'
import { setAuthToken } from '@/api/client'
import type { AuthResponse, LoginRequest } from '@/api/types'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

/** A log in that needs no two-step code (every persona but secure.resident). */
async function passwordLogin(body: LoginRequest): Promise<AuthResponse> {
  const response = await authApi.login(body)
  if ('twoFactorRequired' in response) throw new Error(`${body.email} answered a two-step challenge`)
  return response
}

describe('mock API: log in', () => {
  it('logs a demo persona in and returns its session user', async () => {
    const { token, user } = await passwordLogin({ email: 'business.resident@demo.test', password: 'demo-password' })
    expect(token).toMatch(/^[0-9a-f]{64}$/)
    expect(user).toMatchObject({ email: 'business.resident@demo.test', role: 'admin', accountType: 'business', residency: 'resident' })
  })

  it('answers a wrong password and an unknown email with the same generic 401', async () => {
    const wrongPassword = await failure(authApi.login({ email: 'business.resident@demo.test', password: 'nope' }))
    const unknownEmail = await failure(authApi.login({ email: 'nobody@demo.test', password: 'nope' }))
    expect(wrongPassword.status).toBe(401)
    expect(wrongPassword.code).toBe('auth.invalidCredentials')
    expect(unknownEmail.problem).toEqual(wrongPassword.problem)
  })

  it('refuses a malformed email with a field error (422)', async () => {
    const error = await failure(authApi.login({ email: 'not-an-email', password: 'x' }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ email: 'validation.email' })
    expect(error.problem.type).toMatch(/^https:\/\//)
  })

  it('locks the email out with 429 and Retry-After after five failures in 15 minutes', async () => {
    const email = 'sole.resident@demo.test'
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await failure(authApi.login({ email, password: 'wrong' }))).status).toBe(401)
    }
    // Even the right password is refused while locked out.
    const locked = await failure(authApi.login({ email, password: 'demo-password' }))
    expect(locked.status).toBe(429)
    expect(locked.problem.retryAfter).toBeGreaterThan(14 * 60)
    expect(locked.problem.retryAfter).toBeLessThanOrEqual(15 * 60)
    // Other emails are not affected.
    await expect(authApi.login({ email: 'state.resident@demo.test', password: 'demo-password' })).resolves.toBeTruthy()
  })

  it('sends the Retry-After header with the 429', async () => {
    const email = 'personal.resident@demo.test'
    for (let attempt = 0; attempt < 5; attempt++) await authApi.login({ email, password: 'wrong' }).catch(() => undefined)
    const response = await fetch('http://localhost/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'wrong' }),
    })
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(response.headers.get('Content-Type')).toContain('application/problem+json')
  })
})

describe('mock API: registration', () => {
  it('registers an account as its main administrator and starts a session', async () => {
    const { token, user } = await authApi.register({ accountType: 'business', residency: 'nonresident', email: 'New.Owner@Example.com', password: 'secret-123' })
    expect(user).toMatchObject({ email: 'new.owner@example.com', role: 'admin', accountType: 'business', residency: 'nonresident' })
    setAuthToken(token)
    await expect(authApi.session()).resolves.toMatchObject({ email: 'new.owner@example.com' })
    setAuthToken(null)
    await expect(authApi.login({ email: 'new.owner@example.com', password: 'secret-123' })).resolves.toBeTruthy()
  })

  it('refuses an email that is already registered', async () => {
    const error = await failure(authApi.register({ accountType: 'personal', residency: 'resident', email: 'personal.resident@demo.test', password: 'secret-123' }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ email: 'validation.emailTaken' })
  })

  // Registration once took any x@y.z, so an account could be opened with an address the profile
  // refuses, and then no profile change could ever be saved.
  it.each(['a..b@corp.ru', '.a@corp.ru', 'a@corp', 'a@-corp.ru'])('refuses %s, an address the profile would refuse, with a field error', async (email) => {
    const error = await failure(authApi.register({ accountType: 'personal', residency: 'resident', email, password: 'secret-123' }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ email: 'validation.email' })
  })

  it.each([
    ['a non-resident sole trader', { accountType: 'sole', residency: 'nonresident', email: 'a@b.co', password: 'secret-123' }, { residency: 'validation.residentOnly' }],
    ['a non-resident state institution', { accountType: 'state', residency: 'nonresident', email: 'a@b.co', password: 'secret-123' }, { residency: 'validation.residentOnly' }],
    ['an unknown account type', { accountType: 'club', residency: 'resident', email: 'a@b.co', password: 'secret-123' }, { accountType: 'validation.required' }],
    ['a password without digits', { accountType: 'personal', residency: 'resident', email: 'a@b.co', password: 'only-letters' }, { password: 'validation.passwordRules' }],
    ['a short password', { accountType: 'personal', residency: 'resident', email: 'a@b.co', password: 'a1' }, { password: 'validation.passwordRules' }],
    ['an unknown language', { accountType: 'personal', residency: 'resident', email: 'a@b.co', password: 'secret-123', language: 'de' }, { language: 'validation.oneOf' }],
  ] as const)('refuses %s with a field error', async (_name, body, errors) => {
    const error = await failure(authApi.register(body as never))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual(errors)
  })
})

describe('mock API: session', () => {
  it('answers 401 without a token', async () => {
    setAuthToken(null)
    const error = await failure(authApi.session())
    expect(error.status).toBe(401)
    expect(error.code).toBe('auth.unauthenticated')
  })

  it('ends the session on log out', async () => {
    await loginAs('business.resident@demo.test')
    await expect(authApi.session()).resolves.toMatchObject({ role: 'admin' })
    await authApi.logout()
    expect((await failure(authApi.session())).status).toBe(401)
  })

  it('lists the demo personas, secure.resident last', async () => {
    const personas = await authApi.demoPersonas()
    expect(personas.map((p) => p.email)).toEqual([
      'personal.resident@demo.test',
      'personal.nonresident@demo.test',
      'business.resident@demo.test',
      'business.nonresident@demo.test',
      'sole.resident@demo.test',
      'state.resident@demo.test',
      'user.business.resident@demo.test',
      'secure.resident@demo.test',
    ])
    expect(personas.find((p) => p.email.startsWith('user.'))?.role).toBe('user')
  })
})

describe('mock API: account numbers', () => {
  it('gives every account a six-digit number, shared by its users, and a new one to a new account', async () => {
    const admin = (await passwordLogin({ email: 'business.resident@demo.test', password: 'demo-password' })).user
    const user = (await passwordLogin({ email: 'user.business.resident@demo.test', password: 'demo-password' })).user
    const other = (await passwordLogin({ email: 'sole.resident@demo.test', password: 'demo-password' })).user
    expect(admin.accountNumber).toMatch(/^\d{6}$/)
    expect(user.accountNumber).toBe(admin.accountNumber)
    expect(other.accountNumber).not.toBe(admin.accountNumber)
    const created = (await authApi.register({ accountType: 'personal', residency: 'resident', email: 'numbered@example.com', password: 'secret-123' })).user
    expect(created.accountNumber).toMatch(/^\d{6}$/)
    expect([admin.accountNumber, other.accountNumber]).not.toContain(created.accountNumber)
  })
})
