// `npm run api`: the options it reads, the file it keeps the data in, and the HTTP server itself
// over a real socket (node:http; MSW's in-process interception is stopped for this file, and the
// CORS headers that only the server adds show the answer came from it).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fileStorage } from '@mocks/kernel/fileStorage'
import { MAX_BODY_BYTES } from '@mocks/kernel/pipeline'
import { QA_SETTINGS } from '@mocks/kernel/qaSettings'
import { server as mswServer } from '@mocks/node'
import { apiServerOptions, isAllowedOrigin, QA_ENV, qaSettingsFromEnv, startApiServer } from '@mocks/server'

const dir = mkdtempSync(join(tmpdir(), 'ccp-api-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the API server options', () => {
  it('gives every QA setting of the registry its own MOCK_* environment variable', () => {
    expect(Object.values(QA_ENV).sort()).toEqual(Object.values(QA_SETTINGS).sort())
    for (const name of Object.keys(QA_ENV)) expect(name).toMatch(/^MOCK_[A-Z]+(_[A-Z]+)*$/)
    expect(QA_ENV).toMatchObject({ MOCK_CLOCK: 'ccp.mock.clock', MOCK_NETWORK: 'ccp.mock.network' })
  })

  it('reads the simulated network from the environment, with no latency unless MOCK_LATENCY is set', () => {
    const network = (env: Record<string, string>) => JSON.parse(qaSettingsFromEnv(env)('ccp.mock.network')!)
    expect(network({})).toEqual({ latency: { min: 0, max: 0 }, rules: [] })
    expect(network({ MOCK_LATENCY: '100-400' }).latency).toEqual({ min: 100, max: 400 })
    expect(network({ MOCK_LATENCY: '1500' }).latency).toEqual({ min: 1500, max: 1500 })
    expect(network({ MOCK_FAIL: 'GET /home/summary, * /settings, BREW /coffee' }).rules).toEqual([
      { id: 'env-1', method: 'GET', pattern: '/home/summary', answer: '503', remaining: null },
      { id: 'env-2', method: '*', pattern: '/settings', answer: '503', remaining: null },
    ])
    const rules = [{ id: 'r1', method: 'POST', pattern: '/tickets*', answer: '429', remaining: 2 }]
    expect(network({ MOCK_NETWORK: JSON.stringify({ latency: { min: 5, max: 10 }, rules }), MOCK_LATENCY: '999' })).toEqual({ latency: { min: 5, max: 10 }, rules })
    const clock = JSON.stringify({ offsetMs: 3_600_000, frozenAt: null })
    expect(qaSettingsFromEnv({ MOCK_CLOCK: clock })('ccp.mock.clock')).toBe(clock)
    expect(qaSettingsFromEnv({})('ccp.mock.clock')).toBeNull()
  })

  it('allows any localhost origin by default, and only the listed ones when CORS_ORIGINS is set', () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4175', 'https://localhost', 'http://[::1]:8080']) {
      expect(isAllowedOrigin(origin, null)).toBe(true)
    }
    expect(isAllowedOrigin('https://panel.example', null)).toBe(false)
    expect(isAllowedOrigin('http://localhost.evil.example', null)).toBe(false)
    const listed = apiServerOptions({ CORS_ORIGINS: 'https://qa.example/, https://panel.example' }, [], dir).corsOrigins
    expect(isAllowedOrigin('https://qa.example', listed)).toBe(true)
    expect(isAllowedOrigin('http://localhost:5173', listed)).toBe(false)
  })

  it('listens on 127.0.0.1:8787 with the data in .mock-api/db.json unless told otherwise', () => {
    expect(apiServerOptions({}, [], '/repo')).toMatchObject({ host: '127.0.0.1', port: 8787, dbFile: '/repo/.mock-api/db.json', reset: false, quiet: false })
    expect(apiServerOptions({ PORT: '9000', HOST: '0.0.0.0', MOCK_DB_FILE: '/data/qa.json', QUIET: '1' }, ['--reset'], '/repo')).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      dbFile: '/data/qa.json',
      reset: true,
      quiet: true,
    })
  })
})

