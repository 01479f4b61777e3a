// The shape of a two-step code, without yup: the mock checks sign-in codes with it (mocks/security).
/** A 6-digit authenticator code, spaces allowed ("123 456"). */
export const TOTP_CODE_PATTERN = /^\d{6}$/
/** A one-time backup code, as the API hands them out: `abcd-1234`. */
export const BACKUP_CODE_PATTERN = /^[a-z0-9]{4}-?[a-z0-9]{4}$/

/** The code as typed, without spaces (and a backup code in lower case). */
export function normalizeTwoFactorCode(value: string): string {
  return value.replace(/\s+/g, '').toLowerCase()
}
