// Saved UI state (drafts) changed on this browser but not yet sent to the API, per user. A draft
// is sent when the typing pauses; this copy is what makes a change typed a moment before a reload
// (or a failed send) survive it: the next load of that user's settings sends it.
import type { UiState } from '@/api/types'

const KEY = 'ccp.uiState.unsent'

type Stored = Record<string, UiState>

function readAll(): Stored {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    return stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Stored) : {}
  } catch {
    return {}
  }
}

export function pendingUiStateOf(userId: string): UiState {
  return readAll()[userId] ?? {}
}

export function writePendingUiState(userId: string, state: UiState): void {
  try {
    const all = readAll()
    if (Object.keys(state).length) all[userId] = state
    else delete all[userId]
    if (Object.keys(all).length) localStorage.setItem(KEY, JSON.stringify(all))
    else localStorage.removeItem(KEY)
  } catch {
    // No storage: drafts are sent when the typing pauses, only a reload in that moment loses one.
  }
}
