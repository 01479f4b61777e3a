// Whether an imported file can become the mock data: JSON, made with this seed version, and of the
// shape of DbState (the validator the contract generation compiles from dbState.schema.json, the
// same one that checks the stored copy). The errors are worded for people: "/users/0/email: must
// be string". The validator stops at the first error, so the list is short; it is capped anyway.
import type { ContractError } from '../kernel/contract/validators.gen'
import { loadDbStateValidator } from '../kernel/dbCheck'
import type { DbState } from '../kernel/schema'
import { SEED_VERSION } from '../seed'

export interface ImportError {
  /** A JSON pointer into the file (`/users/0/email`); `/` for the whole file. */
  path: string
  message: string
}

export const MAX_IMPORT_ERRORS = 20

export type ImportCheck = { ok: true; state: DbState } | { ok: false; errors: ImportError[] }

const refuse = (...errors: ImportError[]): ImportCheck => ({ ok: false, errors: errors.slice(0, MAX_IMPORT_ERRORS) })

/** ajv's messages, which the generated code leaves out to stay small. */
function messageOf({ keyword, params }: ContractError): string {
  const p = params as Record<string, string | number | unknown[]>
  switch (keyword) {
    case 'type':
      return `must be ${String(p.type)}`
    case 'required':
      return `must have required property '${String(p.missingProperty)}'`
    case 'additionalProperties':
      return `must not have the property '${String(p.additionalProperty)}'`
    case 'unevaluatedProperties':
      return `must not have the property '${String(p.unevaluatedProperty)}'`
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)}`
    case 'minLength':
      return `must have at least ${String(p.limit)} characters`
    case 'maxLength':
      return `must have at most ${String(p.limit)} characters`
    case 'minItems':
      return `must have at least ${String(p.limit)} items`
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`
    case 'pattern':
      return `must match the pattern ${String(p.pattern)}`
    case 'format':
      return `must be a valid ${String(p.format)}`
    case 'anyOf':
    case 'oneOf':
      return 'must match one of the allowed shapes'
    default:
      return `breaks the rule "${keyword}"`
  }
}

/** Checks the text of an import file; the stored data is not read or changed. */
export async function checkImport(text: string): Promise<ImportCheck> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return refuse({ path: '/', message: `is not JSON (${error instanceof Error ? error.message : String(error)})` })
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return refuse({ path: '/', message: 'must be an object (an export of the mock data)' })
  const version = (value as { version?: unknown }).version
  if (typeof version === 'number' && version !== SEED_VERSION) {
    return refuse({ path: '/version', message: `the file was made with seed version ${version}, this panel uses ${SEED_VERSION}` })
  }
  const validateDbState = await loadDbStateValidator()
  if (!validateDbState(value)) {
    const errors = validateDbState.errors ?? []
    if (!errors.length) return refuse({ path: '/', message: 'does not have the shape of the mock data' })
    return refuse(...errors.map((error) => ({ path: error.instancePath || '/', message: messageOf(error) })))
  }
  return { ok: true, state: value as DbState }
}
