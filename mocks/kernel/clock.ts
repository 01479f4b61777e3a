// The mock's clock. Everything the simulated backend does "later" (support answers, confirmations,
// session expiry) compares stored times with `now()`, never with timers, so it settles correctly
// after a reload, in every tab, and in tests that move the clock (vi.setSystemTime).
// One place to take the time from, so QA's clock (issue 14) can later move it for the whole mock.
export function now(): number {
  return Date.now()
}

export function nowIso(): string {
  return new Date(now()).toISOString()
}
