// "Last active" bookkeeping (mocks/kernel/db.ts touchDb): without a scheduler it is stored by the
// request itself; the browser sets one, so a page load's first request does not write all of the
// data for a hint: the change is in the data in use at once and stored when the scheduler flushes,
// or with the next real change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { authApi } from '@/api/auth'
import { settingsApi } from '@/api/settings'
import { advanceClock } from '@mocks/kernel/clock'
import { deferBookkeepingWrites, readDb, resetDb, updateDb } from '@mocks/kernel/db'
import { memoryStorage, setDbStorage, type DbStorage } from '@mocks/kernel/storage'
import type { DbState } from '@mocks/kernel/schema'
import { loginAs } from '../helpers/mountApp'

const EMAIL = 'business.resident@demo.test'
let storage: DbStorage
let writes = 0

const stored = (): DbState => JSON.parse(storage.read()!) as DbState
const storedLastActive = (token: string) => stored().sessions.find((s) => s.token === token)!.lastActiveAt
const lastActive = (token: string) => readDb().sessions.find((s) => s.token === token)!.lastActiveAt

beforeEach(() => {
  const inner = memoryStorage()
  writes = 0
  storage = { read: inner.read, clear: inner.clear, write: (raw) => ((writes += 1), inner.write(raw)) }
  setDbStorage(storage)
  resetDb()
})
afterEach(() => {
  deferBookkeepingWrites(null)
  setDbStorage(memoryStorage())
  resetDb()
})

/** Logs in, lets two minutes pass (over the one-minute resolution) and counts writes from then on. */
async function loggedInAWhileAgo(): Promise<string> {
  const token = await loginAs(EMAIL)
  advanceClock(2 * 60_000)
  writes = 0
  return token
}

/** With a scheduler that only collects: logged in a while ago, and one request since. */
async function touchedWithDeferredWrites() {
  const flushes: Array<() => void> = []
  deferBookkeepingWrites((flush) => flushes.push(flush))
  const token = await loggedInAWhileAgo()
  const before = storedLastActive(token)
  await authApi.session()
  return { flushes, token, before }
}

describe('bookkeeping writes', () => {
  it('without a scheduler, the request that notices the activity stores it', async () => {
    const token = await loggedInAWhileAgo()
    const before = storedLastActive(token)
    await authApi.session()
    expect(writes).toBe(1)
    expect(storedLastActive(token)).not.toBe(before)
    expect(storedLastActive(token)).toBe(lastActive(token))
  })

  it('with a scheduler, the activity is in the data at once and stored only when it flushes', async () => {
    const { flushes, token, before } = await touchedWithDeferredWrites()
    await authApi.session()
    expect(writes).toBe(0)
    expect(lastActive(token)).not.toBe(before)
    expect(storedLastActive(token)).toBe(before)
    expect(flushes).toHaveLength(1) // one pending write, however many requests
    flushes[0]!()
    expect(writes).toBe(1)
    expect(storedLastActive(token)).toBe(lastActive(token))
  })

  it('a real change stores the pending bookkeeping with it, and the flush then writes nothing', async () => {
    const { flushes, token } = await touchedWithDeferredWrites()
    await settingsApi.update({ theme: 'dark' })
    const afterChange = writes
    expect(storedLastActive(token)).toBe(lastActive(token))
    flushes[0]!()
    expect(writes).toBe(afterChange)
  })

  it('a flush after another tab wrote leaves that tab’s data as it is (the hint is dropped)', async () => {
    const { flushes, token, before } = await touchedWithDeferredWrites()
    const otherTab = { ...stored(), mail: [] }
    storage.write(JSON.stringify(otherTab))
    const text = storage.read()
    flushes[0]!()
    expect(storage.read()).toBe(text)
    expect(storedLastActive(token)).toBe(before)
    expect(readDb().mail).toEqual([])
  })

  it('updateDb keeps storing at once', () => {
    deferBookkeepingWrites(() => undefined)
    readDb()
    writes = 0
    updateDb((db) => void (db.mail = []))
    expect(writes).toBe(1)
    expect(stored().mail).toEqual([])
  })
})
