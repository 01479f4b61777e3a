// How login attempts and sessions look on the wire: the stored origin becomes an IP, a location
// (codes the client words) and the device parsed from the User-Agent; a session's token never leaves.
import type { ActiveSession, ClientDevice, ClientLocation, LoginEvent } from '@/api/types'
import { parseUserAgent } from '../auth/userAgent'
import type { DbClientOrigin, DbLoginEvent, DbSession, DbUser } from '../kernel/schema'

function originView(origin: DbClientOrigin): { ip: string; location: ClientLocation; device: ClientDevice } {
  return { ip: origin.ip, location: { city: origin.city, country: origin.country }, device: parseUserAgent(origin.userAgent) }
}

export function loginEventView(event: DbLoginEvent, user: DbUser | undefined): LoginEvent {
  return { id: event.id, at: event.at, userId: event.userId, userEmail: user?.email ?? '', userName: user?.name ?? '', result: event.result, ...originView(event.origin) }
}

export function activeSessionView(session: DbSession, currentToken: string): ActiveSession {
  return { id: session.id, current: session.token === currentToken, createdAt: session.createdAt, lastActiveAt: session.lastActiveAt, ...originView(session.origin) }
}
