// The end of a successful log in (after the password, or after the two-step code).
import type { AuthResponse } from '@/api/types'
import type { DbAccount, DbClientOrigin, DbState, DbUser } from '../kernel/schema'
import { sendNewSignInMail } from '../security/mails'
import { isKnownClient, sessionUser, startSession } from './service'

/** A session, its `success` event and, from a browser this user never logged in from, a mail. */
export function completeLogin(db: DbState, user: DbUser, account: DbAccount, origin: DbClientOrigin, at: number): AuthResponse {
  const newClient = !isKnownClient(db, user.id, origin)
  const token = startSession(db, user, origin)
  if (newClient) sendNewSignInMail(db, user, origin, at)
  return { token, user: sessionUser(user, account) }
}
