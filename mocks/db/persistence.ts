// Where the mock data lives: localStorage in the browser (so a reload keeps it), memory in Node tests.
import type { DbState } from './schema'

export const STORAGE_KEY = 'ccp.mockDb'

function storage(): Storage | null {
  // Under Vitest (happy-dom) localStorage exists but tests want a clean memory store per run.
  if (typeof window === 'undefined' || import.meta.env.MODE === 'test') return null
  try {
    return window.localStorage
  } catch {
    return null
  }
}

let memory: DbState | null = null

export function readStored(): DbState | null {
  const store = storage()
  if (!store) return memory
  const raw = store.getItem(STORAGE_KEY)
  if (!raw) return null
  try {
    return JSON.parse(raw) as DbState
  } catch {
    return null
  }
}

export function writeStored(state: DbState): void {
  const store = storage()
  if (!store) {
    memory = state
    return
  }
  store.setItem(STORAGE_KEY, JSON.stringify(state))
}

export function clearStored(): void {
  memory = null
  storage()?.removeItem(STORAGE_KEY)
}
