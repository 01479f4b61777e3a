// A few weeks of login attempts for every persona, relative to when the data is seeded, so the
// login history never opens empty: logins from a computer and a phone, a mistyped password, and
// for some a stranger's failed attempt; plus one other live session (a phone) for two personas,
// so "Active sessions" has something to end besides "This device".
import type { LoginResult } from '@/api/types'
import { SESSION_TTL_MS } from '../auth/service'
import { newToken } from '../kernel/ids'
import type { DbClientOrigin, DbLoginEvent, DbSession } from '../kernel/schema'

const HOUR = 3_600_000
const DAY = 24 * HOUR

const UA = {
  windowsChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  windowsYandex: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 YaBrowser/24.6.0.0 Safari/537.36',
  windowsEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  linuxFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  android: 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  script: 'python-requests/2.32.3',
}

interface PersonaClients {
  computer: DbClientOrigin
  phone: DbClientOrigin
}

const CLIENTS: Record<string, PersonaClients> = {
  'usr-personal-res': { computer: { ip: '95.165.12.48', city: 'moscow', country: 'RU', userAgent: UA.windowsYandex }, phone: { ip: '95.165.140.7', city: 'moscow', country: 'RU', userAgent: UA.android } },
  'usr-personal-nonres': { computer: { ip: '185.48.97.21', city: 'almaty', country: 'KZ', userAgent: UA.macSafari }, phone: { ip: '185.48.112.90', city: 'almaty', country: 'KZ', userAgent: UA.iphone } },
  'usr-business-res': { computer: { ip: '95.161.224.17', city: 'saintPetersburg', country: 'RU', userAgent: UA.windowsChrome }, phone: { ip: '95.161.31.202', city: 'saintPetersburg', country: 'RU', userAgent: UA.android } },
  'usr-business-nonres': { computer: { ip: '185.220.14.66', city: 'berlin', country: 'DE', userAgent: UA.linuxFirefox }, phone: { ip: '185.220.90.3', city: 'berlin', country: 'DE', userAgent: UA.iphone } },
  'usr-sole-res': { computer: { ip: '95.84.133.9', city: 'moscow', country: 'RU', userAgent: UA.windowsEdge }, phone: { ip: '95.84.201.54', city: 'moscow', country: 'RU', userAgent: UA.android } },
  'usr-state-res': { computer: { ip: '185.12.64.130', city: 'moscow', country: 'RU', userAgent: UA.windowsChrome }, phone: { ip: '185.12.77.18', city: 'moscow', country: 'RU', userAgent: UA.iphone } },
  'usr-business-res-user': { computer: { ip: '95.161.224.18', city: 'saintPetersburg', country: 'RU', userAgent: UA.linuxFirefox }, phone: { ip: '95.161.58.144', city: 'saintPetersburg', country: 'RU', userAgent: UA.iphone } },
  'usr-secure-res': { computer: { ip: '95.31.18.205', city: 'kazan', country: 'RU', userAgent: UA.macSafari }, phone: { ip: '95.31.76.11', city: 'kazan', country: 'RU', userAgent: UA.iphone } },
}

/** Someone else's attempt: another country, a script, the password wrong. */
const STRANGER: DbClientOrigin = { ip: '185.156.73.54', city: 'amsterdam', country: 'NL', userAgent: UA.script }

type Row = [daysAgo: number, client: keyof PersonaClients | 'stranger', result: LoginResult]

const USUAL: Row[] = [
  [33, 'computer', 'success'],
  [26, 'computer', 'success'],
  [19, 'phone', 'success'],
  [12, 'computer', 'wrongPassword'],
  [12, 'computer', 'success'],
  [5, 'phone', 'success'],
  [1, 'computer', 'success'],
]

const ROWS: Record<string, Row[]> = {
  'usr-personal-res': USUAL,
  'usr-personal-nonres': USUAL,
  'usr-business-res': [...USUAL.slice(0, 5), [9, 'stranger', 'wrongPassword'], [9, 'stranger', 'wrongPassword'], ...USUAL.slice(5), [0, 'phone', 'success']],
  'usr-business-nonres': USUAL,
  'usr-sole-res': [...USUAL.slice(0, 4), [15, 'stranger', 'wrongPassword'], ...USUAL.slice(4)],
  'usr-state-res': USUAL,
  'usr-business-res-user': [[16, 'computer', 'success'], [8, 'computer', 'wrongPassword'], [8, 'computer', 'success'], [3, 'phone', 'success']],
  // Two-step authentication on: a mistyped code before a good one.
  'usr-secure-res': [[30, 'computer', 'success'], [21, 'phone', 'success'], [11, 'computer', 'wrongPassword'], [11, 'computer', 'wrongCode'], [11, 'computer', 'success'], [4, 'phone', 'success'], [0, 'phone', 'success']],
}

/** The personas with another live session: their phone, logged in a couple of hours before seeding. */
const PHONE_SESSIONS = ['usr-business-res', 'usr-secure-res']
const PHONE_SESSION_AGE_MS = 2 * HOUR

function originOf(userId: string, client: Row[1]): DbClientOrigin {
  return { ...(client === 'stranger' ? STRANGER : CLIENTS[userId]![client]) }
}

export function seedLoginEvents(seededAt: number): DbLoginEvent[] {
  return Object.entries(ROWS).flatMap(([userId, rows]) =>
    rows.map(([daysAgo, client, result], n) => {
      // Today's is the phone session's own login; the others at some hour of the day, minutes apart on a retry.
      const at = daysAgo === 0 ? seededAt - PHONE_SESSION_AGE_MS : seededAt - daysAgo * DAY - (9 - n) * HOUR + n * 60_000
      return { id: `login-seed-${userId.slice(4)}-${n + 1}`, userId, at: new Date(at).toISOString(), result, origin: originOf(userId, client) }
    }),
  )
}

export function seedSessions(seededAt: number): DbSession[] {
  return PHONE_SESSIONS.map((userId) => {
    const createdAt = seededAt - PHONE_SESSION_AGE_MS
    return {
      id: `ses-seed-${userId.slice(4)}`,
      token: newToken(),
      userId,
      createdAt: new Date(createdAt).toISOString(),
      expiresAt: new Date(createdAt + SESSION_TTL_MS).toISOString(),
      lastActiveAt: new Date(seededAt - 20 * 60_000).toISOString(),
      origin: originOf(userId, 'phone'),
      endedAt: null,
    }
  })
}
