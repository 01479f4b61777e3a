// API keys in the mock API (issue 13): a key is made and managed from a session, its secret is
// answered once and stored only as a hash, and `Authorization: Bearer ccp_…` then calls the API as
// the key's user, within the key's limits (read only, allowed addresses, expiry, disabled,
// rotated, deleted). Every response is checked against the contract (tests/setup.ts).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiKeysApi } from '@/api/apiKeys'
import { balanceApi } from '@/api/balance'
import type { ApiKeyCreate, ApiKeyList, ApiKeySecret } from '@/api/types'
import { simulatedAddress } from '@mocks/kernel/clientAddress'
import { now } from '@mocks/kernel/clock'
import { readDb } from '@mocks/kernel/db'
import { sha256Hex } from '@mocks/kernel/hash'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const API = 'http://localhost/api/v1'
const ADMIN = 'business.resident@demo.test'
const USER = 'user.business.resident@demo.test'
/** The seeded keys' secrets the README documents (mocks/apiKeys/seed.ts). */
const TERRAFORM = 'ccp_Y0djOKuf3CSdk5kZPeDNzoYIEQDCrpjD1W2a0DaZ'
const MONITORING = 'ccp_RWCrtrkfsGRK0i1B1gB8mWeGxcwAVOO1NGghtcWn'
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** A month on the mock clock settles a month of hourly charges on the next read: slow on a busy machine. */
const MONTH_LATER_TIMEOUT = 20_000

afterEach(() => vi.useRealTimers())

