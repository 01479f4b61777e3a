// What every API request passes before a domain handler sees it, in the order a real gateway
// would apply it: the simulated network (latency, QA's failure rules), the route (an unknown
// path is a 404 problem, not the app's HTML), the body (size, JSON) and the contract (every body
// and query is checked against openapi/, so wrong types get 422 with per-field errors). It wraps
// the domain handlers (withPipeline), so it also sees every answer: the request log for QA.
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import { apiPath } from './api'
import { nowIso } from './clock'
import { loadBodyValidators, matchOperation, validateRequest, type OperationMatch } from './contract'
import { guarded, problemForError } from './guard'
import { afterFiring, matchRule, type NetworkRule } from './networkRules'
import { problem, validationProblem, type ProblemResponse } from './problems'
import { networkSettings, setNetworkSettings } from './qaSettings'

/** Larger bodies get 413: nothing the panel sends comes near it (a profile is a few KiB). */
export const MAX_BODY_BYTES = 64 * 1024

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** How long a `timeout` rule keeps the client waiting (real time) before the connection fails. */
export const TIMEOUT_RULE_MS = 30_000
/** The `Retry-After` of a `429` rule, in seconds. */
export const RULE_RETRY_AFTER_S = 30
/** The header on every answer a failure rule forced (tests/helpers/contractResponses.ts skips those). */
export const QA_RULE_HEADER = 'X-QA-Rule'

// The network, not domain logic: the only places the mock waits for real time.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function simulatedLatency(): Promise<void> {
  const { min, max } = networkSettings().latency
  const wait = min + Math.random() * (max - min)
  if (wait > 0) await sleep(wait)
}

function isJson(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type)
}

async function readBody(request: Request): Promise<{ text: string; tooLarge: boolean }> {
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN)
  if (declared > MAX_BODY_BYTES) return { text: '', tooLarge: true }
  const text = await request.clone().text()
  return { text, tooLarge: new TextEncoder().encode(text).length > MAX_BODY_BYTES }
}

/** Whether every `%xx` escape of the path decodes: a route's parameters are decoded, and one that cannot be names nothing. */
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/**
 * The operation `method path` is, or the problem to answer: 404 for a path the API does not have
 * (or cannot decode), 405 with `Allow` for a method it does not take there.
 */
export function routeOf(method: string, path: string): OperationMatch | ProblemResponse {
  const operation = decodable(path) ? matchOperation(method, path) : null
  if (!operation) return problem(404, 'api.notFound')
  if ('notAllowed' in operation) return problem(405, 'api.methodNotAllowed', {}, { Allow: operation.allow.join(', ') })
  return operation
}

/** The first property of a JSON body (the sample field of a forced 422), else `body`. */
async function sampleField(request: Request): Promise<string> {
  try {
    const body: unknown = JSON.parse(await request.clone().text())
    const first = body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body)[0] : undefined
    return first ?? 'body'
  } catch {
    return 'body'
  }
}

function marked(response: Response, rule: NetworkRule): Response {
  response.headers.set(QA_RULE_HEADER, rule.id)
  return response
}

/** What a failure rule answers instead of the API. */
export async function forcedAnswer(rule: NetworkRule, request: Request): Promise<Response> {
  switch (rule.answer) {
    case '500':
      return marked(problem(500, 'server.error'), rule)
    case '503':
      return marked(problem(503, 'server.unavailable'), rule)
    case '422':
      return marked(validationProblem({ [await sampleField(request)]: 'validation.invalid' }), rule)
    case '429':
      return marked(problem(429, 'request.tooManyRequests', { retryAfter: RULE_RETRY_AFTER_S }, { 'Retry-After': String(RULE_RETRY_AFTER_S) }), rule)
    case 'timeout':
      await sleep(TIMEOUT_RULE_MS)
      return HttpResponse.error()
    case 'offline':
      return HttpResponse.error()
  }
}

/** The rule that applies to this request, if any; a countdown rule is used up by it (and stored). */
function firingRule(method: string, path: string): NetworkRule | null {
  const settings = networkSettings()
  const rule = matchRule(settings.rules, method, path)
  if (rule && rule.remaining !== null) setNetworkSettings({ ...settings, rules: afterFiring(settings.rules, rule.id) })
  return rule
}

