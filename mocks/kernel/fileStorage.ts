// The API server's storage (`npm run api`): the mock database as one JSON file, so every browser
// that talks to the server shares one state and it survives a restart. Node only: never imported
// by the browser worker or the app.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { StorageFullError, type DbStorage } from './storage'

/** A full disk or quota: answered as the same 507 problem as a full localStorage. */
const FULL_CODES = new Set(['ENOSPC', 'EDQUOT'])

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

export function fileStorage(file: string): DbStorage {
  let writes = 0
  return {
    read() {
      try {
        return readFileSync(file, 'utf8')
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null // nothing stored yet (or deleted to reset)
        throw error
      }
    },
    write(raw) {
      // Atomic: a crash or a full disk mid-write leaves the previous file, never half a document.
      const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${writes++}.tmp`)
      try {
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(temp, raw, 'utf8')
        renameSync(temp, file)
      } catch (error) {
        rmSync(temp, { force: true })
        if (FULL_CODES.has(errorCode(error) ?? '')) throw new StorageFullError(error)
        throw error
      }
    },
    clear() {
      rmSync(file, { force: true })
    },
  }
}
