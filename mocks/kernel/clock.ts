// The mock's clock. Everything the simulated backend does "later" (support answers, confirmations,
// session expiry) compares stored times with `now()`, never with timers, so it settles correctly
// after a reload, in every tab, and in tests that move the clock (vi.setSystemTime).
let offsetMs = 0

export function now(): number {
  return Date.now() + offsetMs
}

export function nowIso(): string {
  return new Date(now()).toISOString()
}

/** Moves the mock clock forward (or back) by `ms`, for QA and the API server. */
export function advanceClock(ms: number): void {
  offsetMs += ms
}

export function resetClock(): void {
  offsetMs = 0
}
