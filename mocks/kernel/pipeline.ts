// What every API request passes before a domain handler sees it, in the order a real gateway
// would apply it: the simulated network (latency, QA's forced failures), the route (an unknown
// path is a 404 problem, not the app's HTML), the body (size, JSON) and the contract (every body
// and query is checked against openapi/, so wrong types get 422 with per-field errors).
import { http } from 'msw'
import { apiPath } from './api'
import { matchOperation, validateRequest, type OperationMatch } from './contract'
import { guarded } from './guard'
import { problem, validationProblem, type ProblemResponse } from './problems'
import { latencyRange, qaForcedFailure } from './qaSettings'

/** Larger bodies get 413: nothing the panel sends comes near it (a profile is a few KiB). */
export const MAX_BODY_BYTES = 64 * 1024

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

async function simulatedLatency(): Promise<void> {
  const [min, max] = latencyRange()
  const wait = min + Math.random() * (max - min)
  // The network, not domain logic: the one place the mock waits for real time.
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
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

/** The checks of one request; undefined lets the matching domain handler answer. */
export async function gate(request: Request): Promise<Response | undefined> {
  const path = apiPath(request.url)
  if (path === null) return undefined
  await simulatedLatency()
  const method = request.method.toUpperCase()
  if (qaForcedFailure(method, path)) return problem(503, 'server.unavailable')

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
  const errors = validateRequest(operation.operationId, { body, hasBody, query: new URL(request.url).searchParams })
  return errors ? validationProblem(errors) : undefined
}

/**
 * Every request under /api/v1, its root included. A predicate, not a path pattern: MSW decodes a
 * pattern's match, and a malformed escape (`/tickets/%E0%A4%A`) would throw before `gate` could
 * refuse it, answering MSW's 500 with the stack trace.
 */
const isApiRequest = ({ request }: { request: Request }) => apiPath(request.url) !== null

/** Runs before the domain handlers (first in mocks/handlers.ts). */
export const pipelineHandlers = [http.all(isApiRequest, guarded(({ request }) => gate(request)))]

/** After every domain handler: an API path nobody answered is a 404 problem, never the app's HTML. */
export const fallbackHandlers = [http.all(isApiRequest, () => problem(404, 'api.notFound'))]
