// The mock API as a real HTTP server (`npm run api`): the same handler list as the browser worker
// and the Vitest server, behind a thin node:http adapter (MSW's own `getResponse`), with the data
// in a JSON file, so several browsers share one state. scripts/api-server.mjs loads this file
// through Vite (TypeScript and the `@/` alias); nothing in the browser imports it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { getResponse } from 'msw'
import { handlers } from './handlers'
import { apiPath } from './kernel/api'
import { onDbReset, readDb } from './kernel/db'
import { loadDbStateValidator } from './kernel/dbCheck'
import { fileStorage } from './kernel/fileStorage'
import { problemForError } from './kernel/guard'
import { MAX_BODY_BYTES, routeOf } from './kernel/pipeline'
import { problem } from './kernel/problems'
import { isValidPattern, parseNetworkSettings, RULE_METHODS, type LatencyRange, type NetworkRule, type NetworkSettings, type RuleMethod } from './kernel/networkRules'
import { QA_SETTINGS, setQaSettingSource, type QaSettingSource } from './kernel/qaSettings'
import { setDbStorage } from './kernel/storage'

export const DEFAULT_PORT = 8787
export const DEFAULT_HOST = '127.0.0.1'
/** Relative to the repository; `MOCK_DB_FILE` points elsewhere. */
export const DEFAULT_DB_FILE = '.mock-api/db.json'

type Env = Record<string, string | undefined>

/** `ccp.mock.network` → `MOCK_NETWORK`: every QA setting of the registry has one. */
export function envNameOf(key: string): string {
  const name = key.replace(/^ccp\.mock\./, '').replace(/([a-z0-9])([A-Z])/g, '$1_$2')
  return `MOCK_${name.toUpperCase()}`
}

/** The QA settings of the registry by environment variable (MOCK_CLOCK → ccp.mock.clock, MOCK_NETWORK → ccp.mock.network). */
export const QA_ENV: Record<string, string> = Object.fromEntries(Object.values(QA_SETTINGS).map((key) => [envNameOf(key), key]))

/** `"0"`, `"1500"` or `"100-400"` (ms); null when absent or unreadable. */
function latencyFromEnv(value: string | undefined): LatencyRange | null {
  const [min, max] = (value ?? '').split('-').map((n) => Number.parseInt(n.trim(), 10))
  const upper = max ?? min
  if (min === undefined || upper === undefined || Number.isNaN(min) || Number.isNaN(upper) || min < 0 || upper < min) return null
  return { min, max: upper }
}

/** `"GET /home/summary, * /settings"`: those requests answer 503 (the pattern as in a rule, `*` wildcards). */
function failRulesFromEnv(value: string | undefined): NetworkRule[] {
  return (value ?? '')
    .split(',')
    .map((rule) => rule.trim().split(/\s+/))
    .flatMap(([method, pattern], index): NetworkRule[] => {
      const upper = method?.toUpperCase() as RuleMethod
      return RULE_METHODS.includes(upper) && isValidPattern(pattern) ? [{ id: `env-${index + 1}`, method: upper, pattern, answer: '503', remaining: null }] : []
    })
}

/**
 * The simulated network from the environment: MOCK_NETWORK (the setting's JSON), else the
 * shorthands MOCK_LATENCY and MOCK_FAIL. The latency defaults to 0 here (the browser's default is
 * 100–400 ms): the server is a real network hop already; MOCK_LATENCY="100-400" simulates more.
 */
export function networkFromEnv(env: Env): NetworkSettings {
  const given = parseNetworkSettings(env[envNameOf(QA_SETTINGS.network)] ?? null)
  if (given) return given
  return { latency: latencyFromEnv(env.MOCK_LATENCY) ?? { min: 0, max: 0 }, rules: failRulesFromEnv(env.MOCK_FAIL) }
}

/** QA settings from the environment (what the QA endpoints write is kept over them in memory). */
export function qaSettingsFromEnv(env: Env): QaSettingSource {
  const network = JSON.stringify(networkFromEnv(env))
  return (key) => (key === QA_SETTINGS.network ? network : (env[envNameOf(key)] ?? null))
}

/** `'*'`, a list of exact origins, or null: any http(s) origin on localhost / 127.0.0.1 / [::1]. */
export type CorsOrigins = '*' | string[] | null

export function corsOriginsFrom(value: string | undefined): CorsOrigins {
  if (!value?.trim()) return null
  if (value.trim() === '*') return '*'
  return value.split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean)
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export function isAllowedOrigin(origin: string, allowed: CorsOrigins): boolean {
  if (allowed === '*') return true
  if (allowed) return allowed.includes(origin)
  try {
    const { protocol, hostname } = new URL(origin)
    return (protocol === 'http:' || protocol === 'https:') && LOCAL_HOSTS.has(hostname)
  } catch {
    return false
  }
}

const CORS = {
  methods: 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  allowHeaders: 'Authorization, If-Match, Idempotency-Key, Content-Type, Accept, Accept-Language, X-Mock-Client',
  exposeHeaders: 'ETag, Retry-After, Content-Disposition',
  maxAgeSeconds: '600',
}

export interface ApiServerOptions {
  host: string
  port: number
  dbFile: string
  /** Delete the data file first: the next request starts from the seed. */
  reset: boolean
  /** No line per request. */
  quiet: boolean
  corsOrigins: CorsOrigins
  qaSettings: QaSettingSource
}

