// API keys' rules: how a secret is made, how long a key lives, how it looks on the wire. Checking
// a key on a request is the kernel's (kernel/apiKeyAuth.ts): every domain's endpoints accept one.
import type { ApiKey, ApiKeyExpiry, ApiKeyStatus } from '@/api/types'
import { API_KEY_PREFIX } from '../kernel/apiKeyAuth'
import { sha256Hex } from '../kernel/hash'
import type { DbApiKey, DbState } from '../kernel/schema'

const DAY = 24 * 3_600_000
export const SECRET_LENGTH = 40
/** A rotated-out secret keeps working this long, so scripts can be moved to the new one. */
export const ROTATION_GRACE_MS = DAY

const EXPIRY_DAYS: Record<ApiKeyExpiry, number | null> = { days30: 30, days90: 90, year1: 365, never: null }

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
/** 248 = 4 × 62: bytes at or above it are dropped, so every character is equally likely (no modulo bias). */
const UNBIASED_BELOW = 256 - (256 % ALPHABET.length)

/** `ccp_` and 40 random characters of [A-Za-z0-9] (about 238 bits). */
export function newSecret(): string {
  const chars: string[] = []
  while (chars.length < SECRET_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(48))) {
      if (byte < UNBIASED_BELOW && chars.length < SECRET_LENGTH) chars.push(ALPHABET[byte % ALPHABET.length]!)
    }
  }
  return API_KEY_PREFIX + chars.join('')
}

/** What is stored of a secret: its hash and just enough to recognise it in the list. */
export async function storedSecret(secret: string): Promise<Pick<DbApiKey, 'secretHash' | 'prefix' | 'last4'>> {
  return { secretHash: await sha256Hex(secret), prefix: secret.slice(0, API_KEY_PREFIX.length + 4), last4: secret.slice(-4) }
}

export function expiresAtOf(expiry: ApiKeyExpiry, at: number): string | null {
  const days = EXPIRY_DAYS[expiry]
  return days === null ? null : new Date(at + days * DAY).toISOString()
}

export function keyStatus(key: DbApiKey, at: number): ApiKeyStatus {
  if (!key.enabled) return 'disabled'
  return key.expiresAt !== null && Date.parse(key.expiresAt) <= at ? 'expired' : 'active'
}

export function apiKeyView(key: DbApiKey, at: number): ApiKey {
  const previous = key.previous && Date.parse(key.previous.validUntil) > at ? key.previous.validUntil : null
  return {
    id: key.id,
    name: key.name,
    access: key.access,
    prefix: key.prefix,
    last4: key.last4,
    allowedIps: [...key.allowedIps],
    createdAt: key.createdAt,
    expiresAt: key.expiresAt,
    lastUsedAt: key.lastUsedAt,
    lastUsedIp: key.lastUsedIp,
    status: keyStatus(key, at),
    previousValidUntil: previous,
  }
}

/** The user's own key: another person's id is as unknown as a made-up one. */
export function ownKey(db: DbState, userId: string, id: string): DbApiKey | undefined {
  return db.apiKeys.find((k) => k.id === id && k.userId === userId)
}

/** Whether another key of the user already has this name (names compare trimmed and case-insensitively). */
export function nameTaken(db: DbState, userId: string, name: string, exceptId?: string): boolean {
  const wanted = name.trim().toLowerCase()
  return db.apiKeys.some((k) => k.userId === userId && k.id !== exceptId && k.name.toLowerCase() === wanted)
}
