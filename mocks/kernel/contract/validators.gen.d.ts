// Types of the generated validators (validators.gen.js, written by scripts/gen-contract.mjs from
// openapi/). Hand-written, and generic on purpose: a new operation needs no change here.

/** One error of an ajv validator (ajv's ErrorObject, without the messages the code leaves out). */
export interface ContractError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
}

/** An ajv standalone validator: true when valid, else the errors are on `.errors`. */
export interface ContractValidator {
  (data: unknown): boolean
  errors?: ContractError[] | null
}

export interface ContractOperation {
  method: string
  /** The path under /api/v1, with `{name}` parameters (`/tickets/{id}`). */
  pathTemplate: string
  operationId: string
  /** Whether the operation takes a JSON body, and whether it must have one. */
  body: 'none' | 'optional' | 'required'
}

export declare const operations: ContractOperation[]
/**
 * The query validator of each operation; `numericQuery` names its query parameters of `type: integer`
 * or `number`, which arrive as text and are converted before `query` checks them. The body
 * validators are in bodies.gen.js (loaded lazily).
 */
export declare const requestValidators: Record<string, { query: ContractValidator; numericQuery?: string[] }>
/** `x-error-codes` of the request bodies: operationId → field path → keyword → field error code. */
export declare const errorCodes: Record<string, Record<string, Record<string, string>>>
/** A fingerprint of dbState.schema.json; its validator is in dbState.gen.js (loaded lazily). */
export declare const DB_STATE_SCHEMA_HASH: string
