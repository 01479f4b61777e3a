// The users of an account and their invitations in the mock API (issue 13): only the main
// administrator manages users, the invitation mail and its link, accepting it (and logging in as
// a User), expiry on the mock clock, the resend limit, and what removing a user takes with them.
// Mails are read through the mock-only mailbox endpoint, as QA does. Every response of the
// contract's endpoints is checked against it (tests/setup.ts).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiKeysApi } from '@/api/apiKeys'
import { authApi } from '@/api/auth'
import { setAuthToken, setRequestLanguage } from '@/api/client'
import type { AccountUser, AuthResponse, UserInvite } from '@/api/types'
import { invitationsApi, usersApi } from '@/api/users'
import { now } from '@mocks/kernel/clock'
import { sha256Hex } from '@mocks/kernel/hash'
import { readDb, updateDb } from '@mocks/kernel/db'
import type { DbMail } from '@mocks/kernel/schema'
import { SEEDED_INVITATION_TOKEN } from '@mocks/users/seed'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const API = 'http://localhost/api/v1'
const ADMIN = 'business.resident@demo.test'
const COLLEAGUE = 'user.business.resident@demo.test'
const INVITED = 'pavel.sokolov@demo.test'
const NEWCOMER: UserInvite = { email: 'maria.ivanova@example.com', name: 'Мария Иванова' }
const GOOD_PASSWORD = 'fresh-pass-1'
const MINUTE = 60_000
const HOUR = 60 * MINUTE

afterEach(() => vi.useRealTimers())

/** Moves the mock clock (Date only: the requests' own timers keep running). */
function setClock(at: number) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

