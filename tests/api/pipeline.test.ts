// The request pipeline and kernel of the mock API, tried as a hostile or unlucky client would:
// bodies it cannot read, paths that do not exist, a broken stored state, a full storage, a bug.
import { http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getAuthToken } from '@/api/client'
import { API } from '@mocks/kernel/api'
import { withAuth } from '@mocks/kernel/auth'
import { onDbReset, readDb } from '@mocks/kernel/db'
import type { NetworkRule } from '@mocks/kernel/networkRules'
import { clearRequestLog, forcedAnswer, MAX_BODY_BYTES, requestLog, TIMEOUT_RULE_MS } from '@mocks/kernel/pipeline'
import { networkSettings, setNetworkSettings } from '@mocks/kernel/qaSettings'
import { dbStorage, memoryStorage, setDbStorage, StorageFullError, type DbStorage } from '@mocks/kernel/storage'
import { server } from '@mocks/node'
import { loginAs } from '../helpers/mountApp'

const BASE = 'http://localhost/api/v1'

async function call(method: string, path: string, init: { body?: string; token?: string | null; headers?: Record<string, string> } = {}) {
  const token = init.token === undefined ? getAuthToken() : init.token
  const response = await fetch(`${BASE}${path}`, {
    method,
    body: init.body,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers },
  })
  const text = await response.text()
  return { status: response.status, contentType: response.headers.get('Content-Type') ?? '', text, json: text ? (JSON.parse(text) as Record<string, unknown>) : null }
}

describe('mock API pipeline', () => {
  it('answers an unknown API path with a 404 problem, not the app page', async () => {
    const res = await call('GET', '/no-such-thing')
    expect(res.status).toBe(404)
    expect(res.contentType).toContain('application/problem+json')
    expect(res.json).toMatchObject({ status: 404, code: 'api.notFound' })
  })

  it('answers the API root itself with a 404 problem, not the app page', async () => {
    const res = await call('GET', '')
    expect(res.status).toBe(404)
    expect(res.json).toMatchObject({ code: 'api.notFound' })
  })

  it.each(['/tickets/%E0%A4%A', '/knowledge-base/%', '/help/%zz'])('answers a path that cannot be decoded (%s) with a 404 problem, not a 500 with a stack trace', async (path) => {
    await loginAs('personal.resident@demo.test')
    const res = await call('GET', path)
    expect(res.status).toBe(404)
    expect(res.json).toMatchObject({ code: 'api.notFound' })
    expect(res.text).not.toContain('stack')
  })

  it('refuses malformed JSON with 400 before any handler runs', async () => {
    await loginAs('personal.resident@demo.test')
    const res = await call('POST', '/tickets', { body: '{"subject": "Disk is full",' })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: 'request.malformedJson' })
  })

  it('refuses a body over the size limit with 413', async () => {
    await loginAs('personal.resident@demo.test')
    const res = await call('PATCH', '/settings', { body: JSON.stringify({ uiState: { big: 'x'.repeat(MAX_BODY_BYTES) } }) })
    expect(res.status).toBe(413)
    expect(res.json).toMatchObject({ code: 'request.tooLarge' })
  })
})

