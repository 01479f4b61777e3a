// The check of the stored mock data (mocks/kernel/dbCheck.ts) is a lazy chunk in the browser: data
// with this mock's stamp is used before it has loaded and checked in full once it has; anything else
// waits for it. Each test imports fresh copies of the kernel modules, without the validator that
// tests/setup.ts loads for the rest.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSeed } from '@mocks/seed'
import type { DbStorage } from '@mocks/kernel/storage'

/** A storage with a stamp beside the text, like the browser's localStorage one. */
function stampedStorage(raw: string | null, stamp: string | null = null): DbStorage & { stamp: string | null; raw: string | null } {
  return {
    raw,
    stamp,
    read() {
      return this.raw
    },
    write(next) {
      this.raw = next
    },
    clear() {
      this.raw = null
      this.stamp = null
    },
    readStamp() {
      return this.stamp
    },
    writeStamp(next) {
      this.stamp = next
    },
  }
}

async function freshKernel(storage: DbStorage) {
  vi.resetModules()
  const dbCheck = await import('@mocks/kernel/dbCheck')
  const db = await import('@mocks/kernel/db')
  const { setDbStorage } = await import('@mocks/kernel/storage')
  setDbStorage(storage)
  const reasons: string[] = []
  db.onDbReset((reason) => reasons.push(reason))
  return { dbCheck, db, reasons }
}

afterEach(() => vi.resetModules())

describe('the check of the stored mock data', () => {
  it('stamps what it writes, and uses its own stamped data before the check has loaded', async () => {
    const storage = stampedStorage(null)
    const { dbCheck, db } = await freshKernel(storage)
    db.updateDb((state) => void (state.tickets = state.tickets.slice(0, 1)))
    expect(storage.stamp).toBe(dbCheck.stampOf(storage.raw!))

    // A new page load (fresh modules) over the same storage: no validator, the data is used.
    const next = await freshKernel(storage)
    expect(next.dbCheck.loadedDbStateValidator()).toBeNull()
    expect(next.dbCheck.needsDbCheckBeforeUse(storage.raw, storage.stamp)).toBe(false)
    expect(next.db.readDb().tickets).toHaveLength(1)
    await next.dbCheck.loadDbStateValidator()
    next.db.verifyCachedDb()
    expect(next.reasons).toEqual([])
    expect(next.db.readDb().tickets).toHaveLength(1)
  })

  it('re-seeds stamped data that fails the full check once the check has loaded, and tells the page', async () => {
    const broken = JSON.stringify({ ...createSeed(), users: [{ id: 'usr-1' }] })
    const { dbCheck } = await freshKernel(stampedStorage(null))
    const storage = stampedStorage(broken, dbCheck.stampOf(broken))
    const { dbCheck: check, db, reasons } = await freshKernel(storage)
    expect(db.readDb().users).toEqual([{ id: 'usr-1' }]) // trusted on its stamp for now
    await check.loadDbStateValidator()
    db.verifyCachedDb()
    expect(reasons).toEqual(['invalid'])
    expect(db.readDb().users.length).toBeGreaterThan(1)
  })

  // The browser makes this check in a worker (mocks/kernel/dbCheck.worker.ts) on the stored text.
  it('re-seeds stamped data whose stored text fails the check made off the main thread, and keeps good data', async () => {
    const { isDbStateText } = await import('@mocks/kernel/dbCheck.worker')
    const good = JSON.stringify(createSeed())
    const broken = JSON.stringify({ ...createSeed(), users: [{ id: 'usr-1' }] })
    expect(isDbStateText(good)).toBe(true)
    expect(isDbStateText(broken)).toBe(false)
    expect(isDbStateText('{"version":')).toBe(false)

    const { dbCheck } = await freshKernel(stampedStorage(null))
    for (const [raw, reseeded] of [[good, false], [broken, true]] as const) {
      const { db, reasons } = await freshKernel(stampedStorage(raw, dbCheck.stampOf(raw)))
      const users = db.readDb().users.length
      const checked: string[] = []
      await db.verifyCachedDbText(async (text) => (checked.push(text), isDbStateText(text)))
      expect(checked).toEqual([raw])
      expect(reasons).toEqual(reseeded ? ['invalid'] : [])
      expect(db.readDb().users.length).toBe(reseeded ? createSeed().users.length : users)
    }
  })

  it('does not use data without its stamp, or changed after stamping, before the check has loaded', async () => {
    const seed = JSON.stringify(createSeed())
    const { dbCheck } = await freshKernel(stampedStorage(null))
    const edited = seed.replace('"personal.resident@demo.test"', '"personal.resident@demo.tests"')
    for (const storage of [stampedStorage(seed), stampedStorage(edited, dbCheck.stampOf(seed))]) {
      const { dbCheck: check, db, reasons } = await freshKernel(storage)
      expect(check.needsDbCheckBeforeUse(storage.raw, storage.stamp)).toBe(true)
      expect(() => db.readDb()).toThrow(check.DbNotCheckedError)
      await db.dbReadable() // what every handler awaits first (guard.ts)
      expect(check.loadedDbStateValidator()).not.toBeNull()
      expect(db.readDb().users.length).toBeGreaterThan(1)
      expect(reasons).toEqual([]) // both are valid data: checked, then used
    }
  })

  it('checks data without a stamp at once when the check is loaded, as before', async () => {
    const storage = stampedStorage(JSON.stringify({ ...createSeed(), surprise: [] }))
    const { dbCheck, db, reasons } = await freshKernel(storage)
    await dbCheck.loadDbStateValidator()
    expect(db.readDb().users.length).toBeGreaterThan(1)
    expect(reasons).toEqual(['invalid'])
    expect(JSON.parse(storage.raw!)).not.toHaveProperty('surprise')
  })
})

describe('a request over data copied in without the stamp', () => {
  it('is answered after the check has loaded, not with an error', async () => {
    const { db } = await freshKernel(stampedStorage(null))
    const raw = JSON.stringify(db.readDb())
    // Another browser's copy pasted into this one's storage: no stamp.
    const storage = stampedStorage(raw)
    const { dbCheck } = await freshKernel(storage)
    const { getResponse } = await import('msw')
    const { handlers } = await import('@mocks/handlers')
    const login = { email: 'personal.resident@demo.test', password: 'demo-password' }
    const request = new Request('http://localhost/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(login) })
    const response = await getResponse(handlers, request)
    expect(response?.status).toBe(200)
    expect(dbCheck.loadedDbStateValidator()).not.toBeNull()
  })
})
