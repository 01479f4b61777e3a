// Where the mock data lives, as one JSON string: localStorage in the browser (a reload keeps it,
// and two tabs share it), memory under Vitest, a file for `npm run api` (mocks/server.ts sets it).
import { STORAGE_KEYS } from './qaSettings'

export interface DbStorage {
  read(): string | null
  /** Throws StorageFullError when the storage refuses the write. */
  write(raw: string): void
  clear(): void
  /** The stamp written beside the text (kernel/dbCheck.ts); a storage without one has every read checked in full. */
  readStamp?(): string | null
  writeStamp?(stamp: string): void
  /**
   * read() hands out the storage's own copy of the text at no cost: localStorage keeps it outside
   * the JS heap and answers the same string while it is unchanged. The data's cache (db.ts) then
   * keeps that copy to compare with, instead of a second one of its own in the JS heap.
   */
  sharedRead?: boolean
}

/** The browser's (or the file system's) storage refused the data: answered as a 507 problem. */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('storage.full', { cause })
    this.name = 'StorageFullError'
  }
}

export function memoryStorage(): DbStorage {
  let raw: string | null = null
  return {
    read: () => raw,
    write: (next) => void (raw = next),
    clear: () => void (raw = null),
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
}

export function localStorageStorage(key: string = STORAGE_KEYS.db, stampKey: string = STORAGE_KEYS.dbStamp): DbStorage {
  return {
    read: () => window.localStorage.getItem(key),
    write: (raw) => {
      try {
        window.localStorage.setItem(key, raw)
      } catch (error) {
        if (isQuotaError(error)) throw new StorageFullError(error)
        throw error
      }
    },
    clear: () => {
      window.localStorage.removeItem(key)
      window.localStorage.removeItem(stampKey)
    },
    sharedRead: true,
    readStamp: () => window.localStorage.getItem(stampKey),
    writeStamp: (stamp) => {
      try {
        window.localStorage.setItem(stampKey, stamp)
      } catch {
        window.localStorage.removeItem(stampKey) // no stamp: the next read is checked in full
      }
    },
  }
}

function defaultStorage(): DbStorage {
  // Under Vitest (happy-dom) localStorage exists, but tests want a clean memory store per run.
  const browser = typeof window !== 'undefined' && import.meta.env?.MODE !== 'test'
  if (!browser) return memoryStorage()
  try {
    window.localStorage.getItem(STORAGE_KEYS.db)
    return localStorageStorage()
  } catch {
    // Private mode without storage: the data lasts as long as the tab.
    return memoryStorage()
  }
}

let storage: DbStorage | null = null

export function dbStorage(): DbStorage {
  storage ??= defaultStorage()
  return storage
}

/** The API server keeps the data in a file. */
export function setDbStorage(next: DbStorage): void {
  storage = next
}
