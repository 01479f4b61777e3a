// Types of bodies.gen.js (written by scripts/gen-contract.mjs from openapi/). Hand-written.
// The mock imports it lazily (kernel/contract.ts): a chunk of its own, loaded by the first request
// with a body.
import type { ContractValidator } from './validators.gen'

/** The validator of each operation's request body (the operations that take one), by operationId. */
export declare const bodyValidators: Record<string, ContractValidator>
