// SHA-256 for the secrets the mock keeps only as hashes (backup codes, API keys, invitation
// tokens): a stolen copy of the data (an export, a shared db.json) cannot be used to log in.
// These secrets are random and long, so a plain hash is enough; passwords need PBKDF2 (auth/passwords.ts).

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
