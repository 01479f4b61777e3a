// Whether a stored value has the shape of the mock data, checked when it is read: a broken copy in
// localStorage or in the API server's file is re-seeded instead of breaking every request. The
// validator is ajv standalone code generated from contract/dbState.schema.json (no compiler ships).
import { validateDbState } from './contract'
import type { DbState } from './schema'

export function isDbState(value: unknown): value is DbState {
  return validateDbState(value)
}