/** The checks of one request, with the failure rule that answered it; no response lets the matching domain handler answer. */
async function check(request: Request): Promise<{ response?: Response; rule?: NetworkRule }> {
  const path = apiPath(request.url)
  if (path === null) return {}
  await simulatedLatency()
  const method = request.method.toUpperCase()
  const rule = firingRule(method, path)
  if (rule) return { response: await forcedAnswer(rule, request), rule }
  return { response: await contractCheck(request, method, path) }
}

/** The route, the body and the contract. */
async function contractCheck(request: Request, method: string, path: string): Promise<Response | undefined> {
  const operation = routeOf(method, path)
  if (operation instanceof Response) return operation

  let body: unknown
  let hasBody = false
  if (BODY_METHODS.has(method)) {
    const { text, tooLarge } = await readBody(request)
    if (tooLarge) return problem(413, 'request.tooLarge')
    if (text.trim() !== '') {
      hasBody = true
      // Only JSON: a form post or text/plain (which a page of another site can send to the API
      // server without a CORS preflight) is refused before anything is parsed or stored.
      if (!isJson(request.headers.get('Content-Type'))) return problem(415, 'request.unsupportedMediaType')
      try {
        body = JSON.parse(text)
      } catch {
        return problem(400, 'request.malformedJson')
      }
    }
  }
  if (hasBody) await loadBodyValidators()
  const errors = validateRequest(operation.operationId, { body, hasBody, query: new URL(request.url).searchParams })
  return errors ? validationProblem(errors) : undefined
}

/** One answered API request, for QA's log. `status` 0 = a network error (a `timeout` or `offline` rule). */
export interface RequestLogEntry {
  /** When it came, on the mock clock (ISO). */
  at: string
  method: string
  /** Under /api/v1, with the query. */
  path: string
  status: number
  /** How long it took in real time (the simulated latency included). */
  ms: number
  /** The failure rule that answered it, if one did. */
  rule: string | null
}

export const REQUEST_LOG_SIZE = 100
const log: RequestLogEntry[] = []

/** The last 100 API requests (the QA endpoints excluded), newest first. Kept in memory only. */
export function requestLog(): RequestLogEntry[] {
  return log.slice().reverse()
}

export function clearRequestLog(): void {
  log.length = 0
}

function record(entry: RequestLogEntry): void {
  log.push(entry)
  if (log.length > REQUEST_LOG_SIZE) log.splice(0, log.length - REQUEST_LOG_SIZE)
}

/**
 * Every request under /api/v1, its root included. A predicate, not a path pattern: MSW decodes a
 * pattern's match, and a malformed escape (`/tickets/%E0%A4%A`) would throw before `gate` could
 * refuse it, answering MSW's 500 with the stack trace.
 */
const isApiRequest = ({ request }: { request: Request }) => apiPath(request.url) !== null

/** An API path nobody answered is a 404 problem, never the app's HTML. */
const fallbackHandlers = [http.all(isApiRequest, () => problem(404, 'api.notFound'))]

/**
 * The domain handlers behind the pipeline: a request passes `gate`, then the first domain handler
 * that answers it (else the 404 fallback), and the answer is logged. Handlers a test adds with
 * `server.use()` come before the whole list and answer without it.
 */
export function withPipeline(domainHandlers: RequestHandler[]): RequestHandler[] {
  const chain = [...domainHandlers, ...fallbackHandlers]
  return [
    http.all(
      isApiRequest,
      guarded(async ({ request }) => {
        const started = performance.now()
        const at = nowIso()
        let response: Response
        let rule: NetworkRule | undefined
        try {
          const checked = await check(request)
          rule = checked.rule
          response = checked.response ?? (await getResponse(chain, request)) ?? problem(404, 'api.notFound')
        } catch (error) {
          response = problemForError(error)
        }
        record({
          at,
          method: request.method.toUpperCase(),
          path: `${apiPath(request.url)}${new URL(request.url).search}`,
          status: response.type === 'error' ? 0 : response.status,
          ms: Math.round(performance.now() - started),
          rule: rule?.id ?? null,
        })
        return response
      }),
    ),
  ]
}
