// QA's "Clock" section: the mock clock (mocks/kernel/clock.ts) that everything "later" follows.
//   GET  /__qa/clock → {now, offsetMs, frozenAt}
//   POST /__qa/clock {advanceMs?: number > 0, frozenAt?: ISO time | null, reset?: true} → the same,
//        after the change (reset first, then freezing or unfreezing, then advancing); 422 on a wrong field.
// tests/e2e/support.ts (advanceMockClock) moves the clock through it.
import { http, HttpResponse } from 'msw'
import { advanceClock, clockState, nowIso, resetClock, setFrozenClock } from '../kernel/clock'
import { guarded } from '../kernel/guard'
import { validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import { QA_PATH } from './path'

/** A year: more is a typo, not a test. */
export const MAX_ADVANCE_MS = 366 * 24 * 3_600_000

interface ClockChange {
  advanceMs?: unknown
  frozenAt?: unknown
  reset?: unknown
}

function clockAnswer() {
  const { offsetMs, frozenAt } = clockState()
  return HttpResponse.json({ now: nowIso(), offsetMs, frozenAt })
}

function errorsOf(change: Partial<ClockChange> | null): Record<string, string> {
  if (!change) return { body: 'validation.required' }
  const errors: Record<string, string> = {}
  const { advanceMs, frozenAt, reset } = change
  if (advanceMs === undefined && frozenAt === undefined && reset === undefined) errors.advanceMs = 'validation.required'
  if (advanceMs !== undefined && !(typeof advanceMs === 'number' && Number.isFinite(advanceMs) && advanceMs > 0 && advanceMs <= MAX_ADVANCE_MS)) errors.advanceMs = 'validation.outOfRange'
  if (frozenAt !== undefined && frozenAt !== null && !(typeof frozenAt === 'string' && !Number.isNaN(Date.parse(frozenAt)))) errors.frozenAt = 'validation.date'
  if (reset !== undefined && reset !== true) errors.reset = 'validation.invalid'
  return errors
}

export const clockHandlers = [
  http.get(
    `${QA_PATH}/clock`,
    guarded(() => clockAnswer()),
  ),

  http.post(
    `${QA_PATH}/clock`,
    guarded(async ({ request }) => {
      const change = await readJson<ClockChange>(request)
      const errors = errorsOf(change)
      if (!change || Object.keys(errors).length) return validationProblem(errors)
      if (change.reset === true) resetClock()
      if (change.frozenAt !== undefined) setFrozenClock(change.frozenAt as string | null)
      if (typeof change.advanceMs === 'number') advanceClock(Math.round(change.advanceMs))
      return clockAnswer()
    }),
  ),
]
