// The API contract at run time: which operation of openapi/ a request is, and whether its query
// and body are what the document allows. The validators are compiled at build time
// (contract/validators.gen.js, `npm run gen:contract`), so no schema compiler ships to the browser.
// Types, enums, required and unknown fields are checked here; the domain's value rules (lengths,
// checksums) stay in the yup schemas the handlers share with the forms.
// The body validators are most of that code, so they are a chunk of their own, loaded by the first
// request with a body (the pipeline awaits loadBodyValidators()); reads need only the query ones.
import { errorCodes, operations, requestValidators, type ContractError, type ContractValidator } from './contract/validators.gen'

let bodyValidators: Record<string, ContractValidator> | null = null
let loadingBodies: Promise<void> | null = null

/** Loads the request body validators (once; a failed chunk load is tried again by the next call). */
export function loadBodyValidators(): Promise<void> {
  loadingBodies ??= import('./contract/bodies.gen').then(
    (module) => void (bodyValidators = module.bodyValidators),
    (error: unknown) => {
      loadingBodies = null
      throw error
    },
  )
  return loadingBodies
}

export type OperationMatch = { operationId: string; pathTemplate: string; params: Record<string, string> }
/** The path exists with other methods: a 405, with `allow` for its `Allow` header. */
export type MethodNotAllowed = { notAllowed: true; allow: string[] }

export interface RequestInput {
  /** The parsed JSON body (when `hasBody`). */
  body?: unknown
  /** Whether the request carried a body at all. */
  hasBody: boolean
  query: URLSearchParams
}

interface Route {
  pathTemplate: string
  pattern: RegExp
  names: string[]
  byMethod: Map<string, string>
}

/** Literal paths before parameterised ones (`/referral/request` before `/referral/{x}`, should both exist). */
const routes: Route[] = buildRoutes()

function buildRoutes(): Route[] {
  const byTemplate = new Map<string, Route>()
  for (const { method, pathTemplate, operationId } of operations) {
    let route = byTemplate.get(pathTemplate)
    if (!route) {
      const names: string[] = []
      const source = pathTemplate
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1]
          if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          names.push(name)
          return '([^/]+)'
        })
        .join('')
      route = { pathTemplate, pattern: new RegExp(`^${source}$`), names, byMethod: new Map() }
      byTemplate.set(pathTemplate, route)
    }
    route.byMethod.set(method, operationId)
  }
  return [...byTemplate.values()].sort((a, b) => a.names.length - b.names.length || b.pathTemplate.length - a.pathTemplate.length)
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The operation `method path` is (`path` after /api/v1, e.g. `/tickets/12`): null for a path the
 * API does not have (404), `notAllowed` for a path it has with other methods (405).
 */
export function matchOperation(method: string, path: string): OperationMatch | MethodNotAllowed | null {
  let allowed: string[] | null = null
  for (const route of routes) {
    const found = route.pattern.exec(path)
    if (!found) continue
    const operationId = route.byMethod.get(method.toUpperCase())
    if (operationId) {
      const params = Object.fromEntries(route.names.map((name, i) => [name, decode(found[i + 1] ?? '')]))
      return { operationId, pathTemplate: route.pathTemplate, params }
    }
    allowed ??= [...route.byMethod.keys()]
  }
  return allowed ? { notAllowed: true, allow: allowed } : null
}

/** Field error codes of each keyword; locale keys under `validation.` (the client words them). */
const CODE_OF_KEYWORD: Record<string, string> = {
  required: 'validation.required',
  additionalProperties: 'validation.unknownField',
  unevaluatedProperties: 'validation.unknownField',
  type: 'validation.type',
  enum: 'validation.oneOf',
  const: 'validation.oneOf',
  maxLength: 'validation.tooLong',
  minimum: 'validation.outOfRange',
  maximum: 'validation.outOfRange',
  maxItems: 'validation.tooLong',
  maxProperties: 'validation.tooLong',
}
const COMPOSITE = new Set(['oneOf', 'anyOf', 'not', 'if'])
const BODY = 'body'

