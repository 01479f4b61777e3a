// Whether a stored value has the shape of the mock data (checked when it is read: a broken copy
// in localStorage or the API server's file is re-seeded instead of breaking every request).
import type { DbState } from './schema'

const ARRAYS = ['accounts', 'users', 'sessions', 'loginEvents', 'tickets', 'referralRequests', 'transactions'] as const

export function isDbState(value: unknown): value is DbState {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return typeof v.version === 'number' && ARRAYS.every((key) => Array.isArray(v[key])) && !!v.failedLogins && typeof v.failedLogins === 'object'
}
