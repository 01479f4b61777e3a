// The mock-only QA endpoints (/api/v1/__qa/*, mocks/qa/) the workbench uses: personas and signing
// in as one, export and import of the whole data, reset, the mock clock, the two-step codes and
// the network rules. They are outside the contract (tests/helpers/contractResponses.ts skips them);
// what they make the real API do is checked through the API itself.
import { describe, expect, it } from 'vitest'
import { authApi } from '@/api/auth'
import { setAuthToken } from '@/api/client'
import { ticketsApi } from '@/api/tickets'
import { transactionsApi } from '@/api/transactions'
import type { AuthResponse } from '@/api/types'
import { readDb } from '@mocks/kernel/db'
import { SUPPORT_REPLY_DELAY_MS } from '@mocks/kernel/qaSettings'
import { createSeed, SEED_VERSION } from '@mocks/seed'
import type { QaPersonaAccount } from '@mocks/qa/personas'
import type { QaTwoFactorCode } from '@mocks/qa/twoFactor'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const QA = 'http://localhost/api/v1/__qa'

function qa(path: string, init: { method?: string; body?: unknown; text?: string } = {}): Promise<Response> {
  const body = init.text ?? (init.body === undefined ? undefined : JSON.stringify(init.body))
  return fetch(`${QA}${path}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body })
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

async function exported(): Promise<string> {
  const response = await qa('/export')
  expect(response.status).toBe(200)
  return response.text()
}

/** The stored data as text, to compare before and after. */
const stored = () => JSON.stringify(readDb())

interface ImportRefusal {
  status: number
  code: string
  errors: { path: string; message: string }[]
}

async function refusedImport(text: string): Promise<ImportRefusal> {
  const response = await qa('/import', { text })
  expect(response.status).toBe(422)
  return json<ImportRefusal>(response)
}

describe('QA endpoints: personas', () => {
  it('lists every user by account, registered ones too, with role and status', async () => {
    await authApi.register({ accountType: 'business', residency: 'nonresident', email: 'fresh.owner@example.com', password: 'secret-123' })
    const accounts = await json<QaPersonaAccount[]>(await qa('/personas'))
    const business = accounts.find((a) => a.accountId === 'acc-business-res')
    expect(business?.users.map((u) => [u.email, u.role, u.status])).toEqual(
      expect.arrayContaining([
        ['business.resident@demo.test', 'admin', 'active'],
        ['user.business.resident@demo.test', 'user', 'active'],
        expect.arrayContaining(['invited']),
      ]),
    )
    const registered = accounts.find((a) => a.users.some((u) => u.email === 'fresh.owner@example.com'))
    expect(registered).toMatchObject({ accountType: 'business', residency: 'nonresident', users: [{ role: 'admin', status: 'active' }] })
    expect(accounts.flatMap((a) => a.users)).toHaveLength(readDb().users.length)
  })

  it('signs in as a persona without a password, with a token the API accepts', async () => {
    const response = await qa('/sign-in', { body: { userId: 'usr-business-res-user' } })
    expect(response.status).toBe(200)
    const { token, user } = await json<AuthResponse>(response)
    expect(user).toMatchObject({ email: 'user.business.resident@demo.test', role: 'user', accountId: 'acc-business-res' })
    setAuthToken(token)
    await expect(authApi.session()).resolves.toMatchObject({ id: 'usr-business-res-user' })
  })

  it('refuses to sign in as a user who has not accepted the invitation, or one who does not exist', async () => {
    const sessions = readDb().sessions.length
    const invited = await qa('/sign-in', { body: { userId: 'usr-business-res-invited' } })
    expect(invited.status).toBe(409)
    expect(await json<{ code: string }>(invited)).toMatchObject({ code: 'users.invitationPending' })
    expect((await qa('/sign-in', { body: { userId: 'usr-nobody' } })).status).toBe(404)
    expect((await qa('/sign-in', { body: {} })).status).toBe(422)
    expect(readDb().sessions).toHaveLength(sessions)
  })
})

describe('QA endpoints: data', () => {
  it('exports the whole state with its seed version as a file, and imports it back to the same state', async () => {
    await loginAs('business.resident@demo.test')
    const { id } = await ticketsApi.create({ subject: 'Exported ticket', category: 'technical', service: null, message: 'This one travels in the file.' })
    const response = await qa('/export')
    expect(response.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename=".*v${SEED_VERSION}.*\\.json"$`))
    const file = await response.text()
    expect(JSON.parse(file)).toMatchObject({ version: SEED_VERSION })
    const before = stored()

    expect((await qa('/reset', { method: 'POST' })).status).toBe(204)
    expect(readDb().tickets.some((t) => t.id === id)).toBe(false)
    expect((await qa('/import', { text: file })).status).toBe(204)
    expect(stored()).toBe(before)
    await expect(ticketsApi.get(id)).resolves.toMatchObject({ subject: 'Exported ticket' })
  })

  it('refuses a file with a wrong type deep inside, saying where, and keeps the state', async () => {
    const file = JSON.parse(await exported()) as { users: { email: unknown }[] }
    file.users[0]!.email = 42
    const before = stored()
    const refusal = await refusedImport(JSON.stringify(file))
    expect(refusal).toMatchObject({ status: 422, code: 'validation.failed' })
    expect(refusal.errors).toContainEqual({ path: '/users/0/email', message: 'must be string' })
    expect(refusal.errors.length).toBeLessThanOrEqual(20)
    expect(stored()).toBe(before)
  })

  it('refuses a file without one of the collections', async () => {
    const file = JSON.parse(await exported()) as Record<string, unknown>
    delete file.tickets
    const before = stored()
    expect((await refusedImport(JSON.stringify(file))).errors).toEqual([{ path: '/', message: "must have required property 'tickets'" }])
    expect(stored()).toBe(before)
  })

  it('refuses a file of an older seed version, naming both versions', async () => {
    const file = { ...(JSON.parse(await exported()) as object), version: SEED_VERSION - 1 }
    const before = stored()
    const { errors } = await refusedImport(JSON.stringify(file))
    expect(errors).toEqual([{ path: '/version', message: `the file was made with seed version ${SEED_VERSION - 1}, this panel uses ${SEED_VERSION}` }])
    expect(stored()).toBe(before)
  })

  it('refuses a file that is not JSON, and keeps the state', async () => {
    await loginAs('business.resident@demo.test')
    const before = stored()
    const { errors } = await refusedImport('{"version": 12, "users": [')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ path: '/', message: expect.stringMatching(/^is not JSON/) })
    expect((await refusedImport('[]')).errors[0]?.message).toMatch(/must be an object/)
    expect(stored()).toBe(before)
    await expect(authApi.session()).resolves.toMatchObject({ email: 'business.resident@demo.test' })
  })

  it('resets the data to the seed', async () => {
    await loginAs('business.resident@demo.test')
    const { id } = await ticketsApi.create({ subject: 'Soon forgotten', category: 'technical', service: null, message: 'Reset removes this ticket.' })
    expect((await qa('/reset', { method: 'POST' })).status).toBe(204)
    expect(readDb().tickets.map((t) => t.id)).toEqual(createSeed().tickets.map((t) => t.id))
    expect(readDb().tickets.map((t) => t.id)).not.toContain(id)
    expect((await failure(authApi.session())).status).toBe(401)
  })
})

