// Work put off until the first page has shown (src/composables/whenIdle.ts) waits for the page's
// requests to be answered, not only for an idle moment: the main thread idles while they are on
// their way, and work started then is in the way of their answers.
import { describe, expect, it, vi } from 'vitest'
import { api } from '@/api/client'
import { FALLBACK_DELAY_MS, IDLE_TIMEOUT_MS, whenIdle } from '@/composables/whenIdle'
import { useFakeIdleTimers } from '../helpers/idleTimers'

describe('whenIdle', () => {
  useFakeIdleTimers()

  it('runs once the requests on their way are answered and the browser is idle', async () => {
    let answer!: (response: Response) => void
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    const request = api.get('/home/summary')
    const run = vi.fn()
    whenIdle(run)
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS * 2)
    expect(run).not.toHaveBeenCalled()
    answer(Response.json({}))
    await request
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS + 10)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('does not wait for a request that hangs for longer than a while, and runs once', async () => {
    // Hangs until aborted (at the end, so the next test starts with nothing on its way).
    vi.spyOn(globalThis, 'fetch').mockImplementation((_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))))
    const hanging = new AbortController()
    const request = api.get('/home/summary', { signal: hanging.signal }).catch(() => undefined)
    const run = vi.fn()
    whenIdle(run)
    await vi.advanceTimersByTimeAsync(IDLE_TIMEOUT_MS + FALLBACK_DELAY_MS + 10)
    expect(run).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(IDLE_TIMEOUT_MS * 2)
    expect(run).toHaveBeenCalledTimes(1)
    hanging.abort()
    await request
  })

  it('runs when idle when nothing is on its way', async () => {
    const run = vi.fn()
    whenIdle(run)
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS + 10)
    expect(run).toHaveBeenCalledTimes(1)
  })
})