/** Moves the mock clock (Date only: the requests' own timers keep running). */
function advance(ms: number) {
  const at = now() + ms
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

/** A request made with a key, from the simulated browser `client` (X-Mock-Client). */
function callWith(secret: string, method: string, path: string, options: { body?: unknown; client?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${secret}` }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.client) headers['X-Mock-Client'] = options.client
  return fetch(`${API}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
}

/** The status and problem code of a response (the code null when it succeeded). */
async function outcome(response: Response): Promise<[number, string | null]> {
  if (response.ok) return [response.status, null]
  return [response.status, ((await response.json()) as { code: string }).code]
}

const ipOf = (client: string) => simulatedAddress(`header:${client}`).ip

/** A key of the logged-in user (full access, 30 days, any address unless told). */
const createKey = (body: Partial<ApiKeyCreate> = {}): Promise<ApiKeySecret> => apiKeysApi.create({ name: 'CI', access: 'full', expiry: 'days30', ...body })

const storedKey = (id: string) => readDb().apiKeys.find((k) => k.id === id)
const adminSettings = () => readDb().users.find((u) => u.email === ADMIN)!.settings

describe('mock API: creating and listing keys', () => {
  it('answers the secret once, lists the key without it and stores only its hash', async () => {
    await loginAs(ADMIN)
    const { key, secret } = await createKey({ name: '  Deploy bot  ', access: 'readOnly', expiry: 'days90', allowedIps: ['203.0.113.0/24'] })
    expect(secret).toMatch(/^ccp_[A-Za-z0-9]{40}$/)
    expect(key).toMatchObject({ name: 'Deploy bot', access: 'readOnly', prefix: secret.slice(0, 8), last4: secret.slice(-4), status: 'active', lastUsedAt: null, previousValidUntil: null })
    expect(Date.parse(key.expiresAt!) - Date.parse(key.createdAt)).toBe(90 * DAY)

    const list = await apiKeysApi.list()
    expect(list.items.map((k) => k.name)).toEqual(['Deploy bot', 'Monitoring', 'Terraform', 'Old CI'])
    expect(JSON.stringify(list)).not.toContain(secret)
    expect(JSON.stringify(readDb())).not.toContain(secret)
    expect(storedKey(key.id)!.secretHash).toBe(await sha256Hex(secret))
    // Every key its own secret.
    expect((await createKey({ name: 'Second' })).secret).not.toBe(secret)
  })

  it('offers the caller’s own address for the allowed list', async () => {
    await loginAs(ADMIN)
    const response = await fetch(`${API}/api-keys`, { headers: { Authorization: `Bearer ${TERRAFORM}`, 'X-Mock-Client': 'office' } })
    expect(((await response.json()) as ApiKeyList).callerIp).toBe(ipOf('office'))
  })

  it.each([
    ['an empty name', { name: '   ' }, { name: 'validation.required' }],
    ['a name over 64 characters', { name: 'k'.repeat(65) }, { name: 'validation.tooLong' }],
    ['a name another of the user’s keys has (in any case)', { name: ' terraform ' }, { name: 'validation.apiKeyNameTaken' }],
    ['an empty address', { allowedIps: [''] }, { allowedIps: 'validation.ipRange' }],
    ['an address that is not one', { allowedIps: ['10.0.0.0/8', '300.1.2.3'] }, { allowedIps: 'validation.ipRange' }],
    ['a range with too long a prefix', { allowedIps: ['2001:db8::/129'] }, { allowedIps: 'validation.ipRange' }],
    ['more than 20 addresses', { allowedIps: Array.from({ length: 21 }, (_, i) => `10.0.0.${i}`) }, { allowedIps: 'validation.tooManyIps' }],
  ])('refuses %s with a field error and creates nothing', async (_name, body, errors) => {
    await loginAs(ADMIN)
    const before = readDb().apiKeys.length
    const error = await failure(createKey(body))
    expect([error.status, error.fieldErrors]).toEqual([422, errors])
    expect(readDb().apiKeys).toHaveLength(before)
  })

  it('lets another user of the account take a name the administrator uses', async () => {
    await loginAs(USER)
    await expect(createKey({ name: 'Terraform' })).resolves.toMatchObject({ key: { name: 'Terraform' } })
  })
})

describe('mock API: managing keys', () => {
  it('renames a key, refusing an empty or taken name', async () => {
    await loginAs(ADMIN)
    const { key } = await createKey()
    await expect(apiKeysApi.update(key.id, { name: ' Nightly build ' })).resolves.toMatchObject({ name: 'Nightly build' })
    // Its own name in another case is not "taken".
    await expect(apiKeysApi.update(key.id, { name: 'NIGHTLY build' })).resolves.toMatchObject({ name: 'NIGHTLY build' })
    for (const [name, code] of [['', 'validation.required'], ['Monitoring', 'validation.apiKeyNameTaken']] as const) {
      const error = await failure(apiKeysApi.update(key.id, { name }))
      expect([error.status, error.fieldErrors]).toEqual([422, { name: code }])
    }
    expect(storedKey(key.id)!.name).toBe('NIGHTLY build')
  })

  it('answers 404 for another person’s key, and lists only the caller’s own', async () => {
    await loginAs(USER)
    expect((await apiKeysApi.list()).items).toEqual([])
    for (const call of [() => apiKeysApi.update('key-terraform', { enabled: false }), () => apiKeysApi.rotate('key-terraform'), () => apiKeysApi.remove('key-terraform')]) {
      const error = await failure(call())
      expect([error.status, error.code]).toEqual([404, 'apiKeys.notFound'])
    }
    expect(storedKey('key-terraform')).toMatchObject({ enabled: true, secretHash: await sha256Hex(TERRAFORM) })
  })

  it('does not rotate a disabled or an expired key', async () => {
    await loginAs(ADMIN)
    const disabled = await failure(apiKeysApi.rotate('key-old-ci'))
    expect([disabled.status, disabled.code]).toEqual([409, 'apiKeys.notActive'])
    const { key } = await createKey({ expiry: 'days30' })
    advance(30 * DAY)
    // The session ended long ago on this clock: a new log in.
    await loginAs(ADMIN)
    const expired = await failure(apiKeysApi.rotate(key.id))
    expect([expired.status, expired.code]).toEqual([409, 'apiKeys.notActive'])
    expect(storedKey(key.id)!.previous).toBeNull()
  }, MONTH_LATER_TIMEOUT)
})

describe('mock API: calling with a key', () => {
  it('reads and changes as the key’s user', async () => {
    await loginAs(ADMIN)
    const { secret } = await createKey()
    const balance = await balanceApi.overview()
    const read = await callWith(secret, 'GET', '/balance')
    expect(read.status).toBe(200)
    expect(await read.json()).toEqual(balance)
    const session = await callWith(secret, 'GET', '/auth/session')
    expect(await session.json()).toMatchObject({ email: ADMIN })
    expect(await outcome(await callWith(secret, 'PATCH', '/settings', { body: { theme: 'dark' } }))).toEqual([200, null])
    expect(adminSettings().theme).toBe('dark')
  })

  it('has its user’s role: a user’s key is refused what only the administrator may do', async () => {
    await loginAs(USER)
    const { secret } = await createKey()
    expect(await outcome(await callWith(secret, 'GET', '/billing/documents'))).toEqual([403, 'auth.forbiddenRole'])
    expect(await outcome(await callWith(TERRAFORM, 'GET', '/billing/documents'))).toEqual([200, null])
  })

  it('refuses every change with a read-only key, and reads', async () => {
    await loginAs(ADMIN)
    const { secret } = await createKey({ access: 'readOnly' })
    expect(await outcome(await callWith(secret, 'GET', '/balance'))).toEqual([200, null])
    expect(await outcome(await callWith(secret, 'PATCH', '/settings', { body: { theme: 'dark' } }))).toEqual([403, 'auth.keyReadOnly'])
    expect(await outcome(await callWith(secret, 'DELETE', '/settings/ui-state'))).toEqual([403, 'auth.keyReadOnly'])
    expect(adminSettings().theme).toBeNull()
  })

  it('refuses a disabled key until it is enabled again', async () => {
    await loginAs(ADMIN)
    const { key, secret } = await createKey()
    await expect(apiKeysApi.update(key.id, { enabled: false })).resolves.toMatchObject({ status: 'disabled' })
    expect(await outcome(await callWith(secret, 'GET', '/balance'))).toEqual([401, 'auth.keyDisabled'])
    await expect(apiKeysApi.update(key.id, { enabled: true })).resolves.toMatchObject({ status: 'active' })
    expect(await outcome(await callWith(secret, 'GET', '/balance'))).toEqual([200, null])
  })

  it('refuses a key once its expiry has passed on the mock clock', async () => {
    await loginAs(ADMIN)
    const { key, secret } = await createKey({ expiry: 'days30' })
    advance(30 * DAY - MINUTE)
    expect(await outcome(await callWith(secret, 'GET', '/balance'))).toEqual([200, null])
    advance(MINUTE)
    expect(await outcome(await callWith(secret, 'GET', '/balance'))).toEqual([401, 'auth.keyExpired'])
    const list = (await (await callWith(TERRAFORM, 'GET', '/api-keys')).json()) as ApiKeyList
    expect(list.items.find((k) => k.id === key.id)?.status).toBe('expired')
  }, MONTH_LATER_TIMEOUT)

  it('says a key is disabled before it says it expired', async () => {
    await loginAs(ADMIN)
    const { key, secret } = await createKey({ expiry: 'days30' })
    await apiKeysApi.update(key.id, { enabled: false })
    advance(31 * DAY)
    expect(await outcome(await callWith(secret, 'GET', '/balance'))).toEqual([401, 'auth.keyDisabled'])
  }, MONTH_LATER_TIMEOUT)

  it('keeps the old secret working for 24 hours after a rotation, then only the new one', async () => {
    await loginAs(ADMIN)
    const { key, secret: first } = await createKey({ expiry: 'never' })
    advance(0)
    const rotated = await apiKeysApi.rotate(key.id)
    expect(rotated.secret).toMatch(/^ccp_[A-Za-z0-9]{40}$/)
    expect(rotated.key).toMatchObject({ id: key.id, prefix: rotated.secret.slice(0, 8), last4: rotated.secret.slice(-4), previousValidUntil: new Date(now() + DAY).toISOString() })
    expect(JSON.stringify(readDb())).not.toContain(rotated.secret)

    advance(DAY - MINUTE)
    expect(await outcome(await callWith(first, 'GET', '/balance'))).toEqual([200, null])
    expect(await outcome(await callWith(rotated.secret, 'GET', '/balance'))).toEqual([200, null])
    advance(MINUTE)
    expect(await outcome(await callWith(first, 'GET', '/balance'))).toEqual([401, 'auth.keyInvalid'])
    expect(await outcome(await callWith(rotated.secret, 'GET', '/balance'))).toEqual([200, null])
    const listed = ((await (await callWith(rotated.secret, 'GET', '/api-keys')).json()) as ApiKeyList).items.find((k) => k.id === key.id)
    expect(listed?.previousValidUntil).toBeNull()
  })

  it('retires a secret two rotations old at once', async () => {
    await loginAs(ADMIN)
    const { key, secret: first } = await createKey()
    const second = await apiKeysApi.rotate(key.id)
    const third = await apiKeysApi.rotate(key.id)
    expect(await outcome(await callWith(first, 'GET', '/balance'))).toEqual([401, 'auth.keyInvalid'])
    expect(await outcome(await callWith(second.secret, 'GET', '/balance'))).toEqual([200, null])
    expect(await outcome(await callWith(third.secret, 'GET', '/balance'))).toEqual([200, null])
  })

  it('accepts a key limited to some addresses only from them', async () => {
    expect(ipOf('elsewhere')).not.toBe(ipOf('office'))
    await loginAs(ADMIN)
    // An IPv6 range never matches an IPv4 caller; the office's address does.
    const { secret } = await createKey({ allowedIps: ['2001:db8::/32', `${ipOf('office')}/32`] })
    expect(await outcome(await callWith(secret, 'GET', '/balance', { client: 'office' }))).toEqual([200, null])
    expect(await outcome(await callWith(secret, 'GET', '/balance', { client: 'elsewhere' }))).toEqual([403, 'auth.keyAddressNotAllowed'])
  })

  it('accepts a whole allowed network', async () => {
    await loginAs(ADMIN)
    const network = `${ipOf('office').split('.').slice(0, 3).join('.')}.0/24`
    const { secret } = await createKey({ allowedIps: [network] })
    expect(await outcome(await callWith(secret, 'GET', '/balance', { client: 'office' }))).toEqual([200, null])
  })

  it('refuses a deleted key, its grace-period secret too', async () => {
    await loginAs(ADMIN)
    const { key, secret: first } = await createKey()
    const { secret } = await apiKeysApi.rotate(key.id)
    await apiKeysApi.remove(key.id)
    expect(storedKey(key.id)).toBeUndefined()
    expect(await outcome(await callWith(secret, 'GET', '/balance'))).toEqual([401, 'auth.keyInvalid'])
    expect(await outcome(await callWith(first, 'GET', '/balance'))).toEqual([401, 'auth.keyInvalid'])
  })

  it('refuses a secret no key has', async () => {
    expect(await outcome(await callWith(`ccp_${'x'.repeat(40)}`, 'GET', '/balance'))).toEqual([401, 'auth.keyInvalid'])
  })

  it.each([
    ['create keys', 'POST', '/api-keys', { name: 'Another', access: 'full', expiry: 'never' }],
    ['rename a key', 'PATCH', '/api-keys/key-monitoring', { name: 'Renamed' }],
    ['rotate a key', 'POST', '/api-keys/key-terraform/rotate', undefined],
    ['delete a key', 'DELETE', '/api-keys/key-monitoring', undefined],
    ['change the password', 'POST', '/security/password', { currentPassword: 'demo-password', newPassword: 'fresh-pass-1' }],
    ['list the sessions', 'GET', '/security/sessions', undefined],
    ['end the other sessions', 'POST', '/security/sessions/end-others', undefined],
    ['turn on two-step authentication', 'POST', '/security/two-factor/setup', { password: 'demo-password' }],
    ['log out', 'POST', '/auth/logout', undefined],
  ])('does not let a key %s (only a session may)', async (_name, method, path, body) => {
    // What the request would change (its "last used" it may).
    const managed = () => readDb().apiKeys.map(({ id, name, secretHash, enabled }) => ({ id, name, secretHash, enabled }))
    const before = managed()
    const passwordHash = readDb().users.find((u) => u.email === ADMIN)!.passwordHash
    expect(await outcome(await callWith(TERRAFORM, method, path, { body }))).toEqual([403, 'auth.keyNotAllowed'])
    expect(managed()).toEqual(before)
    expect(readDb().users.find((u) => u.email === ADMIN)!.passwordHash).toBe(passwordHash)
  })

  it('updates “last used” on use: at once from a new address, else at most once a minute', async () => {
    await loginAs(ADMIN)
    const { key, secret } = await createKey()
    advance(0)
    await callWith(secret, 'GET', '/balance', { client: 'office' })
    const first = now()
    expect(storedKey(key.id)).toMatchObject({ lastUsedAt: new Date(first).toISOString(), lastUsedIp: ipOf('office') })
    advance(30_000)
    await callWith(secret, 'GET', '/balance', { client: 'office' })
    expect(storedKey(key.id)!.lastUsedAt).toBe(new Date(first).toISOString())
    await callWith(secret, 'GET', '/balance', { client: 'elsewhere' })
    expect(storedKey(key.id)).toMatchObject({ lastUsedAt: new Date(now()).toISOString(), lastUsedIp: ipOf('elsewhere') })
    advance(MINUTE)
    await callWith(secret, 'GET', '/balance', { client: 'elsewhere' })
    expect(storedKey(key.id)!.lastUsedAt).toBe(new Date(now()).toISOString())
    // A refused request is no use.
    await apiKeysApi.update(key.id, { enabled: false })
    advance(MINUTE)
    await callWith(secret, 'GET', '/balance', { client: 'office' })
    expect(storedKey(key.id)!.lastUsedIp).toBe(ipOf('elsewhere'))
  })
})

describe('mock API: the seeded keys', () => {
  it('lets the documented Terraform secret call the API as business.resident', async () => {
    const response = await callWith(TERRAFORM, 'GET', '/auth/session')
    expect(await response.json()).toMatchObject({ email: ADMIN, role: 'admin' })
  })

  it('keeps the read-only Monitoring key to the office network', async () => {
    const office = ['95.161.224.0/24']
    expect(ipOf('elsewhere')).not.toMatch(/^95\.161\.224\./)
    expect(storedKey('key-monitoring')).toMatchObject({ access: 'readOnly', allowedIps: office, secretHash: await sha256Hex(MONITORING) })
    expect(await outcome(await callWith(MONITORING, 'GET', '/balance', { client: 'elsewhere' }))).toEqual([403, 'auth.keyAddressNotAllowed'])
  })

  it('lists business.resident’s three keys in each state', async () => {
    const list = (await (await callWith(TERRAFORM, 'GET', '/api-keys')).json()) as ApiKeyList
    expect(list.items.map((k) => [k.name, k.access, k.status, k.expiresAt === null])).toEqual([
      ['Monitoring', 'readOnly', 'active', false],
      ['Terraform', 'full', 'active', true],
      ['Old CI', 'full', 'disabled', true],
    ])
  })
})