describe('QA endpoints: clock', () => {
  it('advancing the mock clock makes support answer a ticket', async () => {
    await loginAs('business.resident@demo.test')
    const { id } = await ticketsApi.create({ subject: 'Waiting for support', category: 'technical', service: null, message: 'Please answer when the clock moves.' })
    expect((await ticketsApi.get(id)).messages.map((m) => m.author)).toEqual(['customer'])
    const before = await json<{ now: string; offsetMs: number }>(await qa('/clock'))

    const moved = await qa('/clock', { body: { advanceMs: SUPPORT_REPLY_DELAY_MS + 1_000 } })
    expect(moved.status).toBe(200)
    const after = await json<{ now: string; offsetMs: number; frozenAt: string | null }>(moved)
    expect(after.offsetMs - before.offsetMs).toBe(SUPPORT_REPLY_DELAY_MS + 1_000)
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(SUPPORT_REPLY_DELAY_MS + 1_000)
    const ticket = await ticketsApi.get(id)
    expect(ticket.messages.map((m) => m.author)).toEqual(['customer', 'support'])
    expect(ticket.status).toBe('answered')
  })

  it('freezes and resets the clock, and refuses a wrong change on its field', async () => {
    const frozenAt = '2026-03-01T09:00:00.000Z'
    expect(await json(await qa('/clock', { body: { frozenAt } }))).toMatchObject({ now: frozenAt, frozenAt })
    expect(await json(await qa('/clock', { body: { advanceMs: 3_600_000 } }))).toMatchObject({ now: '2026-03-01T10:00:00.000Z' })
    expect(await json(await qa('/clock', { body: { reset: true } }))).toMatchObject({ offsetMs: 0, frozenAt: null })

    const wrong = await qa('/clock', { body: { advanceMs: -5, frozenAt: 'yesterday' } })
    expect(wrong.status).toBe(422)
    expect(await json(wrong)).toMatchObject({ errors: { advanceMs: 'validation.outOfRange', frozenAt: 'validation.date' } })
  })
})

