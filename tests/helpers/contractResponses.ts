// Every response the mock API answers in a Vitest test is checked against the contract
// (openapi/dist/openapi.json): its status must be one the operation documents, its content type
// the documented one (`application/problem+json` for problems), its body valid against the schema
// and its required headers present. tests/setup.ts fails the test that received a mismatch.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { SetupServer } from 'msw/node'
import document from '../../openapi/dist/openapi.json'
import { apiPath } from '@mocks/kernel/api'
import { matchOperation } from '@mocks/kernel/contract'

interface MediaType {
  schema?: unknown
}
interface ResponseObject {
  $ref?: string
  content?: Record<string, MediaType>
  headers?: Record<string, { required?: boolean; $ref?: string }>
}
interface Operation {
  operationId?: string
  responses?: Record<string, ResponseObject>
}

const DEFS = 'https://panel.example/contract/defs'
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
ajv.addKeyword('x-error-codes')
ajv.addSchema({ $id: DEFS, $defs: retarget(document.components.schemas) })

/** The document's `#/components/schemas/X` refs, as refs into the schema registered above. */
function retarget<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${DEFS}#/$defs/`)) as T
}

function resolve<T extends { $ref?: string }>(node: T): T {
  if (!node.$ref) return node
  const target = node.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document)
  if (!target) throw new Error(`The contract has no ${node.$ref}`)
  return resolve(target as T)
}

const operationsById = new Map<string, Operation>()
for (const item of Object.values(document.paths as unknown as Record<string, Record<string, Operation>>)) {
  for (const operation of Object.values(item)) if (operation && typeof operation === 'object' && operation.operationId) operationsById.set(operation.operationId, operation)
}

/** Answers the kernel gives before any operation: an unknown path, a method the path does not take. */
const KERNEL_RESPONSES: Record<number, ResponseObject> = {
  404: { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } },
  405: { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } },
}

const compiled = new Map<unknown, ValidateFunction>()
function validatorOf(schema: unknown): ValidateFunction {
  let validate = compiled.get(schema)
  if (!validate) {
    validate = ajv.compile(retarget(schema as object))
    compiled.set(schema, validate)
  }
  return validate
}

function documentedResponse(responses: Record<string, ResponseObject>, status: number): ResponseObject | undefined {
  const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default
  return entry && resolve(entry)
}

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`).join('; ')

/** What is wrong with `response` to `method path` under the contract; null when nothing is. */
export async function contractViolation(request: Request, response: Response): Promise<string | null> {
  const path = apiPath(request.url)
  // Mock-only QA endpoints (mocks/qa/) are outside the contract by design, and so is an answer a
  // QA failure rule forced (X-QA-Rule): deliberate breakage, not a contract violation.
  if (path === null || path.startsWith('/__qa/') || response.type === 'error' || response.headers.has('X-QA-Rule')) return null
  const match = matchOperation(request.method, path)
  const operation = match && 'operationId' in match ? operationsById.get(match.operationId) : undefined
  const responses = operation?.responses ?? KERNEL_RESPONSES
  const documented = documentedResponse(responses, response.status)
  if (!documented) return `status ${response.status} is not documented for ${operation?.operationId ?? 'this path'}`

  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    if (resolve(header).required && !response.headers.has(name)) return `the required header ${name} is missing`
  }

  const text = await response.clone().text()
  const mediaTypes = documented.content ?? {}
  if (!Object.keys(mediaTypes).length) return text === '' ? null : `a ${response.status} has no body in the contract, but got ${text.slice(0, 200)}`
  const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  const media = mediaTypes[contentType]
  if (!media) return `content type "${contentType}" instead of ${Object.keys(mediaTypes).join(' or ')}`
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return `the body is not JSON: ${text.slice(0, 200)}`
  }
  const validate = validatorOf(media.schema ?? {})
  return validate(body) ? null : `the body does not match the schema: ${describeErrors(validate.errors)}`
}

/** The real timer, even when a test fakes timers (it is taken when this module loads). */
const realSetTimeout = globalThis.setTimeout
/** How long `take()` waits for responses still on their way (MSW reports them after delivery). */
const RESPONSE_WAIT_MS = 2000

/**
 * Collects the contract violations of the server's mocked responses. MSW reports a response after
 * the client got it, so a test can end first: every request is registered when it starts, and
 * `take()` waits for their responses (and the checks, which read the bodies) before returning
 * what was found since the last call.
 */
export function watchContract(server: SetupServer) {
  const pending = new Map<string, { done: Promise<void>; resolve: () => void }>()
  let violations: string[] = []
  const settle = (requestId: string) => {
    pending.get(requestId)?.resolve()
    pending.delete(requestId)
  }
  const onStart = ({ requestId }: { requestId: string }) => {
    let resolve = () => {}
    const done = new Promise<void>((r) => (resolve = r))
    pending.set(requestId, { done, resolve })
  }
  const onMocked = ({ request, response, requestId }: { request: Request; response: Response; requestId: string }) => {
    const where = `${request.method} ${new URL(request.url).pathname} → ${response.status}`
    contractViolation(request, response)
      .then((violation) => {
        if (violation) violations.push(`${where}: ${violation}`)
      })
      .catch((error: unknown) => violations.push(`${where}: could not be checked: ${String(error)}`))
      .finally(() => settle(requestId))
  }
  const onOther = ({ requestId }: { requestId: string }) => settle(requestId)
  return {
    /** (Re)attaches the listeners: call before each test, as a test may remove every listener of the server. */
    watch(): void {
      const { events } = server
      events.removeListener('request:start', onStart)
      events.removeListener('response:mocked', onMocked)
      events.removeListener('response:bypass', onOther)
      events.removeListener('unhandledException', onOther)
      events.on('request:start', onStart)
      events.on('response:mocked', onMocked)
      events.on('response:bypass', onOther)
      events.on('unhandledException', onOther)
    },
    async take(): Promise<string[]> {
      const waiting = [...pending.values()].map((entry) => entry.done)
      if (waiting.length) await Promise.race([Promise.all(waiting), new Promise((r) => realSetTimeout(r, RESPONSE_WAIT_MS))])
      // A request that never got a response (aborted, or answered with a network error) is not waited for again.
      pending.clear()
      const found = violations
      violations = []
      return found
    },
  }
}
