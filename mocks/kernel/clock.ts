// The mock's clock. Everything the simulated backend does "later" (support answers, confirmations,
// session expiry) compares stored times with `now()`, never with timers, so it settles correctly
// after a reload, in every tab, and in tests that move the clock (vi.setSystemTime).
// QA moves it for the whole mock (issue 14): the setting `ccp.mock.clock` = {offsetMs, frozenAt}
// puts it ahead of the system clock, or stops it at one moment (screenshots: `?qa-freeze=<ISO>`).
import { QA_SETTINGS, qaSetting, setQaSetting } from './qaSettings'

export interface ClockState {
  /** Added to the system clock while the clock runs. */
  offsetMs: number
  /** The moment the clock stands at (ISO), or null while it runs. */
  frozenAt: string | null
}

const RUNNING: ClockState = { offsetMs: 0, frozenAt: null }

let cache: { raw: string | null; state: ClockState; frozenMs: number } = { raw: null, state: RUNNING, frozenMs: Number.NaN }

/** A stored value QA (or a hand) wrote; anything malformed is the plain system clock. */
function parse(raw: string | null): ClockState {
  if (raw === null) return RUNNING
  try {
    const value = JSON.parse(raw) as Partial<ClockState> | null
    const offsetMs = value?.offsetMs ?? 0
    const frozenAt = value?.frozenAt ?? null
    if (typeof offsetMs !== 'number' || !Number.isFinite(offsetMs)) return RUNNING
    if (frozenAt !== null && (typeof frozenAt !== 'string' || Number.isNaN(Date.parse(frozenAt)))) return RUNNING
    return { offsetMs, frozenAt }
  } catch {
    return RUNNING
  }
}

function current(): { state: ClockState; frozenMs: number } {
  const raw = qaSetting(QA_SETTINGS.clock)
  if (raw !== cache.raw) {
    const state = parse(raw)
    cache = { raw, state, frozenMs: state.frozenAt === null ? Number.NaN : Date.parse(state.frozenAt) }
  }
  return cache
}

export function now(): number {
  const { state, frozenMs } = current()
  return state.frozenAt !== null ? frozenMs : Date.now() + state.offsetMs
}

export function nowIso(): string {
  return new Date(now()).toISOString()
}

/** The clock's setting in effect (a copy). */
export function clockState(): ClockState {
  return { ...current().state }
}

function write(state: ClockState): void {
  setQaSetting(QA_SETTINGS.clock, state.offsetMs === 0 && state.frozenAt === null ? null : JSON.stringify(state))
}

/** Moves the clock `ms` ahead (a frozen clock stays frozen, at the later moment). */
export function advanceClock(ms: number): void {
  const { state, frozenMs } = current()
  if (state.frozenAt !== null) write({ offsetMs: state.offsetMs, frozenAt: new Date(frozenMs + ms).toISOString() })
  else write({ offsetMs: state.offsetMs + ms, frozenAt: null })
}

/** Stops the clock at `iso`; null lets it run again from the moment it stood at. */
export function setFrozenClock(iso: string | null): void {
  if (iso !== null) {
    const at = Date.parse(iso)
    if (Number.isNaN(at)) throw new RangeError(`Not a time: ${iso}`)
    write({ offsetMs: current().state.offsetMs, frozenAt: new Date(at).toISOString() })
    return
  }
  const { state, frozenMs } = current()
  if (state.frozenAt !== null) write({ offsetMs: frozenMs - Date.now(), frozenAt: null })
}

/** Back to the system clock. */
export function resetClock(): void {
  write(RUNNING)
}