describe('QA endpoints: two-step codes', () => {
  it('gives the current code of secure.resident on the mock clock, which logs them in', async () => {
    await qa('/clock', { body: { advanceMs: 3_600_000 } }) // an hour ahead: the code of the real time would be refused
    const codes = await json<QaTwoFactorCode[]>(await qa('/two-factor'))
    expect(codes.map((c) => c.email)).toEqual(['secure.resident@demo.test'])
    const { code, secondsLeft } = codes[0]!
    expect(code).toMatch(/^\d{6}$/)
    expect(secondsLeft).toBeGreaterThanOrEqual(1)
    expect(secondsLeft).toBeLessThanOrEqual(30)

    const challenge = await authApi.login({ email: 'secure.resident@demo.test', password: 'demo-password' })
    if (!('twoFactorRequired' in challenge)) throw new Error('secure.resident logged in without a code')
    const { token } = await authApi.loginTwoFactor({ challenge: challenge.challenge, code })
    setAuthToken(token)
    await expect(authApi.session()).resolves.toMatchObject({ email: 'secure.resident@demo.test' })
  })
})

describe('QA endpoints: network', () => {
  const rule = { id: 'r1', method: 'GET', pattern: '/tickets*', answer: '503', remaining: 1 }

  it('keeps valid settings and refuses a rule with a bad pattern on its field', async () => {
    const saved = await qa('/network', { method: 'PUT', body: { latency: { min: 0, max: 0 }, rules: [rule] } })
    expect(saved.status).toBe(200)
    expect(await json(await qa('/network'))).toEqual({ latency: { min: 0, max: 0 }, rules: [rule] })

    const bad = await qa('/network', { method: 'PUT', body: { latency: { min: 0, max: 0 }, rules: [{ ...rule, pattern: 'tickets' }] } })
    expect(bad.status).toBe(422)
    expect(await json(bad)).toMatchObject({ code: 'validation.failed', errors: { 'rules.0.pattern': 'validation.qaPattern' } })
    expect(await json(await qa('/network'))).toEqual({ latency: { min: 0, max: 0 }, rules: [rule] })
  })

  it('logs the API requests newest first, without its own', async () => {
    await loginAs('business.resident@demo.test')
    await ticketsApi.list({ status: 'open' })
    await qa('/personas')
    const { items } = await json<{ items: { method: string; path: string; status: number; rule: string | null }[] }>(await qa('/requests'))
    expect(items.slice(0, 2)).toMatchObject([
      { method: 'GET', path: '/tickets?status=open', status: 200, rule: null },
      { method: 'POST', path: '/auth/login', status: 200 },
    ])
    expect(items.some((item) => item.path.includes('__qa'))).toBe(false)
  })
})

