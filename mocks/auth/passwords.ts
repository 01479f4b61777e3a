// Password hashing for the mock users: PBKDF2-SHA-256 through Web Crypto (the same code runs in the
// browser worker, in Vitest and in the API server), stored as
// `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`, so the data never holds a password.
// Async: hash or verify BEFORE updateDb, whose change function is synchronous.

const ALGORITHM = 'pbkdf2-sha256'
export const PBKDF2_ITERATIONS = 100_000
const SALT_BYTES = 16
const HASH_BITS = 256

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS)
  return new Uint8Array(bits)
}

/** A fresh salted hash of `password` in the stored format. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const hash = await derive(password, salt, PBKDF2_ITERATIONS)
  return `${ALGORITHM}$${PBKDF2_ITERATIONS}$${toBase64(salt)}$${toBase64(hash)}`
}

/** Every byte is compared, so how long it takes does not tell how much of the hash matched. */
function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return difference === 0
}

/** Whether `password` is the one `stored` was made from; false for anything not in the format. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algorithm, iterationsText, saltText, hashText, ...rest] = stored.split('$')
  const iterations = Number(iterationsText)
  if (algorithm !== ALGORITHM || rest.length || !saltText || !hashText || !Number.isInteger(iterations) || iterations < 1) return false
  try {
    return equalInConstantTime(await derive(password, fromBase64(saltText), iterations), fromBase64(hashText))
  } catch {
    return false // malformed base64
  }
}
