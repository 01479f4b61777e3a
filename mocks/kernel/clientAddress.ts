// Where a request comes from, as the simulated backend sees it. A real backend sees the client's IP
// address; the mock has none, so every client gets a stable id and the id hashes to a believable IP
// and a location (mostly Russian cities): the same browser shows the same address in the login
// history and the sessions list, another browser another one.
//   - the header `X-Mock-Client`, when sent (tests and scripts simulate several browsers with it);
//   - in the browser, a random id kept in localStorage (outside the mock data: Reset keeps it);
//   - otherwise (Vitest, the API server) a hash of the User-Agent.
import type { CityCode } from '@/api/types'
import { STORAGE_KEYS } from './qaSettings'
import type { DbClientOrigin } from './schema'

export const CLIENT_ID_HEADER = 'X-Mock-Client'

/** Weighted: most customers log in from Russia. */
const LOCATIONS: { city: CityCode; country: string }[] = [
  { city: 'moscow', country: 'RU' },
  { city: 'moscow', country: 'RU' },
  { city: 'moscow', country: 'RU' },
  { city: 'saintPetersburg', country: 'RU' },
  { city: 'saintPetersburg', country: 'RU' },
  { city: 'novosibirsk', country: 'RU' },
  { city: 'yekaterinburg', country: 'RU' },
  { city: 'kazan', country: 'RU' },
  { city: 'almaty', country: 'KZ' },
  { city: 'berlin', country: 'DE' },
  { city: 'amsterdam', country: 'NL' },
]

/** FNV-1a, 32 bits: stable and fast; nothing here needs to be secret. */
function hash32(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

function browserClientId(): string | null {
  if (typeof window === 'undefined' || import.meta.env?.MODE === 'test') return null
  try {
    let id = window.localStorage.getItem(STORAGE_KEYS.clientId)
    if (!id) {
      id = crypto.randomUUID()
      window.localStorage.setItem(STORAGE_KEYS.clientId, id)
    }
    return id
  } catch {
    return null // no storage (private mode): fall back to the User-Agent
  }
}

/** The id of the client that sent `request`. */
export function clientIdOf(request: Request): string {
  const header = request.headers.get(CLIENT_ID_HEADER)?.trim()
  if (header) return `header:${header.slice(0, 100)}`
  return browserClientId() ?? `ua:${request.headers.get('User-Agent') ?? ''}`
}

/** The simulated IPv4 address and location of a client id. */
export function simulatedAddress(clientId: string): Pick<DbClientOrigin, 'ip' | 'city' | 'country'> {
  const a = hash32(clientId)
  const b = hash32(`${clientId}#`)
  const first = a & 1 ? 185 : 95
  const ip = `${first}.${(a >>> 8) & 0xff}.${(a >>> 16) & 0xff}.${1 + (b % 254)}`
  const location = LOCATIONS[(b >>> 8) % LOCATIONS.length]!
  return { ip, ...location }
}

/** The browser adds its User-Agent on the wire only: the request the worker hands over has none. */
function userAgentOf(request: Request): string {
  const header = request.headers.get('User-Agent')
  if (header) return header
  return typeof window !== 'undefined' && import.meta.env?.MODE !== 'test' ? window.navigator.userAgent : ''
}

/** Where `request` came from, as stored with a session or a login attempt. */
export function clientOriginOf(request: Request): DbClientOrigin {
  return { ...simulatedAddress(clientIdOf(request)), userAgent: userAgentOf(request) }
}
