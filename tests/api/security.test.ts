// The account security rules of the mock API (issue 12): hashed passwords, change password, login
// history by role, active sessions, two-step authentication (TOTP drift and replay, backup codes,
// the limit of wrong codes). Every response is checked against the contract (tests/setup.ts).
// PBKDF2 costs time on every log in, so each test logs in only as often as its rule needs.
import { Secret, TOTP } from 'otpauth'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { authApi } from '@/api/auth'
import { setAuthToken } from '@/api/client'
import { securityApi } from '@/api/security'
import type { AuthResponse, LoginResponse, TwoFactorChallenge } from '@/api/types'
import { verifyPassword } from '@mocks/auth/passwords'
import { SECURE_RESIDENT_TOTP_SECRET } from '@mocks/auth/seedPasswords'
import { simulatedAddress } from '@mocks/kernel/clientAddress'
import { now } from '@mocks/kernel/clock'
import { readDb } from '@mocks/kernel/db'
import { sha256Hex } from '@mocks/kernel/hash'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const API = 'http://localhost/api/v1'
const PASSWORD = 'demo-password'
const SECURE = 'secure.resident@demo.test'
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
const STEP = 30_000
const MINUTE = 60_000

afterEach(() => vi.useRealTimers())

/** Moves the mock clock (Date only: the requests' own timers keep running). */
function setClock(at: number) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}
const advance = (ms: number) => setClock(now() + ms)
/** The clock stopped 10 s into a 30-second step, so a code computed now stays in its step. */
const freezeInStep = () => setClock((Math.floor(Date.now() / STEP) + 1) * STEP + 10_000)

/** The authenticator's code `steps` steps away from the mock clock's now. */
const codeAt = (steps = 0, secret = SECURE_RESIDENT_TOTP_SECRET) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: now() + steps * STEP })

