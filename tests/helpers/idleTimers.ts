// Tests of work put off until idle (src/composables/whenIdle.ts): fake timers, and no
// requestIdleCallback, so the fallback delay (FALLBACK_DELAY_MS) is what they advance.
import { afterEach, beforeEach, vi } from 'vitest'

export function useFakeIdleTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })
}