async function mailbox(to: string): Promise<DbMail[]> {
  const response = await fetch(`${API}/__qa/mailbox?to=${encodeURIComponent(to)}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { items: DbMail[] }).items
}

/** The token of the newest invitation mail to `to`, from its link `/invite/<token>`. */
async function invitationToken(to: string): Promise<string> {
  const mail = (await mailbox(to)).find((m) => m.kind === 'invitation')
  const href = mail?.links[0]?.href ?? ''
  expect(href).toMatch(/^\/invite\/[^/]+$/)
  return href.slice('/invite/'.length)
}

/** A log in from another browser (its own client id); answers its session token. */
async function tokenFrom(client: string, email: string, password = 'demo-password'): Promise<string> {
  const response = await fetch(`${API}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Mock-Client': client },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as AuthResponse).token
}

const userOf = (email: string) => readDb().users.find((u) => u.email === email)
const accountNumber = () => readDb().accounts.find((a) => a.id === 'acc-business-res')!.number
const newestSuccess = (userId: string) =>
  readDb()
    .loginEvents.filter((e) => e.userId === userId && e.result === 'success')
    .map((e) => e.at)
    .sort()
    .at(-1)

describe('mock API: users are the main administrator’s', () => {
  it('refuses a user every /users operation with 403 auth.forbiddenRole', async () => {
    await loginAs(COLLEAGUE)
    const before = userOf(INVITED)?.invitation?.tokenHash
    const refusals = await Promise.all([
      failure(usersApi.list()),
      failure(usersApi.invite(NEWCOMER)),
      failure(usersApi.resendInvitation('usr-business-res-invited')),
      failure(usersApi.remove('usr-business-res-invited')),
    ])
    expect(refusals.map((e) => [e.status, e.code])).toEqual(refusals.map(() => [403, 'auth.forbiddenRole']))
    // Nobody was invited, re-invited or removed.
    expect(userOf(NEWCOMER.email)).toBeUndefined()
    expect(userOf(INVITED)?.invitation?.tokenHash).toBe(before)
    expect((await mailbox(INVITED)).length).toBe(1)
  })

  it('answers 401 without a session', async () => {
    setAuthToken(null)
    const refused = await failure(usersApi.list())
    expect([refused.status, refused.code]).toEqual([401, 'auth.unauthenticated'])
  })
})

describe('mock API: the list of users', () => {
  it('lists the main administrator first, then by invitation, with status, last login and the pending invitation', async () => {
    await loginAs(ADMIN)
    // Stored in another order: the list's order is the API's, not the data's.
    updateDb((db) => void db.users.reverse())
    const users = await usersApi.list()
    expect(users.map((u) => [u.email, u.role, u.status, u.removable])).toEqual([
      [ADMIN, 'admin', 'active', false],
      [COLLEAGUE, 'user', 'active', true],
      [INVITED, 'user', 'invited', true],
    ])
    const [admin, colleague, invited] = users as [AccountUser, AccountUser, AccountUser]
    expect(admin).toMatchObject({ invitedAt: null, invitation: null, lastLoginAt: newestSuccess('usr-business-res') })
    // The log in just made is the newest.
    expect(Date.parse(admin.lastLoginAt!)).toBeGreaterThan(now() - MINUTE)
    expect(colleague.lastLoginAt).toBe(newestSuccess('usr-business-res-user'))
    expect(colleague.invitedAt! < invited.invitedAt!).toBe(true)
    expect(colleague.invitation).toBeNull()
    const sentAt = Date.parse(invited.invitation!.sentAt)
    expect(invited).toMatchObject({ lastLoginAt: null, invitedAt: invited.invitation!.sentAt })
    expect(invited.invitation).toEqual({
      sentAt: invited.invitation!.sentAt,
      expiresAt: new Date(sentAt + 72 * HOUR).toISOString(),
      expired: false,
      resendAvailableAt: new Date(sentAt + MINUTE).toISOString(),
    })
  })
})

describe('mock API: inviting a user', () => {
  it.each([
    ['a bad email', { email: 'maria@', name: 'Мария' }, { email: 'validation.email' }],
    ['an empty name', { email: 'maria@example.com', name: '   ' }, { name: 'validation.required' }],
    ['an email of a user of another account', { email: 'sole.resident@demo.test', name: 'Сергей' }, { email: 'validation.emailInUse' }],
    ['the email of a user of this account, in capitals', { email: 'User.Business.Resident@demo.test', name: 'Дмитрий' }, { email: 'validation.emailInUse' }],
    ['the email of the main administrator', { email: ADMIN, name: 'Елена' }, { email: 'validation.emailInUse' }],
    ['an email already invited here', { email: INVITED, name: 'Павел' }, { email: 'validation.alreadyInvited' }],
  ])('refuses %s with a field error and invites nobody', async (_name, body, errors) => {
    await loginAs(ADMIN)
    const before = readDb().users.length
    const refused = await failure(usersApi.invite(body))
    expect([refused.status, refused.fieldErrors]).toEqual([422, errors])
    expect(readDb().users.length).toBe(before)
  })

  it('refuses an email invited to another account and not accepted yet as in use', async () => {
    await loginAs('personal.resident@demo.test')
    const refused = await failure(usersApi.invite({ email: INVITED, name: 'Павел' }))
    expect(refused.fieldErrors).toEqual({ email: 'validation.emailInUse' })
  })

  it.each([
    ['ru', 'Приглашение в учётную запись №', 'Елена Смирнова приглашает вас', 'Принять приглашение'],
    ['en', 'Invitation to account No.', 'Елена Смирнова invites you', 'Accept the invitation'],
  ] as const)('adds a Not activated user and mails the invitation in the inviter’s language (%s) with a working link', async (language, subject, sentence, label) => {
    await loginAs(ADMIN)
    setRequestLanguage(language)
    const created = await usersApi.invite({ email: '  Maria.Ivanova@Example.com ', name: ' Мария Иванова ' })
    expect(created).toMatchObject({ email: NEWCOMER.email, name: 'Мария Иванова', role: 'user', status: 'invited', lastLoginAt: null, removable: true })
    expect(created.invitation).toMatchObject({ expired: false, expiresAt: new Date(Date.parse(created.invitation!.sentAt) + 72 * HOUR).toISOString() })
    expect((await usersApi.list()).map((u) => u.email).at(-1)).toBe(NEWCOMER.email)
    // Nothing logs in as them, and their link is kept only as a hash.
    expect(userOf(NEWCOMER.email)).toMatchObject({ passwordHash: '', status: 'invited', settings: { language } })

    const [mail, ...others] = await mailbox(NEWCOMER.email)
    expect(others).toEqual([])
    expect(mail).toMatchObject({ kind: 'invitation', subject: `${subject} ${accountNumber()}`, accountId: 'acc-business-res' })
    expect(mail!.text).toContain(sentence)
    expect(mail!.text).toContain(accountNumber())
    expect(mail!.text).toContain(language === 'ru' ? '(мск)' : '(Moscow time)')
    expect(mail!.links).toEqual([{ label, href: expect.stringMatching(/^\/invite\/[0-9a-f]{64}$/) }])
    const token = await invitationToken(NEWCOMER.email)
    expect(JSON.stringify(userOf(NEWCOMER.email))).not.toContain(token)
    expect(userOf(NEWCOMER.email)?.invitation?.tokenHash).toBe(await sha256Hex(token))

    setAuthToken(null)
    await expect(invitationsApi.get(token)).resolves.toEqual({
      email: NEWCOMER.email,
      name: 'Мария Иванова',
      accountNumber: accountNumber(),
      invitedBy: 'Елена Смирнова',
      expiresAt: created.invitation!.expiresAt,
    })
  })

  it('seeds Павел Соколов’s invitation with the link the README gives', async () => {
    const [mail] = await mailbox(INVITED)
    expect(mail).toMatchObject({ kind: 'invitation', subject: `Приглашение в учётную запись № ${accountNumber()}`, links: [{ label: 'Принять приглашение', href: `/invite/${SEEDED_INVITATION_TOKEN}` }] })
    await expect(invitationsApi.get(SEEDED_INVITATION_TOKEN)).resolves.toMatchObject({ email: INVITED, name: 'Павел Соколов', invitedBy: 'Елена Смирнова' })
    expect((await failure(invitationsApi.get('not-a-token'))).code).toBe('invitation.notFound')
  })

  it('lists every mail, newest first, when the mailbox is asked for no recipient', async () => {
    const { items } = (await (await fetch(`${API}/__qa/mailbox`)).json()) as { items: DbMail[] }
    expect(items.length).toBe(readDb().mail.length)
    expect(new Set(items.map((m) => m.to)).size).toBeGreaterThan(1)
    expect(items.map((m) => m.sentAt)).toEqual(items.map((m) => m.sentAt).sort().reverse())
  })
})

describe('mock API: accepting an invitation', () => {
  it('refuses a weak password, then activates the user, who logs in as a User of the account', async () => {
    const weak = await failure(invitationsApi.accept(SEEDED_INVITATION_TOKEN, { password: 'short' }))
    expect([weak.status, weak.fieldErrors]).toEqual([422, { password: 'validation.passwordRules' }])
    expect(userOf(INVITED)).toMatchObject({ status: 'invited', passwordHash: '' })

    const accepted = await invitationsApi.accept(SEEDED_INVITATION_TOKEN, { password: GOOD_PASSWORD, language: 'en', theme: 'dark' })
    expect(accepted.user).toMatchObject({ email: INVITED, role: 'user', accountId: 'acc-business-res', accountNumber: accountNumber() })
    setAuthToken(accepted.token)
    await expect(authApi.session()).resolves.toMatchObject({ email: INVITED, role: 'user' })
    expect(userOf(INVITED)).toMatchObject({ status: 'active', settings: { language: 'en', theme: 'dark' } })
    expect(JSON.stringify(readDb())).not.toContain(GOOD_PASSWORD)

    // Logs in with the password set, as a User: the users of the account are not theirs to manage.
    const login = await authApi.login({ email: INVITED, password: GOOD_PASSWORD })
    expect(login).toMatchObject({ user: { role: 'user' } })
    setAuthToken('token' in login ? login.token : null)
    expect((await failure(usersApi.list())).code).toBe('auth.forbiddenRole')

    // The link is used now.
    for (const call of [invitationsApi.get(SEEDED_INVITATION_TOKEN), invitationsApi.accept(SEEDED_INVITATION_TOKEN, { password: 'other-pass-2' }), invitationsApi.requestRenewal(SEEDED_INVITATION_TOKEN)]) {
      const used = await failure(call)
      expect([used.status, used.code]).toEqual([409, 'invitation.used'])
    }

    await loginAs(ADMIN)
    const listed = (await usersApi.list()).find((u) => u.email === INVITED)
    expect(listed).toMatchObject({ status: 'active', invitation: null, lastLoginAt: newestSuccess('usr-business-res-invited') })
    expect((await failure(usersApi.resendInvitation('usr-business-res-invited'))).code).toBe('users.alreadyActive')
  })

  it('does not let an invited user log in before accepting', async () => {
    const refused = await failure(authApi.login({ email: INVITED, password: 'anything-1' }))
    expect(refused.code).toBe('auth.invalidCredentials')
  })
})

describe('mock API: an invitation expires after 72 hours of the mock clock', () => {
  it('answers 410 from then on, and asking for a new link mails the main administrator once', async () => {
    const expiresAt = Date.parse(userOf(INVITED)!.invitation!.expiresAt)
    setClock(expiresAt - 1000)
    await expect(invitationsApi.get(SEEDED_INVITATION_TOKEN)).resolves.toMatchObject({ email: INVITED })

    setClock(expiresAt)
    for (const call of [invitationsApi.get(SEEDED_INVITATION_TOKEN), invitationsApi.accept(SEEDED_INVITATION_TOKEN, { password: GOOD_PASSWORD })]) {
      const expired = await failure(call)
      expect([expired.status, expired.code]).toEqual([410, 'invitation.expired'])
    }
    expect(userOf(INVITED)?.status).toBe('invited')

    await invitationsApi.requestRenewal(SEEDED_INVITATION_TOKEN)
    await invitationsApi.requestRenewal(SEEDED_INVITATION_TOKEN)
    const requests = (await mailbox(ADMIN)).filter((m) => m.kind === 'invitation-renewal-request')
    // The resident administrator's mail is in Russian (no interface language saved).
    expect(requests).toEqual([expect.objectContaining({ subject: 'Просьба прислать новое приглашение', links: [{ label: 'Пользователи', href: '/profile/users' }] })])
    expect(requests[0]!.text).toContain('Павел Соколов (pavel.sokolov@demo.test)')
    expect((await mailbox(COLLEAGUE)).some((m) => m.kind === 'invitation-renewal-request')).toBe(false)
    expect((await failure(invitationsApi.requestRenewal('not-a-token'))).code).toBe('invitation.notFound')

    await loginAs(ADMIN)
    expect((await usersApi.list()).find((u) => u.email === INVITED)?.invitation?.expired).toBe(true)
  })
})

describe('mock API: resending an invitation', () => {
  it('refuses within a minute with 429 and Retry-After, then sends a new link and retires the old one', async () => {
    const start = now()
    setClock(start)
    const adminToken = await loginAs(ADMIN)
    const { id } = await usersApi.invite(NEWCOMER)
    const firstToken = await invitationToken(NEWCOMER.email)

    setClock(start + 30_000)
    const response = await fetch(`${API}/users/${id}/invitation`, { method: 'POST', headers: { Authorization: `Bearer ${adminToken}` } })
    expect(response.status).toBe(429)
    expect(response.headers.get('Retry-After')).toBe('30')
    expect(await response.json()).toMatchObject({ code: 'users.resendTooSoon', retryAfter: 30 })
    expect(await mailbox(NEWCOMER.email)).toHaveLength(1)

    setClock(start + MINUTE)
    const resent = await usersApi.resendInvitation(id)
    expect(resent.invitation).toMatchObject({
      sentAt: new Date(start + MINUTE).toISOString(),
      expiresAt: new Date(start + MINUTE + 72 * HOUR).toISOString(),
      resendAvailableAt: new Date(start + 2 * MINUTE).toISOString(),
    })
    const mails = await mailbox(NEWCOMER.email)
    expect(mails.map((m) => m.sentAt)).toEqual([new Date(start + MINUTE).toISOString(), new Date(start).toISOString()])
    const secondToken = await invitationToken(NEWCOMER.email)
    expect(secondToken).not.toBe(firstToken)

    setAuthToken(null)
    const old = await failure(invitationsApi.get(firstToken))
    expect([old.status, old.code]).toEqual([404, 'invitation.notFound'])
    await expect(invitationsApi.get(secondToken)).resolves.toMatchObject({ email: NEWCOMER.email })
  })

  it('answers 404 for a user who is not of this account', async () => {
    await loginAs('personal.resident@demo.test')
    const refused = await failure(usersApi.resendInvitation('usr-business-res-invited'))
    expect([refused.status, refused.code]).toEqual([404, 'users.notFound'])
  })
})

describe('mock API: removing a user', () => {
  it('refuses to remove the main administrator, or a user of another account', async () => {
    await loginAs(ADMIN)
    const admin = await failure(usersApi.remove('usr-business-res'))
    expect([admin.status, admin.code]).toEqual([409, 'users.cannotRemoveAdmin'])
    const stranger = await failure(usersApi.remove('usr-sole-res'))
    expect([stranger.status, stranger.code]).toEqual([404, 'users.notFound'])
    expect(userOf('sole.resident@demo.test')).toBeDefined()
  })

  it('ends their sessions, revokes their API keys and forgets them', async () => {
    const colleagueToken = await tokenFrom('colleague', COLLEAGUE)
    setAuthToken(colleagueToken)
    const { secret } = await apiKeysApi.create({ name: 'Deploy', access: 'full', expiry: 'never' })
    setAuthToken(secret)
    await expect(authApi.session()).resolves.toMatchObject({ email: COLLEAGUE })

    await loginAs(ADMIN)
    await usersApi.remove('usr-business-res-user')
    expect((await usersApi.list()).map((u) => u.email)).toEqual([ADMIN, INVITED])

    setAuthToken(colleagueToken)
    const ended = await failure(authApi.session())
    expect([ended.status, ended.code]).toEqual([401, 'auth.sessionEnded'])
    setAuthToken(secret)
    const revoked = await failure(authApi.session())
    expect([revoked.status, revoked.code]).toEqual([401, 'auth.keyInvalid'])

    const db = readDb()
    expect(db.apiKeys.some((k) => k.userId === 'usr-business-res-user')).toBe(false)
    expect(db.loginEvents.some((e) => e.userId === 'usr-business-res-user')).toBe(false)
    expect((await failure(authApi.login({ email: COLLEAGUE, password: 'demo-password' }))).code).toBe('auth.invalidCredentials')
  })

  it('removes a user who has not accepted yet: their link stops working', async () => {
    await loginAs(ADMIN)
    await usersApi.remove('usr-business-res-invited')
    expect((await failure(invitationsApi.get(SEEDED_INVITATION_TOKEN))).code).toBe('invitation.notFound')
  })
})
