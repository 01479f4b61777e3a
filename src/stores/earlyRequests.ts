// Requests a page needs, started as the navigation to it starts (src/router/routeData.ts), in
// parallel with the page's code. The store's own call for the same data (same key, same login)
// joins the early one instead of sending a second request, once; every later call (a retry, a
// refresh) goes to the API as before. The store keeps its loading and error states: an early
// request that fails fails that call, as its own request would have.
import { getAuthToken } from '@/api/client'

/** An early answer older than this is not used: the page did not come (another navigation won). */
export const EARLY_FRESH_MS = 10_000

interface Entry {
  promise: Promise<unknown>
  startedAt: number
  settled: boolean
  /** Started by the router, not yet taken by the store. */
  early: boolean
}

const entries = new Map<string, Entry>()

// The same data for another login is other data.
const scoped = (key: string) => `${getAuthToken() ?? ''}\n${key}`
const fresh = (entry: Entry) => Date.now() - entry.startedAt < EARLY_FRESH_MS

function track(key: string, promise: Promise<unknown>, early: boolean): Entry {
  const entry: Entry = { promise, startedAt: Date.now(), settled: false, early }
  const done = () => {
    entry.settled = true
    // The store's own request is forgotten once answered; an early one waits to be taken.
    if (!entry.early && entries.get(key) === entry) entries.delete(key)
  }
  // Also marks a rejection as handled: an early request nobody takes must not be an unhandled error.
  promise.then(done, done)
  entries.set(key, entry)
  return entry
}

/** From the router: starts `request` unless the same one is already on its way. */
export function startEarly(key: string, request: () => Promise<unknown>): void {
  const id = scoped(key)
  const running = entries.get(id)
  if (running && !running.settled && fresh(running)) return
  track(id, request(), true)
}

/** From the store: the early request for `key` if there is a fresh one, else `request()`. */
export function joinEarly<T>(key: string, request: () => Promise<T>): Promise<T> {
  const id = scoped(key)
  const entry = entries.get(id)
  if (entry?.early) {
    entries.delete(id)
    if (fresh(entry)) return entry.promise as Promise<T>
  }
  const promise = request()
  // Running: an early start for the same data that comes after it joins it rather than sending another.
  track(id, promise, false)
  return promise
}

/** Forgets every early request (tests). */
export function clearEarlyRequests(): void {
  entries.clear()
}
