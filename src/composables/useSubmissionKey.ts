// The Idempotency-Key of a form that moves money: one per submission. Sending the same values again
// (a second click, a retry after a failure whose answer never came) reuses the key, so the API
// answers the first result instead of paying or transferring twice; other values are another
// submission with a new key, and so is the next one after a success.
export function useSubmissionKey() {
  let current: { fingerprint: string; key: string } | null = null

  /** The key for sending `values` (the whole request body). */
  function keyFor(values: unknown): string {
    const fingerprint = JSON.stringify(values)
    if (current?.fingerprint !== fingerprint) current = { fingerprint, key: crypto.randomUUID() }
    return current.key
  }

  /** The submission went through: the next one is a new one. */
  function done() {
    current = null
  }

  return { keyFor, done }
}