/** `/values/inn` → `values.inn`; the body itself is `body`. */
function fieldOf(error: ContractError): string {
  const missing = error.keyword === 'required' ? error.params.missingProperty : undefined
  const extra = error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties' ? (error.params.additionalProperty ?? error.params.unevaluatedProperty) : undefined
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const child = missing ?? extra
  if (typeof child === 'string') segments.push(child)
  return segments.length ? segments.join('.') : BODY
}

/** Which error of one field to tell: the most basic one (unknown or missing, then type, then value). */
function rank(keyword: string, composite: boolean, hasValueError: boolean): number {
  if (keyword === 'required' || keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') return 0
  // Inside `oneOf: [X, null]` a type error only says the value is not null: the other branch's error tells more.
  if (keyword === 'type') return composite && hasValueError ? 3 : 1
  if (keyword === 'enum' || keyword === 'const') return 2
  return 2.5
}

function fieldErrors(errors: ContractError[] | null | undefined, overrides: Record<string, Record<string, string>> = {}): Record<string, string> {
  const byField = new Map<string, ContractError[]>()
  for (const error of errors ?? []) {
    const field = fieldOf(error)
    byField.set(field, [...(byField.get(field) ?? []), error])
  }
  const result: Record<string, string> = {}
  for (const [field, list] of byField) {
    const composite = list.some((e) => COMPOSITE.has(e.keyword))
    const concrete = list.filter((e) => !COMPOSITE.has(e.keyword))
    const hasValueError = concrete.some((e) => e.keyword !== 'type')
    const chosen = concrete.sort((a, b) => rank(a.keyword, composite, hasValueError) - rank(b.keyword, composite, hasValueError))[0]
    const keyword = chosen?.keyword ?? 'type'
    result[field] = overrides[field]?.[keyword] ?? CODE_OF_KEYWORD[keyword] ?? 'validation.invalid'
  }
  return result
}

/** A number written plainly (`5`, `-2`, `0.5`): no blanks, exponents, hex or empty text. */
const DECIMAL = /^-?\d+(\.\d+)?$/

/**
 * Query parameters as the validators see them: a repeated one as an array (which is refused), one
 * the contract declares a number as a number when it is written as one (`limit=5` → 5), else as
 * the text it is, which then fails the type (`limit=abc` → `validation.type`).
 */
function queryObject(query: URLSearchParams, numeric: readonly string[] = []): Record<string, string | string[] | number> {
  const result: Record<string, string | string[] | number> = {}
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key)
    const value = values.length === 1 ? values[0]! : values
    result[key] = typeof value === 'string' && numeric.includes(key) && DECIMAL.test(value) ? Number(value) : value
  }
  return result
}

/**
 * Checks a request of `operationId` against the contract: field → error code (`subject`,
 * `values.inn`, `status` for a query parameter, `body` for the body itself), or null when valid.
 * A request with a body needs the body validators loaded (loadBodyValidators).
 */
export function validateRequest(operationId: string, input: RequestInput): Record<string, string> | null {
  const validators = requestValidators[operationId]
  const operation = operations.find((op) => op.operationId === operationId)
  if (!validators || !operation) throw new Error(`The contract has no operation ${operationId}`)
  const errors: Record<string, string> = {}

  if (!validators.query(queryObject(input.query, validators.numericQuery))) Object.assign(errors, fieldErrors(validators.query.errors))

  if (operation.body === 'none') {
    if (input.hasBody) errors[BODY] = 'validation.unexpectedBody'
  } else if (!input.hasBody) {
    if (operation.body === 'required') errors[BODY] = 'validation.required'
  } else {
    if (!bodyValidators) throw new Error('The body validators are not loaded: await loadBodyValidators() first')
    const body = bodyValidators[operationId]
    if (body && !body(input.body)) Object.assign(errors, fieldErrors(body.errors, errorCodes[operationId]))
  }
  return Object.keys(errors).length ? errors : null
}
