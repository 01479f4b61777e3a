// The simulated network in front of every mock handler: realistic latency in the browser (none in
// Node tests) and failures QA can force. QA settings live in localStorage so they survive a reload:
//   ccp.mock.latency  = "0" | "1500" | "100-400"   (ms, fixed or a range)
//   ccp.mock.fail     = "GET /home/summary, * /settings"   (method and path suffix; * = any method)
import { http } from 'msw'
import { API, problem } from './http'

const DEFAULT_LATENCY: [number, number] = [100, 400]

/** A QA setting from localStorage (never under Vitest, where tests set things up themselves). */
export function qaSetting(key: string): string | null {
  if (typeof window === 'undefined' || import.meta.env.MODE === 'test') return null
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

/** A QA-tunable delay in milliseconds (see mocks/delays.ts); a missing or bad value gives the fallback. */
export function qaDelay(key: string, fallback: number): number {
  const raw = qaSetting(key)
  const value = raw === null ? Number.NaN : Number.parseInt(raw, 10)
  return Number.isNaN(value) || value < 0 ? fallback : value
}

export function latencyRange(): [number, number] {
  if (typeof window === 'undefined' || import.meta.env.MODE === 'test') return [0, 0]
  const raw = qaSetting('ccp.mock.latency')
  if (raw === null) return DEFAULT_LATENCY
  const [min, max] = raw.split('-').map((n) => Number.parseInt(n, 10))
  if (min === undefined || Number.isNaN(min)) return DEFAULT_LATENCY
  return [min, max === undefined || Number.isNaN(max) ? min : max]
}

function shouldFail(method: string, path: string): boolean {
  const raw = qaSetting('ccp.mock.fail')
  if (!raw) return false
  return raw
    .split(',')
    .map((rule) => rule.trim().split(/\s+/))
    .some(([m, p]) => p !== undefined && (m === '*' || m?.toUpperCase() === method) && path.endsWith(p))
}

/** Runs before the domain handlers: waits, then fails the request if QA asked for it. */
export const networkHandlers = [
  http.all(`${API}/*`, async ({ request }) => {
    const [min, max] = latencyRange()
    const wait = min + Math.random() * (max - min)
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const path = new URL(request.url).pathname
    if (shouldFail(request.method, path)) return problem(503, 'server.unavailable')
    // Falling through (no return) lets the matching domain handler answer.
    return undefined
  }),
]

