// The API key half of authentication (auth.ts hands a `ccp_…` bearer here). Only the SHA-256 of
// a secret is stored, so the lookup hashes what was sent; the refusals come in a fixed order so
// a client always learns the most basic thing wrong first (a key that does not exist before one
// that is merely switched off).
import { ipInRange } from '@/validation/rules/ipAddress'
import { clientOriginOf } from './clientAddress'
import { problem, type ProblemResponse } from './problems'
import type { DbApiKey, DbState } from './schema'

export const API_KEY_PREFIX = 'ccp_'

/** A key's "last used" is written at most this often (or when the address changes), like a session's last activity. */
export const LAST_USED_RESOLUTION_MS = 60_000

/** Methods a read-only key may call: reading never changes anything. */
const READ_METHODS = new Set(['GET', 'HEAD'])

/** The key whose current secret, or previous secret still in its grace period, hashes to `hash`. */
function keyOfHash(db: DbState, hash: string, at: number): DbApiKey | undefined {
  return db.apiKeys.find((k) => k.secretHash === hash || (k.previous?.secretHash === hash && Date.parse(k.previous.validUntil) > at))
}

/**
 * The key whose secret hashes to `hash` if it may make `request` now, else the refusal to send.
 * Also says whether its "last used" is due to be written (the caller owns the write).
 */
export function checkApiKey(db: DbState, request: Request, hash: string, at: number): { key: DbApiKey; ip: string; touch: boolean } | ProblemResponse {
  const key = keyOfHash(db, hash, at)
  // Unknown, deleted and rotated out look the same: nothing tells a guesser which.
  if (!key) return problem(401, 'auth.keyInvalid')
  if (!key.enabled) return problem(401, 'auth.keyDisabled')
  if (key.expiresAt !== null && Date.parse(key.expiresAt) <= at) return problem(401, 'auth.keyExpired')
  const { ip } = clientOriginOf(request)
  if (key.allowedIps.length && !key.allowedIps.some((range) => ipInRange(ip, range))) return problem(403, 'auth.keyAddressNotAllowed')
  if (key.access === 'readOnly' && !READ_METHODS.has(request.method.toUpperCase())) return problem(403, 'auth.keyReadOnly')
  const touch = key.lastUsedAt === null || key.lastUsedIp !== ip || at - Date.parse(key.lastUsedAt) >= LAST_USED_RESOLUTION_MS
  return { key, ip, touch }
}