/** A log in from another browser (its own client id and User-Agent); answers the raw response. */
async function loginFrom(client: string, email: string, password = PASSWORD, userAgent = ANDROID): Promise<Response> {
  return fetch(`${API}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Mock-Client': client, 'User-Agent': userAgent },
    body: JSON.stringify({ email, password }),
  })
}
async function tokenFrom(client: string, email: string): Promise<string> {
  return ((await (await loginFrom(client, email)).json()) as AuthResponse).token
}

function isChallenge(response: LoginResponse): response is TwoFactorChallenge {
  return 'twoFactorRequired' in response
}
async function challengeOf(email = SECURE, password = PASSWORD): Promise<string> {
  const response = await authApi.login({ email, password })
  if (!isChallenge(response)) throw new Error(`${email} logged in without a code`)
  return response.challenge
}
/** secure.resident logged in with the current code (the session becomes the client's). */
async function loginSecure(): Promise<string> {
  const { token } = await authApi.loginTwoFactor({ challenge: await challengeOf(), code: codeAt() })
  setAuthToken(token)
  return token
}

const userOf = (email: string) => readDb().users.find((u) => u.email === email)!
const mailsOf = (email: string, kind: string) => readDb().mail.filter((m) => m.to === email && m.kind === kind)

describe('mock API: passwords are stored hashed', () => {
  it('keeps no password in plain text, and every seeded hash verifies demo-password only', async () => {
    const db = readDb()
    expect(JSON.stringify(db)).not.toContain(PASSWORD)
    expect(db.users.some((u) => 'password' in u)).toBe(false)
    // An invited user has no password until they accept (tests/api/users.test.ts).
    expect(db.users.filter((u) => u.status === 'invited').map((u) => u.passwordHash)).toEqual([''])
    const hashes = db.users.filter((u) => u.status === 'active').map((u) => u.passwordHash)
    for (const hash of hashes) expect(hash).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
    // Each with its own salt.
    expect(new Set(hashes.map((h) => h.split('$')[2])).size).toBe(hashes.length)
    expect(await Promise.all(hashes.map((h) => verifyPassword(PASSWORD, h)))).toEqual(hashes.map(() => true))
    expect(await verifyPassword('demo-password1', hashes[0]!)).toBe(false)
  })

  it('stores a new registration’s password as a salted hash', async () => {
    await authApi.register({ accountType: 'personal', residency: 'resident', email: 'hashed@example.com', password: 'secret-123' })
    const stored = userOf('hashed@example.com').passwordHash
    expect(stored).toMatch(/^pbkdf2-sha256\$100000\$/)
    expect(JSON.stringify(readDb())).not.toContain('secret-123')
    expect(await verifyPassword('secret-123', stored)).toBe(true)
  })
})

describe('mock API: change password', () => {
  it.each([
    ['a wrong current password', { currentPassword: 'wrong-123', newPassword: 'fresh-pass-1' }, { currentPassword: 'validation.passwordWrong' }],
    ['the current password again', { currentPassword: 'secret-123', newPassword: 'secret-123' }, { newPassword: 'validation.passwordSame' }],
    ['a weak new password', { currentPassword: 'secret-123', newPassword: 'short' }, { newPassword: 'validation.passwordRules' }],
  ])('refuses %s with a field error and keeps the password', async (_name, body, errors) => {
    // A new user: the demo personas' own password does not follow today's rules (no digit).
    setAuthToken((await authApi.register({ accountType: 'personal', residency: 'resident', email: 'changer@example.com', password: 'secret-123' })).token)
    const before = userOf('changer@example.com').passwordHash
    const error = await failure(securityApi.changePassword(body))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual(errors)
    expect(userOf('changer@example.com').passwordHash).toBe(before)
  })

  it('changes it, ends every other session of the user but this one, mails, and only the new one logs in', async () => {
    const email = 'business.resident@demo.test'
    const phone = await tokenFrom('phone', email)
    const colleague = await tokenFrom('colleague', 'user.business.resident@demo.test')
    await loginAs(email)
    // The phone and the seeded phone session end; the colleague's session is not this user's.
    await expect(securityApi.changePassword({ currentPassword: PASSWORD, newPassword: 'fresh-pass-1' })).resolves.toEqual({ endedSessions: 2 })
    await expect(authApi.session()).resolves.toMatchObject({ email })

    setAuthToken(phone)
    const ended = await failure(authApi.session())
    expect([ended.status, ended.code]).toEqual([401, 'auth.sessionEnded'])
    setAuthToken(colleague)
    await expect(authApi.session()).resolves.toMatchObject({ role: 'user' })

    // A resident's mail is in Russian (no interface language saved).
    expect(mailsOf(email, 'password-changed')).toEqual([expect.objectContaining({ subject: 'Пароль изменён', links: [{ label: 'Безопасность', href: '/profile/security' }] })])
    expect((await failure(authApi.login({ email, password: PASSWORD }))).code).toBe('auth.invalidCredentials')
    await expect(authApi.login({ email, password: 'fresh-pass-1' })).resolves.toHaveProperty('token')
  })
})

describe('mock API: login history', () => {
  it('records every attempt with its result, the simulated IP and location and the parsed device', async () => {
    const email = 'sole.resident@demo.test'
    expect((await loginFrom('laptop', email, 'wrong-123')).status).toBe(401)
    await loginFrom('laptop', email)
    setAuthToken(await tokenFrom('laptop', email))
    const [newest, before] = (await securityApi.loginHistory({ limit: 3 })).items
    const { ip, city, country } = simulatedAddress('header:laptop')
    expect(newest).toMatchObject({ result: 'success', userEmail: email, userName: 'Сергей Кузнецов', ip, location: { city, country }, device: { kind: 'mobile', os: 'Android 14', browser: 'Chrome 131' } })
    expect(before).toMatchObject({ result: 'success', ip })
    expect(ip).toMatch(/^(95|185)\.\d{1,3}\.\d{1,3}\.\d{1,3}$/)
    const wrong = (await securityApi.loginHistory({ limit: 4 })).items[2]!
    expect(wrong).toMatchObject({ result: 'wrongPassword', ip })
    // The same client is the same address every time; another client another one.
    expect(simulatedAddress('header:laptop')).toEqual(simulatedAddress('header:laptop'))
    expect(simulatedAddress('header:phone').ip).not.toBe(ip)
  })

  it('records a refused attempt of the lockout as blocked', async () => {
    const email = 'state.resident@demo.test'
    for (let attempt = 0; attempt < 5; attempt++) await loginFrom('pc', email, 'wrong-123')
    expect((await loginFrom('pc', email)).status).toBe(429)
    advance(15 * MINUTE)
    await loginAs(email)
    const results = (await securityApi.loginHistory({ limit: 7 })).items.map((e) => e.result)
    expect(results).toEqual(['success', 'blocked', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword'])
  })

  it('shows the main administrator every user of the account, filtered by one on request', async () => {
    await loginAs('business.resident@demo.test')
    const all = await securityApi.loginHistory({ limit: 100 })
    // The invited (not activated) user is one of them too.
    expect(all.users.map((u) => u.email).sort()).toEqual(['business.resident@demo.test', 'pavel.sokolov@demo.test', 'user.business.resident@demo.test'])
    expect(new Set(all.items.map((e) => e.userId))).toEqual(new Set(['usr-business-res', 'usr-business-res-user']))
    expect(all.items.some((e) => e.result === 'wrongPassword')).toBe(true)
    const colleague = await securityApi.loginHistory({ user: 'usr-business-res-user' })
    expect(colleague.items.length).toBeGreaterThan(0)
    expect(colleague.items.every((e) => e.userId === 'usr-business-res-user')).toBe(true)
    expect(colleague.total).toBe(all.items.filter((e) => e.userId === 'usr-business-res-user').length)
    // Someone outside the account is no filter value.
    expect((await failure(securityApi.loginHistory({ user: 'usr-sole-res' }))).fieldErrors).toEqual({ user: 'validation.oneOf' })
  })

  it('shows a user only their own attempts, and refuses another user’s with 403', async () => {
    await loginAs('user.business.resident@demo.test')
    const own = await securityApi.loginHistory({ limit: 100 })
    expect(own.users).toEqual([{ id: 'usr-business-res-user', email: 'user.business.resident@demo.test', name: 'Дмитрий Орлов' }])
    expect(own.items.every((e) => e.userId === 'usr-business-res-user')).toBe(true)
    await expect(securityApi.loginHistory({ user: 'usr-business-res-user' })).resolves.toMatchObject({ total: own.total })
    const refused = await failure(securityApi.loginHistory({ user: 'usr-business-res' }))
    expect([refused.status, refused.code]).toEqual([403, 'auth.forbiddenRole'])
  })

  it('pages the attempts newest first', async () => {
    await loginAs('personal.resident@demo.test')
    const first = await securityApi.loginHistory({ limit: 3 })
    const second = await securityApi.loginHistory({ limit: 3, offset: 3 })
    expect([first.limit, first.offset, second.offset]).toEqual([3, 0, 3])
    expect(second.total).toBe(first.total)
    expect(first.total).toBeGreaterThanOrEqual(7)
    const dates = [...first.items, ...second.items].map((e) => e.at)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(new Set([...first.items, ...second.items].map((e) => e.id)).size).toBe(6)
  })
})

describe('mock API: active sessions', () => {
  it('lists the caller’s own sessions, the current one first, with device, address and last activity', async () => {
    // The colleague of the same account has a session of their own, which is not listed.
    const colleague = await tokenFrom('colleague', 'user.business.resident@demo.test')
    await tokenFrom('tablet', 'business.resident@demo.test')
    await loginAs('business.resident@demo.test')
    const sessions = await securityApi.sessions()
    // This one, the tablet, then the phone seeded as logged in two hours ago.
    expect(sessions.map((s) => s.current)).toEqual([true, false, false])
    expect(sessions[1]).toMatchObject({ ip: simulatedAddress('header:tablet').ip, device: { kind: 'mobile', os: 'Android 14', browser: 'Chrome 131' } })
    expect(JSON.stringify(sessions)).not.toMatch(/token/i)
    const colleagueSession = readDb().sessions.find((d) => d.token === colleague)!
    expect(sessions.map((s) => s.id)).not.toContain(colleagueSession.id)
  })

  it('ends another session: its next request is 401 sessionEnded; the current one is 409, another user’s 404', async () => {
    const phone = await tokenFrom('phone', 'personal.resident@demo.test')
    const stranger = await tokenFrom('stranger', 'sole.resident@demo.test')
    await loginAs('personal.resident@demo.test')
    const [current, other] = await securityApi.sessions()
    await securityApi.endSession(other!.id)
    await expect(securityApi.sessions()).resolves.toHaveLength(1)
    const again = await failure(securityApi.endSession(other!.id))
    expect([again.status, again.code]).toEqual([404, 'security.sessionNotFound'])
    const itself = await failure(securityApi.endSession(current!.id))
    expect([itself.status, itself.code]).toEqual([409, 'security.currentSession'])
    const strangersId = readDb().sessions.find((s) => s.token === stranger)!.id
    expect((await failure(securityApi.endSession(strangersId))).status).toBe(404)

    setAuthToken(phone)
    const ended = await failure(authApi.session())
    expect([ended.status, ended.code]).toEqual([401, 'auth.sessionEnded'])
    setAuthToken(stranger)
    await expect(authApi.session()).resolves.toMatchObject({ email: 'sole.resident@demo.test' })
  })

  it('ends every other session at once', async () => {
    await tokenFrom('phone', 'business.resident@demo.test')
    await loginAs('business.resident@demo.test')
    await expect(securityApi.endOtherSessions()).resolves.toEqual({ endedSessions: 2 })
    expect((await securityApi.sessions()).map((s) => s.current)).toEqual([true])
    await expect(securityApi.endOtherSessions()).resolves.toEqual({ endedSessions: 0 })
  })

  it('writes the last activity at most once a minute', async () => {
    setClock(Date.now())
    await loginAs('personal.resident@demo.test')
    const loggedIn = (await securityApi.sessions())[0]!.lastActiveAt
    advance(30_000)
    expect((await securityApi.sessions())[0]!.lastActiveAt).toBe(loggedIn)
    advance(31_000)
    expect((await securityApi.sessions())[0]!.lastActiveAt).toBe(new Date(now()).toISOString())
  })

  it('mails the user about a log in from a browser they never used, once', async () => {
    const email = 'personal.nonresident@demo.test'
    await tokenFrom('new-laptop', email)
    await tokenFrom('new-laptop', email)
    const mails = mailsOf(email, 'new-sign-in')
    expect(mails).toHaveLength(1)
    // A non-resident's mail is in English, with the address and the device.
    expect(mails[0]!.text).toContain(`IP ${simulatedAddress('header:new-laptop').ip}`)
    expect(mails[0]!.text).toContain('Chrome 131 on Android 14')
  })
})

describe('mock API: two-step authentication', () => {
  it('answers the password with a short-lived challenge, no session, and the code with a session', async () => {
    freezeInStep()
    const sessionsBefore = readDb().sessions.length
    const challenge = await challengeOf()
    expect(readDb().sessions).toHaveLength(sessionsBefore)
    const { token, user } = await authApi.loginTwoFactor({ challenge, code: codeAt() })
    expect(user.email).toBe(SECURE)
    setAuthToken(token)
    await expect(authApi.session()).resolves.toMatchObject({ email: SECURE })
    // A used challenge is gone; so is one older than 5 minutes.
    expect((await failure(authApi.loginTwoFactor({ challenge, code: codeAt(1) }))).code).toBe('auth.challengeExpired')
    const late = await challengeOf()
    advance(5 * MINUTE + 1_000)
    const expired = await failure(authApi.loginTwoFactor({ challenge: late, code: codeAt() }))
    expect([expired.status, expired.code]).toEqual([401, 'auth.challengeExpired'])
  })

  it('accepts one step of drift either way, refuses two, and never accepts a code twice', async () => {
    freezeInStep()
    const first = await challengeOf()
    for (const steps of [-2, 2]) {
      const refused = await failure(authApi.loginTwoFactor({ challenge: first, code: codeAt(steps) }))
      expect([refused.status, refused.fieldErrors]).toEqual([422, { code: 'validation.twoFactorCodeWrong' }])
    }
    await authApi.loginTwoFactor({ challenge: first, code: codeAt(-1) })
    // The previous step's code is used up; the current step is newer and still good.
    const second = await challengeOf()
    expect((await failure(authApi.loginTwoFactor({ challenge: second, code: codeAt(-1) }))).fieldErrors).toEqual({ code: 'validation.twoFactorCodeWrong' })
    await authApi.loginTwoFactor({ challenge: second, code: `${codeAt().slice(0, 3)} ${codeAt().slice(3)}` })
    const third = await challengeOf()
    expect((await failure(authApi.loginTwoFactor({ challenge: third, code: codeAt() }))).status).toBe(422)
    await expect(authApi.loginTwoFactor({ challenge: third, code: codeAt(1) })).resolves.toHaveProperty('token')
  })

  it('accepts a backup code once, typed with or without its dash', async () => {
    const challenge = await challengeOf()
    await authApi.loginTwoFactor({ challenge, code: 'q7rk-2mvd' })
    await authApi.loginTwoFactor({ challenge: await challengeOf(), code: 'H4TZ 9WPE' })
    const reused = await failure(authApi.loginTwoFactor({ challenge: await challengeOf(), code: 'q7rk2mvd' }))
    expect(reused.fieldErrors).toEqual({ code: 'validation.twoFactorCodeWrong' })
    expect(userOf(SECURE).twoFactor!.backupCodeHashes).toHaveLength(8)
  })

  it('refuses codes for 15 minutes after 5 wrong ones, with 429 and Retry-After, then lets the right one in', async () => {
    freezeInStep()
    const challenge = await challengeOf()
    for (let attempt = 0; attempt < 5; attempt++) expect((await failure(authApi.loginTwoFactor({ challenge, code: '000000' }))).status).toBe(422)
    const response = await fetch(`${API}/auth/login/two-factor`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ challenge, code: codeAt() }) })
    expect(response.status).toBe(429)
    const problem = (await response.json()) as { code: string; retryAfter: number }
    expect(problem.code).toBe('auth.tooManyCodes')
    expect(Number(response.headers.get('Retry-After'))).toBe(problem.retryAfter)
    expect(problem.retryAfter).toBe(15 * 60)

    advance(15 * MINUTE)
    await authApi.loginTwoFactor({ challenge: await challengeOf(), code: codeAt() }).then(({ token }) => setAuthToken(token))
    const results = (await securityApi.loginHistory({ limit: 7 })).items.map((e) => e.result)
    expect(results).toEqual(['success', 'blocked', 'wrongCode', 'wrongCode', 'wrongCode', 'wrongCode', 'wrongCode'])
  })

  it('counts wrong codes of every form towards the same limit', async () => {
    freezeInStep()
    await loginSecure()
    for (let attempt = 0; attempt < 5; attempt++) await failure(securityApi.renewBackupCodes({ password: PASSWORD, code: '000000' }))
    const refused = await failure(authApi.loginTwoFactor({ challenge: await challengeOf(), code: codeAt(1) }))
    expect([refused.status, refused.code]).toEqual([429, 'auth.tooManyCodes'])
  })

  it('turns on with the password and a valid code of the new secret, and hands out 10 backup codes kept as hashes', async () => {
    freezeInStep()
    const email = 'personal.resident@demo.test'
    await loginAs(email)
    await expect(securityApi.twoFactor()).resolves.toEqual({ enabled: false, enabledAt: null, backupCodesLeft: 0 })
    expect((await failure(securityApi.enableTwoFactor({ code: '123456' }))).code).toBe('security.twoFactorNoSetup')
    expect((await failure(securityApi.setUpTwoFactor({ password: 'wrong-123' }))).fieldErrors).toEqual({ password: 'validation.passwordWrong' })

    const setup = await securityApi.setUpTwoFactor({ password: PASSWORD })
    expect(setup.uri).toBe(`otpauth://totp/Cloud%20panel:personal.resident%40demo.test?issuer=Cloud%20panel&secret=${setup.secret}&algorithm=SHA1&digits=6&period=30`)
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(Date.parse(setup.expiresAt) - now()).toBe(15 * MINUTE)
    expect((await failure(securityApi.enableTwoFactor({ code: codeAt(3, setup.secret) }))).fieldErrors).toEqual({ code: 'validation.twoFactorCodeWrong' })
    const { backupCodes } = await securityApi.enableTwoFactor({ code: codeAt(0, setup.secret) })

    expect(new Set(backupCodes).size).toBe(10)
    const stored = userOf(email).twoFactor!
    expect(stored.backupCodeHashes).toEqual(await Promise.all(backupCodes.map(sha256Hex)))
    for (const code of backupCodes) expect(JSON.stringify(readDb())).not.toContain(code)
    await expect(securityApi.twoFactor()).resolves.toEqual({ enabled: true, enabledAt: new Date(now()).toISOString(), backupCodesLeft: 10 })
    expect(mailsOf(email, 'two-factor-changed')).toHaveLength(1)
    expect((await failure(securityApi.setUpTwoFactor({ password: PASSWORD }))).code).toBe('security.twoFactorOn')
    // From now on the password alone does not log in; the code that turned it on is used up.
    const challenge = await challengeOf(email)
    expect((await failure(authApi.loginTwoFactor({ challenge, code: codeAt(0, setup.secret) }))).status).toBe(422)
    await expect(authApi.loginTwoFactor({ challenge, code: backupCodes[0]! })).resolves.toHaveProperty('token')
  })

  it('lets a setup expire after 15 minutes', async () => {
    freezeInStep()
    await loginAs('personal.resident@demo.test')
    const setup = await securityApi.setUpTwoFactor({ password: PASSWORD })
    advance(15 * MINUTE)
    expect((await failure(securityApi.enableTwoFactor({ code: codeAt(0, setup.secret) }))).code).toBe('security.twoFactorNoSetup')
  })

  it('needs the password and a code for new backup codes and for turning off', async () => {
    freezeInStep()
    await loginSecure()
    expect((await failure(securityApi.renewBackupCodes({ password: 'wrong-123', code: codeAt(1) }))).fieldErrors).toEqual({ password: 'validation.passwordWrong' })
    expect((await failure(securityApi.renewBackupCodes({ password: PASSWORD, code: '999999' }))).fieldErrors).toEqual({ code: 'validation.twoFactorCodeWrong' })
    const { backupCodes } = await securityApi.renewBackupCodes({ password: PASSWORD, code: codeAt(1) })
    // The seeded codes stopped working: only the new ones are kept.
    expect(userOf(SECURE).twoFactor!.backupCodeHashes).not.toContain(await sha256Hex('q7rk-2mvd'))

    expect((await failure(securityApi.disableTwoFactor({ password: 'wrong-123', code: backupCodes[0]! }))).fieldErrors).toEqual({ password: 'validation.passwordWrong' })
    await securityApi.disableTwoFactor({ password: PASSWORD, code: backupCodes[0]! })
    await expect(securityApi.twoFactor()).resolves.toEqual({ enabled: false, enabledAt: null, backupCodesLeft: 0 })
    expect((await failure(securityApi.disableTwoFactor({ password: PASSWORD, code: codeAt() }))).code).toBe('security.twoFactorOff')
    expect(mailsOf(SECURE, 'two-factor-changed').map((m) => m.subject)).toEqual(['Новые резервные коды', 'Двухэтапная аутентификация выключена'])
    await expect(authApi.login({ email: SECURE, password: PASSWORD })).resolves.toHaveProperty('token')
  })
})