describe('QA endpoints: scale', () => {
  const scale = (factor: unknown, token?: string) =>
    fetch(`${QA}/scale`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ factor }) })
  const ofAccount = (accountId: string) => {
    const db = readDb()
    return { tickets: db.tickets.filter((t) => t.accountId === accountId), transactions: db.transactions.filter((t) => t.accountId === accountId) }
  }

  it("multiplies the signed-in persona's tickets and transactions by the factor of the seed, not of the last call", async () => {
    const seed = createSeed()
    const seeded = { tickets: seed.tickets.filter((t) => t.accountId === 'acc-business-res').length, transactions: seed.transactions.filter((t) => t.accountId === 'acc-business-res').length }
    const token = await loginAs('business.resident@demo.test')
    const others = readDb().transactions.filter((t) => t.accountId !== 'acc-business-res').length

    const response = await scale(100, token)
    expect(response.status).toBe(200)
    expect(await json(response)).toEqual({ factor: 100, scope: 'acc-business-res', tickets: seeded.tickets * 100, transactions: seeded.transactions * 100 })
    const scaled = ofAccount('acc-business-res')
    expect(new Set(scaled.tickets.map((t) => t.id)).size).toBe(seeded.tickets * 100)
    expect(new Set(scaled.transactions.map((t) => t.id)).size).toBe(seeded.transactions * 100)
    expect(scaled.tickets.every((t) => /^\d+$/.test(t.id))).toBe(true)
    expect(readDb().transactions.filter((t) => t.accountId !== 'acc-business-res')).toHaveLength(others)

    expect(await json(await scale(3, token))).toMatchObject({ tickets: seeded.tickets * 3, transactions: seeded.transactions * 3 })
    expect(await json(await scale(1, token))).toMatchObject({ tickets: seeded.tickets, transactions: seeded.transactions })
    expect(ofAccount('acc-business-res').tickets.map((t) => t.id).sort()).toEqual(seed.tickets.filter((t) => t.accountId === 'acc-business-res').map((t) => t.id).sort())
  })

  it('pages the 100x tickets and transactions on the API side, with the right totals and the right second page', async () => {
    const token = await loginAs('business.resident@demo.test')
    await scale(100, token)
    const { tickets, transactions } = ofAccount('acc-business-res')
    const newestFirst = [...tickets].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)).map((t) => t.id)

    const second = await ticketsApi.page({ limit: 20, offset: 20 })
    expect(second).toMatchObject({ total: tickets.length, limit: 20, offset: 20 })
    expect(second.items.map((t) => t.id)).toEqual(newestFirst.slice(20, 40))
    // Support answered the seeded ticket 1001 (and so every copy of it); the administrator has read none.
    expect(second.unread).toBe(tickets.filter((t) => t.messages.some((m) => m.author === 'support' && m.createdAt > (t.readAt['usr-business-res'] ?? ''))).length)
    expect(second.unread).toBeGreaterThan(0)
    expect((await ticketsApi.page({ status: 'closed', limit: 100 })).total).toBe(tickets.filter((t) => t.status === 'closed').length)

    const page = await transactionsApi.list({ limit: 20, offset: 20 })
    expect(page.total).toBe(transactions.length)
    const times = page.items.map((t) => Date.parse(t.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const first = await transactionsApi.list({ limit: 20, offset: 0 })
    expect(Date.parse(first.items.at(-1)!.at)).toBeGreaterThanOrEqual(times[0]!)
  })

  it('scales every account without a bearer, refuses a factor out of range and an unknown bearer', async () => {
    const seed = createSeed()
    expect(await json(await scale(2))).toEqual({ factor: 2, scope: 'all', tickets: seed.tickets.length * 2, transactions: seed.transactions.length * 2 })
    expect(readDb().tickets).toHaveLength(seed.tickets.length * 2)

    for (const factor of [0, 201, 2.5, '10']) {
      const refused = await scale(factor)
      expect(refused.status).toBe(422)
      expect(await json(refused)).toMatchObject({ code: 'validation.failed', errors: { factor: 'validation.outOfRange' } })
    }
    expect((await scale(undefined)).status).toBe(422)
    expect((await scale(5, 'not-a-session')).status).toBe(401)
    expect(readDb().tickets).toHaveLength(seed.tickets.length * 2)
  })
})
