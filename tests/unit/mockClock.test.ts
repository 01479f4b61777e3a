// The mock clock QA moves (mocks/kernel/clock.ts): ahead of the system clock, frozen, advanced,
// and whatever the simulated backend does "after a while" following it. Under Vitest the setting
// lives in memory (tests/setup.ts clears it before each test).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ticketsApi } from '@/api/tickets'
import { advanceClock, clockState, now, nowIso, resetClock, setFrozenClock } from '@mocks/kernel/clock'
import { qaSetting, QA_SETTINGS, setQaSetting, SUPPORT_REPLY_DELAY_MS } from '@mocks/kernel/qaSettings'
import { loginAs } from '../helpers/mountApp'

const HOUR = 3_600_000
const SYSTEM = Date.parse('2026-03-10T12:00:00Z')

afterEach(() => vi.useRealTimers())

function atSystemTime() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(SYSTEM)
}

describe('the mock clock', () => {
  it('is the system clock while nothing is set', () => {
    atSystemTime()
    expect(now()).toBe(SYSTEM)
    expect(clockState()).toEqual({ offsetMs: 0, frozenAt: null })
  })

  it('runs ahead of the system clock by what was advanced, and keeps running', () => {
    atSystemTime()
    advanceClock(HOUR)
    advanceClock(30 * 60_000)
    expect(now()).toBe(SYSTEM + 1.5 * HOUR)
    expect(clockState()).toEqual({ offsetMs: 1.5 * HOUR, frozenAt: null })
    vi.setSystemTime(SYSTEM + 1_000)
    expect(now()).toBe(SYSTEM + 1.5 * HOUR + 1_000)
  })

  it('stands still when frozen, moves only when advanced, and runs on from there when unfrozen', () => {
    atSystemTime()
    setFrozenClock('2026-01-15T10:00:00+03:00')
    const frozen = Date.parse('2026-01-15T07:00:00Z')
    expect(nowIso()).toBe('2026-01-15T07:00:00.000Z')
    vi.setSystemTime(SYSTEM + HOUR)
    expect(now()).toBe(frozen)
    advanceClock(24 * HOUR)
    expect(clockState().frozenAt).toBe('2026-01-16T07:00:00.000Z')
    expect(now()).toBe(frozen + 24 * HOUR)

    setFrozenClock(null)
    expect(now()).toBe(frozen + 24 * HOUR)
    vi.setSystemTime(SYSTEM + HOUR + 5_000)
    expect(now()).toBe(frozen + 24 * HOUR + 5_000)
  })

  it('goes back to the system clock on reset, and stores nothing then', () => {
    atSystemTime()
    advanceClock(HOUR)
    resetClock()
    expect(now()).toBe(SYSTEM)
    expect(qaSetting(QA_SETTINGS.clock)).toBeNull()
  })

  it('refuses to freeze at something that is not a time', () => {
    expect(() => setFrozenClock('next tuesday')).toThrow(RangeError)
    expect(clockState().frozenAt).toBeNull()
  })

  it.each(['{oops', '"an hour"', 'null', JSON.stringify({ offsetMs: 'lots' }), JSON.stringify({ offsetMs: 0, frozenAt: 'yesterday' }), JSON.stringify({ offsetMs: Number.MAX_VALUE * 10 })])(
    'reads the bad stored value %s as the plain system clock',
    (raw) => {
      atSystemTime()
      setQaSetting(QA_SETTINGS.clock, raw)
      expect(now()).toBe(SYSTEM)
      expect(clockState()).toEqual({ offsetMs: 0, frozenAt: null })
    },
  )

  it('settles what is due by it: support answers a new ticket once the clock is past the delay', async () => {
    await loginAs('business.resident@demo.test')
    const created = await ticketsApi.create({ subject: 'Server is unreachable', category: 'technical', service: 'cloud-servers', message: 'It does not answer ping.' })
    advanceClock(SUPPORT_REPLY_DELAY_MS - 1_000)
    expect((await ticketsApi.get(created.id)).messages.map((m) => m.author)).toEqual(['customer'])

    advanceClock(1_000)
    const answered = await ticketsApi.get(created.id)
    expect(answered.status).toBe('answered')
    expect(answered.messages.map((m) => m.author)).toEqual(['customer', 'support'])
  })
})
