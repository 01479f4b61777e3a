// Two-step authentication: TOTP codes (RFC 6238 through otpauth: SHA-1, 6 digits, 30 s), backup
// codes and the limit of wrong codes. One limit per user, shared by every place a code is typed
// (log in, turning on, turning off, new backup codes), so no form is a way round it.
// otpauth loads with the first two-step request, not with the mock: the async step of each handler
// awaits loadOtpauth() (readCode does for a TOTP code), so the synchronous checks inside updateDb
// find it loaded.
import type * as Otpauth from 'otpauth'
import { BACKUP_CODE_PATTERN, normalizeTwoFactorCode, TOTP_CODE_PATTERN } from '@/validation/twoFactorCode'
import { sha256Hex } from '../kernel/hash'
import { problem, validationProblem } from '../kernel/problems'
import type { DbState, DbUser } from '../kernel/schema'

export const CODE_ATTEMPTS = 5
export const CODE_WINDOW_MS = 15 * 60 * 1000
/** A "Turn on" must be finished with a code within this time. */
export const SETUP_TTL_MS = 15 * 60 * 1000
export const BACKUP_CODE_COUNT = 10
export const TOTP_ISSUER = 'Cloud panel'

let otpauth: typeof Otpauth | null = null

export async function loadOtpauth(): Promise<void> {
  otpauth ??= await import('otpauth')
}

function loaded(): typeof Otpauth {
  if (!otpauth) throw new Error('otpauth is not loaded yet: await loadOtpauth() before the synchronous part')
  return otpauth
}

function totpOf(secret: string, label?: string): Otpauth.TOTP {
  const { Secret, TOTP } = loaded()
  return new TOTP({ issuer: TOTP_ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 })
}

export async function newTotpSecret(): Promise<string> {
  await loadOtpauth()
  return new (loaded().Secret)({ size: 20 }).base32
}

/** The `otpauth://totp/Cloud%20panel:<email>?…` URI the QR code shows. */
export function otpauthUri(secret: string, email: string): string {
  return totpOf(secret, email).toString()
}

/** The step of `token` (the current one or one either side) if it is valid and newer than `lastUsedStep`. */
export function totpStep(secret: string, token: string, lastUsedStep: number, at: number): number | null {
  const totp = totpOf(secret)
  const delta = totp.validate({ token, timestamp: at, window: 1 })
  if (delta === null) return null
  const step = totp.counter({ timestamp: at }) + delta
  return step > lastUsedStep ? step : null
}

/** The authenticator app's code at `at` (QA's "Two-step codes" shows it). */
export function totpCodeAt(secret: string, at: number): string {
  return totpOf(secret).generate({ timestamp: at })
}

/** A code as typed, ready for the synchronous check inside updateDb (hashing is async). */
export interface TypedCode {
  totp: string | null
  /** SHA-256 of the backup code in its `xxxx-xxxx` form (typed with or without the dash). */
  backupHash: string | null
}

export async function readCode(raw: string): Promise<TypedCode> {
  const code = normalizeTwoFactorCode(raw)
  if (TOTP_CODE_PATTERN.test(code)) {
    await loadOtpauth() // useUserCode checks it inside updateDb
    return { totp: code, backupHash: null }
  }
  if (!BACKUP_CODE_PATTERN.test(code)) return { totp: null, backupHash: null }
  const bare = code.replace('-', '')
  return { totp: null, backupHash: await sha256Hex(`${bare.slice(0, 4)}-${bare.slice(4)}`) }
}

const BACKUP_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Ten random `xxxx-xxxx` codes and their hashes (only the hashes are stored). */
export async function newBackupCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, () => {
    // 252 = 7 × 36: bytes at or above it are dropped, so every character is equally likely.
    const chars: string[] = []
    while (chars.length < 8) {
      for (const byte of crypto.getRandomValues(new Uint8Array(16))) if (byte < 252 && chars.length < 8) chars.push(BACKUP_ALPHABET[byte % 36]!)
    }
    return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
  })
  return { codes, hashes: await Promise.all(codes.map(sha256Hex)) }
}

/**
 * Checks a code against the user's two-step authentication and uses it up when right: a TOTP
 * code's step becomes the last used one, a backup code is removed. Nothing changes when wrong.
 */
export function useUserCode(user: DbUser, code: TypedCode, at: number): boolean {
  const twoFactor = user.twoFactor
  if (!twoFactor) return false
  if (code.totp) {
    const step = totpStep(twoFactor.secret, code.totp, twoFactor.lastUsedStep, at)
    if (step === null) return false
    twoFactor.lastUsedStep = step
    return true
  }
  const index = code.backupHash ? twoFactor.backupCodeHashes.indexOf(code.backupHash) : -1
  if (index < 0) return false
  twoFactor.backupCodeHashes.splice(index, 1)
  return true
}

function recentCodeFailures(db: DbState, userId: string, at: number): number[] {
  return (db.twoFactorFailures[userId] ?? []).filter((failedAt) => at - failedAt < CODE_WINDOW_MS)
}

/** 429 with Retry-After while the user has had 5 wrong codes in the last 15 minutes. */
export function codeLockout(db: DbState, userId: string, at: number) {
  const failures = recentCodeFailures(db, userId, at)
  if (failures.length < CODE_ATTEMPTS) return null
  const retryAfter = Math.max(1, Math.ceil((Math.min(...failures) + CODE_WINDOW_MS - at) / 1000))
  return problem(429, 'auth.tooManyCodes', { retryAfter }, { 'Retry-After': String(retryAfter) })
}

/** Records a wrong code (older ones fall out of the window) and answers the 422. */
export function wrongCode(db: DbState, userId: string, at: number) {
  db.twoFactorFailures[userId] = [...recentCodeFailures(db, userId, at), at]
  return validationProblem({ code: 'validation.twoFactorCodeWrong' })
}

/** A right code proves the user holds the authenticator: their count starts again. */
export function rightCode(db: DbState, userId: string): void {
  delete db.twoFactorFailures[userId]
}
