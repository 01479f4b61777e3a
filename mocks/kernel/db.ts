// Access to the mock data. The stored JSON is parsed once and kept while the stored text stays the
// same, so a request costs one read of the stored string, not a parse; when another tab (or
// another browser, through the API server's file) writes, the next request sees the new data,
// which is what makes a stale ETag possible, as with a real backend.
//
// Handlers read with `readDb()` and change data only inside `updateDb()`, which writes the result
// back at once (a write the storage refuses throws StorageFullError, answered as a 507 problem,
// and the change is dropped).
import { createSeed, SEED_VERSION } from '../seed'
import { now } from './clock'
import { isUsableDbState, loadDbStateValidator, loadedDbStateValidator, needsDbCheckBeforeUse, stampOf } from './dbCheck'
import type { DbState } from './schema'
import { dbStorage, StorageFullError } from './storage'

export type { DbState } from './schema'

/**
 * Something the simulated backend does "after a while" (support confirms a profile change): it
 * applies whatever has become due by `now` and says whether it changed anything. Run on every
 * read, so every handler (and every tab) sees the same state without timers.
 */
export type DbSettler = (db: DbState, now: number) => boolean
const settlers = new Set<DbSettler>()

export function registerDbSettler(settler: DbSettler): void {
  settlers.add(settler)
}

/** Why the data was seeded afresh although something was stored. */
export type DbResetReason = 'invalid' | 'outdated'
type ResetListener = (reason: DbResetReason) => void
const resetListeners = new Set<ResetListener>()

/** The browser tells the user when their demo data had to be reset (it was broken or outdated). */
export function onDbReset(listener: ResetListener): () => void {
  resetListeners.add(listener)
  return () => resetListeners.delete(listener)
}

/**
 * The parsed data and the text it was parsed from (or stored as). A read compares the stored text
 * with `raw`: in the browser both are the string localStorage hands out, the same one while
 * nothing has written, so the comparison costs nothing, and any write (this mock's, another tab's,
 * a test's or a person's without the stamp) is seen by the next request.
 */
let cache: { raw: string; state: DbState } | null = null

function store(state: DbState): void {
  const raw = JSON.stringify(state)
  const storage = dbStorage()
  try {
    storage.write(raw)
  } catch (error) {
    cache = null // the in-memory copy holds the refused change: read the stored one again
    throw error
  }
  bookkeepingPending = false // written with the rest
  // Keeps the storage's own copy when it is free to get (localStorage, outside the JS heap), so
  // the JSON text made here (650 KB for the seed, two bytes a character) is not kept in the heap.
  const kept = (storage.sharedRead && storage.read()) || raw
  storage.writeStamp?.(stampOf(kept))
  cache = { raw: kept, state }
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return null
  }
}

function seedAfresh(reason: DbResetReason | null): DbState {
  const seeded = createSeed()
  store(seeded)
  if (reason) for (const listener of resetListeners) listener(reason)
  return seeded
}

function load(): DbState {
  const storage = dbStorage()
  const raw = storage.read()
  if (raw === null) return seedAfresh(null)
  if (cache?.raw === raw) return cache.state
  const value = parse(raw)
  // Anything but the current data is replaced by the seed, and the listeners are told why:
  // a copy of an older seed is 'outdated', whatever else is there 'invalid'.
  const version = value && typeof value === 'object' && 'version' in value ? value.version : undefined
  if (typeof version === 'number' && version < SEED_VERSION) return seedAfresh('outdated')
  if (version !== SEED_VERSION || !isUsableDbState(value, raw, storage.readStamp?.() ?? null)) return seedAfresh('invalid')
  cache = { raw, state: value }
  return value
}

/**
 * Awaited before every handler (guard.ts): stored text that this mock did not stamp (written by
 * hand, by a test, copied from another browser) needs the check, a lazy chunk, before it is read
 * (kernel/dbCheck.ts). Nothing to do once the check has loaded or while the text is the one read.
 */
export async function dbReadable(): Promise<void> {
  if (loadedDbStateValidator()) return
  const storage = dbStorage()
  const raw = storage.read()
  if (raw === null || cache?.raw === raw) return
  if (needsDbCheckBeforeUse(raw, storage.readStamp?.() ?? null)) await loadDbStateValidator()
}

/**
 * The full check of data used on the strength of this mock's stamp, once the validator has loaded
 * (kernel/dbCheck.ts): a copy that fails it is re-seeded and the listeners told, as on a read.
 */
export function verifyCachedDb(): void {
  const validate = loadedDbStateValidator()
  if (!validate || !cache || validate(cache.state)) return
  cache = null
  seedAfresh('invalid')
}

/**
 * The same full check, made by `check` on the stored text of the data in use (the browser has a
 * worker do it: kernel/dbCheckOffThread.ts). A copy that fails it is re-seeded and the listeners
 * told; changes made to it while the check ran go with it (they were made to broken data).
 */
export async function verifyCachedDbText(check: (raw: string) => Promise<boolean>): Promise<void> {
  const checked = cache
  if (!checked || (await check(checked.raw))) return
  cache = null
  seedAfresh('invalid')
}

/** The current data with everything due by now settled; seeds it when nothing valid is stored. */
export function readDb(): DbState {
  const db = load()
  const at = now()
  let changed = false
  for (const settler of settlers) changed = settler(db, at) || changed
  if (changed) store(db)
  return db
}

/** Reads, lets `change` modify the data, and stores the result. Returns what `change` returns. */
export function updateDb<T>(change: (db: DbState) => T): T {
  const db = readDb()
  let result: T
  try {
    result = change(db)
  } catch (error) {
    cache = null // a half-made change must not stay in the cached copy
    throw error
  }
  store(db)
  return result
}

/**
 * Bookkeeping (when a session was last active, a key last used) is only a hint, and writing all of
 * the data for it would cost the first request of a page load a stringify, a write and a stamp. So
 * where a scheduler is set (the browser: when the page is idle), the change goes into the data in
 * use at once, for every request of this tab to see, and is stored later, with the next real change
 * if one comes first. Without a scheduler (tests, the API server) it is stored at once.
 */
type WriteScheduler = (flush: () => void) => void
const writeNow: WriteScheduler = (flush) => flush()
let scheduleBookkeeping: WriteScheduler = writeNow
let bookkeepingPending = false

export function deferBookkeepingWrites(schedule: WriteScheduler | null): void {
  scheduleBookkeeping = schedule ?? writeNow
}

/**
 * Stores bookkeeping not yet written; dropped when another tab has written since, and skipped when
 * the storage is full (it was a hint, and must not make a request fail).
 */
export function flushBookkeeping(): void {
  if (!bookkeepingPending) return
  bookkeepingPending = false
  if (!cache || dbStorage().read() !== cache.raw) return
  try {
    store(cache.state)
  } catch (error) {
    if (!(error instanceof StorageFullError)) throw error
  }
}

/** Applies a bookkeeping change (see above) and returns the data as it is now. */
export function touchDb(change: (db: DbState) => void): DbState {
  const db = readDb()
  change(db)
  if (!bookkeepingPending) {
    bookkeepingPending = true
    scheduleBookkeeping(flushBookkeeping)
  }
  return db
}

/** Replaces the whole data with a checked copy (QA's "Import"); a refused write keeps the stored one. */
export function replaceDb(state: DbState): void {
  cache = null
  store(state)
}

/** Back to the seed (QA's "reset data", and every test's beforeEach). */
export function resetDb(): void {
  cache = null
  dbStorage().clear()
  store(createSeed())
}