describe('mock API kernel', () => {
  let original: DbStorage
  afterEach(() => {
    if (original) setDbStorage(original)
  })

  it('re-seeds a wrong-shaped stored state, tells the listener, and keeps answering', async () => {
    original = dbStorage()
    const storage = memoryStorage()
    storage.write(JSON.stringify({ version: readDb().version }))
    setDbStorage(storage)
    const reasons: string[] = []
    const stop = onDbReset((reason) => reasons.push(reason))
    const res = await call('POST', '/auth/login', { token: null, body: JSON.stringify({ email: 'personal.resident@demo.test', password: 'demo-password' }) })
    stop()
    expect(res.status).toBe(200)
    expect(reasons).toEqual(['invalid'])
    expect(JSON.parse(storage.read() ?? '{}').users.length).toBeGreaterThan(0)
  })

  it('re-seeds stored state that is not JSON at all', async () => {
    original = dbStorage()
    const storage = memoryStorage()
    storage.write('{"version": 5, "accou')
    setDbStorage(storage)
    const reasons: string[] = []
    const stop = onDbReset((reason) => reasons.push(reason))
    await loginAs('personal.resident@demo.test')
    stop()
    expect(reasons).toEqual(['invalid'])
  })

  it('answers a full storage with a 507 storage.full problem and keeps the stored data as it was', async () => {
    await loginAs('personal.resident@demo.test')
    original = dbStorage()
    const before = original.read()
    setDbStorage({
      read: () => original.read(),
      write: () => {
        throw new StorageFullError()
      },
      clear: () => original.clear(),
    })
    const res = await call('POST', '/tickets', { body: JSON.stringify({ subject: 'The disk is full', category: 'technical', service: null, message: 'The disk is full.' }) })
    expect(res.status).toBe(507)
    expect(res.json).toMatchObject({ code: 'storage.full' })
    expect(res.text).not.toMatch(/at .*\.ts/)
    expect(original.read()).toBe(before)
    setDbStorage(original)
    expect(readDb().tickets.some((t) => t.subject === 'The disk is full')).toBe(false)
  })

  it('answers a handler that throws with a 500 problem and no stack trace', async () => {
    await loginAs('personal.resident@demo.test')
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    server.use(
      http.get(
        `${API}/home/summary`,
        withAuth(() => {
          throw new TypeError('Cannot read properties of undefined')
        }),
      ),
    )
    const res = await call('GET', '/home/summary')
    expect(res.status).toBe(500)
    expect(res.json).toMatchObject({ code: 'server.error' })
    expect(res.text).not.toContain('Cannot read properties')
    expect(res.text).not.toContain('stack')
  })
})

describe('mock API routes', () => {
  it('answers a method the path does not have with 405 and the methods it has', async () => {
    const response = await fetch(`${BASE}/knowledge-base`, { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toBe('GET')
    expect(await response.json()).toMatchObject({ code: 'api.methodNotAllowed' })
  })
})

describe('mock API contract at run time', () => {
  it('refuses a ticket with wrong types field by field (a 500 with a stack trace before)', async () => {
    await loginAs('personal.resident@demo.test')
    const res = await call('POST', '/tickets', { body: JSON.stringify({ subject: 12345678, category: ['technical'], service: null, message: 'The disk is full again.' }) })
    expect(res.status).toBe(422)
    expect(res.json?.errors).toMatchObject({ subject: 'validation.type', category: 'validation.type' })
  })

  it('refuses a reply whose message is a number instead of storing it', async () => {
    await loginAs('business.resident@demo.test')
    const res = await call('POST', '/tickets/1001/messages', { body: JSON.stringify({ message: 1234567890123 }) })
    expect(res.status).toBe(422)
    expect(res.json?.errors).toMatchObject({ message: 'validation.type' })
    expect(readDb().tickets.find((t) => t.id === '1001')?.messages.some((m) => m.text === '1234567890123')).toBe(false)
  })

  it('refuses unknown fields in the settings instead of storing anything sent', async () => {
    await loginAs('personal.resident@demo.test')
    const res = await call('PATCH', '/settings', { body: JSON.stringify({ theme: 'dark', isAdmin: true }) })
    expect(res.status).toBe(422)
    expect(res.json?.errors).toMatchObject({ isAdmin: 'validation.unknownField' })
    expect(readDb().users.find((u) => u.email === 'personal.resident@demo.test')?.settings.theme).toBeNull()
  })
})

describe('mock API media types', () => {
  it('refuses a body that is not sent as JSON with 415, before anything is stored', async () => {
    const res = await call('POST', '/auth/register', {
      token: null,
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ accountType: 'personal', residency: 'resident', email: 'csrf@example.com', password: 'secret-123' }),
    })
    expect(res.status).toBe(415)
    expect(res.json).toMatchObject({ code: 'request.unsupportedMediaType' })
    expect(readDb().users.some((u) => u.email === 'csrf@example.com')).toBe(false)
  })
})

