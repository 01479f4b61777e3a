// Access to the mock data. Every request reads the stored copy afresh, so two tabs of the panel
// see each other's changes (which is what makes a stale ETag possible, as with a real backend).
import { clearStored, readStored, writeStored } from './persistence'
import type { DbState } from './schema'
import { createSeed, SEED_VERSION } from './seed'

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

function settle(db: DbState): DbState {
  const now = Date.now()
  let changed = false
  for (const settler of settlers) changed = settler(db, now) || changed
  if (changed) writeStored(db)
  return db
}

/** The current data; seeds it when nothing (or an older version) is stored. */
export function readDb(): DbState {
  const stored = readStored()
  if (stored && stored.version === SEED_VERSION) return settle(stored)
  const seeded = createSeed()
  writeStored(seeded)
  return seeded
}

/** Reads, lets `change` modify the data, and stores the result. Returns what `change` returns. */
export function updateDb<T>(change: (db: DbState) => T): T {
  const db = readDb()
  const result = change(db)
  writeStored(db)
  return result
}

/** Back to the seed (QA's "reset data", and every test's beforeEach). */
export function resetDb(): void {
  clearStored()
  writeStored(createSeed())
}
