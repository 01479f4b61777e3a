// Whether a stored value has the shape of the mock data, checked when it is read: a broken copy in
// localStorage or in the API server's file is re-seeded instead of breaking every request. The
// validator is ajv standalone code generated from contract/dbState.schema.json (no compiler ships).
//
// The validator is large (~170 KB, as big as the rest of the contract), so it is a chunk of its own
// that the mock loads when it has stored data to check, not part of the mock chunk:
// - this mock stamps what it writes (the schema's fingerprint, the text's length and a sample
//   hash): a page load that finds its own stamp on the stored text uses it at once, and the full
//   check follows as soon as the validator has loaded (browser.ts loads it after start; a copy
//   that fails is re-seeded then, and the page told, as before);
// - stored text without this mock's stamp (edited by hand, copied from another browser, written
//   with another schema, a server file) waits for the validator: at start (browser.ts, server.ts,
//   tests/setup.ts) and before any handler reads it (dbReadable in db.ts, awaited by guard.ts).
import type { ContractValidator } from './contract/validators.gen'
import { DB_STATE_SCHEMA_HASH } from './contract/validators.gen'
import type { DbState } from './schema'

let validator: ContractValidator | null = null
let loading: Promise<ContractValidator> | null = null

/** Loads the DbState validator (once; a failed chunk load is tried again by the next call). */
export function loadDbStateValidator(): Promise<ContractValidator> {
  loading ??= import('./contract/dbState.gen').then(
    (module) => (validator = module.validateDbState),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** The validator once loaded, with `.errors` after a failed check (QA's import shows them). */
export function loadedDbStateValidator(): ContractValidator | null {
  return validator
}

/** At most this many characters of the text go into the stamp's hash, evenly spread. */
const STAMP_SAMPLE = 65536

/**
 * What this mock writes beside the stored text: the schema's fingerprint, the length and an
 * FNV-1a hash of a sample of the text. Cheap on every write (under a millisecond, where hashing
 * all of a large state would not be); an edit that keeps the length and misses the sample passes
 * it, and is then caught by the full check that follows.
 */
export function stampOf(raw: string): string {
  // A page load asks for the stamp of the same stored text two or three times (is it ours? may it
  // be used?); the text is the very string localStorage hands out, so the check below is cheap.
  if (lastStamp?.raw === raw) return lastStamp.stamp
  const stamp = computeStamp(raw)
  lastStamp = { raw, stamp }
  return stamp
}
let lastStamp: { raw: string; stamp: string } | null = null

function computeStamp(raw: string): string {
  const step = Math.max(1, Math.floor(raw.length / STAMP_SAMPLE))
  let hash = 0x811c9dc5
  for (let i = 0; i < raw.length; i += step) hash = Math.imul(hash ^ raw.charCodeAt(i), 0x01000193)
  return `${DB_STATE_SCHEMA_HASH}:${raw.length}:${(hash >>> 0).toString(36)}`
}

/** The stored data is not this mock's own and cannot be checked yet (nothing awaited the validator). */
export class DbNotCheckedError extends Error {
  constructor() {
    super('the stored mock data has to be checked first: await loadDbStateValidator()')
    this.name = 'DbNotCheckedError'
  }
}

/**
 * Whether `value` (parsed from the stored `raw`, with the `stamp` stored beside it) may be used: the
 * validator's answer once it is loaded; before that, yes when the stamp is this mock's for this
 * text (checked in full when the validator arrives, see verifyCachedDb in db.ts), else an error.
 */
export function isUsableDbState(value: unknown, raw: string, stamp: string | null): value is DbState {
  if (validator) return validator(value)
  if (stamp !== null && stamp === stampOf(raw) && !!value && typeof value === 'object') return true
  void loadDbStateValidator().catch(() => {})
  throw new DbNotCheckedError()
}

/** Whether the stored data will need the validator before it can be used (unstamped or not this mock's). */
export function needsDbCheckBeforeUse(raw: string | null, stamp: string | null): boolean {
  return raw !== null && !validator && stamp !== stampOf(raw)
}
