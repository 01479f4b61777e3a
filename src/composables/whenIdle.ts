// Work that can wait until the first page has shown (the route prefetch, the rest of the messages,
// the QA button, the mock's check of its stored data): run once the page has the data it asked for
// and the browser is idle, or after a while where it cannot say (Safari). Idle alone comes too
// early: the main thread idles while the first answers are on their way, and work started then
// (chunks to compile and run) is in the way when they arrive.
import { whenApiQuiet } from '@/api/client'

/** How long the browser may stay busy before the task runs anyway. */
export const IDLE_TIMEOUT_MS = 5_000
/** Where requestIdleCallback is missing: this long after the call. */
export const FALLBACK_DELAY_MS = 2_000

export function whenIdle(run: () => void): void {
  let started = false
  const idle = () => {
    if (started) return
    started = true
    if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(() => run(), { timeout: IDLE_TIMEOUT_MS })
    else setTimeout(run, FALLBACK_DELAY_MS)
  }
  void whenApiQuiet().then(idle)
  // A request that hangs (a QA timeout rule) does not hold the work back for long.
  setTimeout(idle, IDLE_TIMEOUT_MS)
}