/** Options from the environment (PORT, HOST, MOCK_DB_FILE, QUIET, CORS_ORIGINS, MOCK_*) and `--reset`. */
export function apiServerOptions(env: Env, argv: string[], root: string): ApiServerOptions {
  const port = Number.parseInt(env.PORT ?? '', 10)
  return {
    host: env.HOST || DEFAULT_HOST,
    port: Number.isNaN(port) ? DEFAULT_PORT : port,
    dbFile: env.MOCK_DB_FILE ? resolve(env.MOCK_DB_FILE) : resolve(root, DEFAULT_DB_FILE),
    reset: argv.includes('--reset'),
    quiet: env.QUIET === '1' || env.QUIET === 'true',
    corsOrigins: corsOriginsFrom(env.CORS_ORIGINS),
    qaSettings: qaSettingsFromEnv(env),
  }
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    // The body is handed over whole: its framing headers no longer apply.
    if (value === undefined || ['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  return headers
}

/** QA's import (POST /__qa/import) carries the whole data, a few hundred KiB: far over an API body's limit. */
export const QA_MAX_BODY_BYTES = 16 * 1024 * 1024

/** The body, kept up to just over the limit (the rest is drained): the pipeline answers 413. */
async function requestBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const limit = apiPath(`http://host${req.url ?? '/'}`)?.startsWith('/__qa/') ? QA_MAX_BODY_BYTES : MAX_BODY_BYTES
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size > limit) continue
    chunks.push(chunk)
    size += chunk.length
  }
  return size === 0 ? undefined : Uint8Array.from(Buffer.concat(chunks))
}

async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers: requestHeaders(req),
    body: await requestBody(req),
  })
}

/** Methods a fetch Request cannot carry (Node refuses to build one); no operation of the API has them. */
const UNCARRIED_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** 405 (with `Allow`) where the path exists, else 404: what the pipeline answers for any other method the API lacks. */
function refuseUncarried(req: IncomingMessage, origin: string): Response {
  const path = apiPath(new URL(req.url ?? '/', origin).href)
  const route = path === null ? null : routeOf(req.method ?? '', path)
  return route instanceof Response ? route : problem(404, 'api.notFound')
}

function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined
}

async function answer(req: IncomingMessage, origin: string, allowedOrigin: string | null): Promise<Response> {
  if (isPreflight(req)) {
    if (!allowedOrigin) return new Response(null, { status: 403 })
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Methods': CORS.methods,
        'Access-Control-Allow-Headers': CORS.allowHeaders,
        'Access-Control-Max-Age': CORS.maxAgeSeconds,
      },
    })
  }
  try {
    if (UNCARRIED_METHODS.has(req.method?.toUpperCase() ?? '')) return refuseUncarried(req, origin)
    // Outside /api/v1 nothing answers: a 404 problem, like an unknown API path.
    return (await getResponse(handlers, await toFetchRequest(req, origin))) ?? problem(404, 'api.notFound')
  } catch (error) {
    return problemForError(error)
  }
}

async function send(req: IncomingMessage, res: ServerResponse, response: Response, allowedOrigin: string | null): Promise<void> {
  // A network error (QA's `timeout` and `offline` rules): the connection drops without an answer.
  if (response.type === 'error') {
    res.destroy()
    return
  }
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
  res.setHeader('Vary', 'Origin')
  if (allowedOrigin) {
    res.setHeader('Access-Control-Allow-Origin', allowedOrigin)
    res.setHeader('Access-Control-Expose-Headers', CORS.exposeHeaders)
  }
  const body = Buffer.from(await response.arrayBuffer())
  res.end(req.method === 'HEAD' ? undefined : body)
}

function requestListener(options: ApiServerOptions, origin: () => string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now()
    const requestOrigin = req.headers.origin
    const allowedOrigin = requestOrigin && isAllowedOrigin(requestOrigin, options.corsOrigins) ? requestOrigin : null
    try {
      await send(req, res, await answer(req, origin(), allowedOrigin), allowedOrigin)
    } catch (error) {
      console.error('[mock api]', error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    }
    if (!options.quiet) console.log(`${req.method} ${req.url} ${res.statusCode} ${Math.round(performance.now() - started)}ms`)
  }
}

/** Points the mock at the file and the environment, seeds (or checks) the data, then listens. */
export async function startApiServer(options: ApiServerOptions): Promise<Server> {
  const storage = fileStorage(options.dbFile)
  setDbStorage(storage)
  setQaSettingSource(options.qaSettings)
  onDbReset((reason) => {
    console.warn(`[mock api] ${options.dbFile} held ${reason === 'outdated' ? 'an older seed' : 'no valid data'}: seeded afresh`)
  })
  if (options.reset) storage.clear()
  await loadDbStateValidator() // the file has no stamp: every read of it is checked (kernel/dbCheck.ts)
  readDb() // seeds a missing file now rather than on the first request

  const server = createServer()
  const origin = () => {
    const { port } = server.address() as AddressInfo
    return `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`
  }
  server.on('request', requestListener(options, origin))
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolveListen())
  })
  console.log(`Mock API on ${origin()}/api/v1, data in ${options.dbFile}`)
  const tuned = Object.keys(QA_ENV).filter((name) => options.qaSettings(QA_ENV[name] ?? '') !== null)
  console.log(`QA settings: ${tuned.map((name) => `${name}=${options.qaSettings(QA_ENV[name] ?? '')}`).join(', ')}`)
  return server
}