describe('fileStorage', () => {
  it('reads nothing before the first write, then what was written, and leaves no temporary file behind', () => {
    const file = join(dir, 'storage', 'db.json')
    const storage = fileStorage(file)
    expect(storage.read()).toBeNull()
    storage.write('{"version":1}')
    storage.write('{"version":2}')
    expect(storage.read()).toBe('{"version":2}')
    expect(readdirSync(join(dir, 'storage'))).toEqual(['db.json'])
    storage.clear()
    expect(storage.read()).toBeNull()
  })
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A request over a real socket (node:http, not fetch: no CORS enforcement of its own). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('the API server', () => {
  const dbFile = join(dir, 'server', 'db.json')
  let server: Server
  let base: string

  beforeAll(async () => {
    mswServer.close()
    // A stale file from an older run: --reset starts from the seed anyway.
    rmSync(join(dir, 'server'), { recursive: true, force: true })
    vi.spyOn(console, 'log').mockImplementation(() => {})
    server = await startApiServer(apiServerOptions({ PORT: '0', MOCK_DB_FILE: dbFile, QUIET: '1' }, ['--reset'], dir))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('answers the handler list over HTTP with CORS for a localhost origin', async () => {
    const origin = 'http://localhost:4175'
    const personas = await send(`${base}/demo/personas`, { headers: { Origin: origin } })
    expect(personas.status).toBe(200)
    expect(JSON.parse(personas.body)).toContainEqual(expect.objectContaining({ email: 'business.resident@demo.test' }))
    expect(personas.headers['access-control-allow-origin']).toBe(origin)
    expect(personas.headers['access-control-expose-headers']).toBe('ETag, Retry-After, Content-Disposition')

    const preflight = await send(`${base}/profile`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization, if-match, content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe(origin)
    expect(preflight.headers['access-control-allow-methods']).toContain('PATCH')
    for (const header of ['Authorization', 'If-Match', 'Idempotency-Key', 'Content-Type', 'Accept-Language']) {
      expect(preflight.headers['access-control-allow-headers']).toContain(header)
    }

    const foreign = await send(`${base}/profile`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PATCH' } })
    expect(foreign.status).toBe(403)
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('logs in, answers with the session token, and keeps the session in its data file', async () => {
    const login = await send(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'business.resident@demo.test', password: 'demo-password' }),
    })
    expect(login.status).toBe(200)
    const { token } = JSON.parse(login.body) as { token: string }
    expect(readFileSync(dbFile, 'utf8')).toContain(token)

    const summary = await send(`${base}/home/summary`, { headers: { Authorization: `Bearer ${token}` } })
    expect(summary.status).toBe(200)
    expect(JSON.parse(summary.body)).toMatchObject({ balances: [{ kind: 'main', moneyKopecks: 4_850_000 }, { kind: 'cloud' }, { kind: 'dedicated' }, { kind: 'storage' }] })
  })

  it('takes back a whole QA export, although it is larger than an API request body may be', async () => {
    const exported = await send(`${base}/__qa/export`)
    expect(exported.status).toBe(200)
    expect(exported.body.length).toBeGreaterThan(MAX_BODY_BYTES)
    const imported = await send(`${base}/__qa/import`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: exported.body })
    expect(imported.status).toBe(204)
  })

  it('starts from the seed again when its data file is deleted or broken', async () => {
    const login = () =>
      send(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'sole.resident@demo.test', password: 'demo-password' }),
      })
    rmSync(dbFile)
    expect((await login()).status).toBe(200)
    expect(JSON.parse(readFileSync(dbFile, 'utf8'))).toHaveProperty('version')

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    writeFileSync(dbFile, '{"version": 5')
    expect((await login()).status).toBe(200)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('seeded afresh'))
    expect(JSON.parse(readFileSync(dbFile, 'utf8'))).toHaveProperty('users')
  })

  it('answers a method that fetch cannot carry (TRACE) with 405 or 404, never a 500', async () => {
    const trace = await send(`${base}/settings`, { method: 'TRACE' })
    expect(trace.status).toBe(405)
    expect(trace.headers.allow).toBe('GET, PATCH')
    expect(JSON.parse(trace.body)).toMatchObject({ code: 'api.methodNotAllowed' })

    const unknown = await send(`${base}/no-such-thing`, { method: 'TRACE' })
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body)).toMatchObject({ code: 'api.notFound' })
  })

  it('answers a 404 problem outside the API', async () => {
    const outside = await send(`${base.replace('/api/v1', '')}/index.html`)
    expect(outside.status).toBe(404)
    expect(outside.headers['content-type']).toBe('application/problem+json')
    expect(JSON.parse(outside.body)).toMatchObject({ code: 'api.notFound' })
  })
})