describe('QA failure rules (ccp.mock.network)', () => {
  const failing = (rules: Partial<NetworkRule>[]) =>
    setNetworkSettings({ latency: { min: 0, max: 0 }, rules: rules.map((rule, index) => ({ id: `rule-${index + 1}`, method: '*', pattern: '/profile', answer: '503', remaining: null, ...rule })) })

  afterEach(() => vi.useRealTimers())

  it.each([
    ['500', 500, 'server.error'],
    ['503', 503, 'server.unavailable'],
  ] as const)('answers %s with its problem, marked with the rule, instead of the API', async (answer, status, code) => {
    await loginAs('personal.resident@demo.test')
    failing([{ method: 'GET', pattern: '/profile', answer }])
    const res = await fetch(`${BASE}/profile`, { headers: { Authorization: `Bearer ${getAuthToken()}` } })
    expect(res.status).toBe(status)
    expect(res.headers.get('X-QA-Rule')).toBe('rule-1')
    expect(await res.json()).toMatchObject({ code })
    // Another method or path is answered as usual.
    expect((await call('GET', '/settings')).status).toBe(200)
  })

  it('answers 422 with a sample error on the first field of the body, else on `body`', async () => {
    await loginAs('personal.resident@demo.test')
    failing([{ pattern: '/settings', answer: '422' }])
    const patch = await call('PATCH', '/settings', { body: JSON.stringify({ theme: 'dark', language: 'en' }) })
    expect(patch.status).toBe(422)
    expect(patch.json).toMatchObject({ code: 'validation.failed', errors: { theme: 'validation.invalid' } })
    expect(readDb().users.find((u) => u.email === 'personal.resident@demo.test')?.settings.theme).toBeNull()
    expect((await call('GET', '/settings')).json).toMatchObject({ errors: { body: 'validation.invalid' } })
  })

  it('answers 429 request.tooManyRequests with Retry-After', async () => {
    await loginAs('personal.resident@demo.test')
    failing([{ pattern: '/tickets*', answer: '429' }])
    const res = await fetch(`${BASE}/tickets/1001`, { headers: { Authorization: `Bearer ${getAuthToken()}` } })
    expect(res.status).toBe(429)
    expect(res.headers.get('Retry-After')).toBe('30')
    expect(await res.json()).toMatchObject({ code: 'request.tooManyRequests', retryAfter: 30 })
  })

  it('drops the connection at once when "offline", and after 30 s of real time on "timeout"', async () => {
    await loginAs('personal.resident@demo.test')
    failing([{ answer: 'offline' }])
    await expect(fetch(`${BASE}/profile`)).rejects.toThrow()

    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let settled = false
    const answer = forcedAnswer({ id: 't', method: '*', pattern: '/profile', answer: 'timeout', remaining: null }, new Request(`${BASE}/profile`)).then((response) => {
      settled = true
      return response
    })
    await vi.advanceTimersByTimeAsync(TIMEOUT_RULE_MS - 1)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect((await answer).type).toBe('error')
  })

  it('fails only the next N matching requests, then the rule is gone from the setting', async () => {
    await loginAs('personal.resident@demo.test')
    failing([{ answer: '500', remaining: 2 }])
    expect((await call('GET', '/profile')).status).toBe(500)
    expect(networkSettings().rules).toMatchObject([{ id: 'rule-1', remaining: 1 }])
    expect((await call('GET', '/profile')).status).toBe(500)
    expect(networkSettings().rules).toEqual([])
    expect((await call('GET', '/profile')).status).toBe(200)
  })

  it('logs the last API requests, newest first, with their status and the rule that answered', async () => {
    await loginAs('personal.resident@demo.test')
    clearRequestLog()
    failing([{ method: 'GET', pattern: '/profile', answer: '503' }])
    await call('GET', '/profile')
    await call('GET', '/tickets?status=open')
    await fetch(`${BASE}/__qa/mailbox`)
    const [tickets, profile, ...rest] = requestLog()
    expect(rest).toEqual([])
    expect(tickets).toMatchObject({ method: 'GET', path: '/tickets?status=open', status: 200, rule: null })
    expect(profile).toMatchObject({ method: 'GET', path: '/profile', status: 503, rule: 'rule-1' })
    expect(Date.parse(profile!.at)).not.toBeNaN()
    expect(profile!.ms).toBeGreaterThanOrEqual(0)

    for (let i = 0; i < 105; i++) await call('GET', '/no-such-thing')
    expect(requestLog()).toHaveLength(100)
    expect(requestLog().every((entry) => entry.status === 404)).toBe(true)
  })
})
