// Types of dbState.gen.js (written by scripts/gen-contract.mjs from dbState.schema.json).
// Hand-written. The mock imports it lazily (kernel/dbCheck.ts): it is a chunk of its own.
import type { ContractValidator } from './validators.gen'

/** Whether a stored value has the shape of DbState; the first error is on `.errors`. */
export declare const validateDbState: ContractValidator
