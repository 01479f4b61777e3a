// The users of an account and their invitations: who the main administrator sees, who may be
// invited, the lifetime of an invitation link and what removing a user takes with them.
// Tokens are kept only as SHA-256 hashes: the handlers hash before updateDb (Web Crypto is async).
import type { AccountUser } from '@/api/types'
import { endSessionsOf } from '../auth/service'
import { problem, type ProblemResponse } from '../kernel/problems'
import type { DbAccount, DbInvitation, DbState, DbUser } from '../kernel/schema'
import { compareIso } from '../kernel/order'

export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000
/** "Resend invitation" at most this often. */
export const RESEND_INTERVAL_MS = 60_000

/** The path of the invitation page in the panel (the link in the mail). */
export const invitationPath = (token: string) => `/invite/${token}`
export const USERS_TAB_PATH = '/profile/users'

const iso = (at: number) => new Date(at).toISOString()

function lastLoginAt(db: DbState, userId: string): string | null {
  let newest: string | null = null
  for (const e of db.loginEvents) if (e.userId === userId && e.result === 'success' && (newest === null || e.at > newest)) newest = e.at
  return newest
}

export function accountUserView(db: DbState, user: DbUser, at: number): AccountUser {
  const invitation = user.status === 'invited' ? user.invitation : null
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    invitedAt: user.invitedAt ?? null,
    lastLoginAt: lastLoginAt(db, user.id),
    invitation: invitation
      ? {
          sentAt: invitation.sentAt,
          expiresAt: invitation.expiresAt,
          expired: Date.parse(invitation.expiresAt) <= at,
          resendAvailableAt: iso(Date.parse(invitation.sentAt) + RESEND_INTERVAL_MS),
        }
      : null,
    removable: user.role !== 'admin',
  }
}

/** The main administrator first, then in the order they were invited. */
export function accountUsers(db: DbState, accountId: string, at: number): AccountUser[] {
  const since = (u: DbUser) => u.invitedAt ?? u.createdAt
  return db.users
    .filter((u) => u.accountId === accountId)
    .sort((a, b) => Number(a.role !== 'admin') - Number(b.role !== 'admin') || compareIso(since(a), since(b)))
    .map((u) => accountUserView(db, u, at))
}

/** Why `email` (lower-cased) cannot be invited to the account, as the field's error code; null if it can. */
export function inviteRefusal(db: DbState, accountId: string, email: string): 'validation.emailInUse' | 'validation.alreadyInvited' | null {
  const holder = db.users.find((u) => u.email === email)
  if (!holder) return null
  return holder.accountId === accountId && holder.status === 'invited' ? 'validation.alreadyInvited' : 'validation.emailInUse'
}

/** A fresh link for `user`: the previous one (if any) stops working, as its hash is replaced. */
export function issueInvitation(user: DbUser, tokenHash: string, invitedBy: string, at: number): DbInvitation {
  const invitation: DbInvitation = { tokenHash, sentAt: iso(at), expiresAt: iso(at + INVITATION_TTL_MS), invitedBy, acceptedAt: null, renewalRequestedAt: null }
  user.invitation = invitation
  return invitation
}

export interface InvitationMatch {
  user: DbUser
  invitation: DbInvitation
  account: DbAccount
}

/**
 * The invited user and their account by the hash of a link's token, or the refusal: 404 (unknown,
 * or replaced by a newer link), 409 (accepted), 410 (expired; `allowExpired` for the renewal request).
 */
export function invitationByTokenHash(db: DbState, tokenHash: string, at: number, allowExpired = false): InvitationMatch | ProblemResponse {
  const user = db.users.find((u) => u.invitation?.tokenHash === tokenHash)
  const invitation = user?.invitation
  const account = user && db.accounts.find((a) => a.id === user.accountId)
  if (!user || !invitation || !account) return problem(404, 'invitation.notFound')
  if (invitation.acceptedAt || user.status === 'active') return problem(409, 'invitation.used')
  if (!allowExpired && Date.parse(invitation.expiresAt) <= at) return problem(410, 'invitation.expired')
  return { user, invitation, account }
}

/** Seconds until the invitation may be sent again, or 0 when it may be now. */
export function resendWaitSeconds(user: DbUser, at: number): number {
  const sentAt = user.invitation ? Date.parse(user.invitation.sentAt) : Number.NEGATIVE_INFINITY
  return Math.max(0, Math.ceil((sentAt + RESEND_INTERVAL_MS - at) / 1000))
}

/** Takes the user out of the data: their sessions end (next request 401), their keys and log in state go. */
export function removeUser(db: DbState, user: DbUser): void {
  endSessionsOf(db, user.id, null)
  db.apiKeys = db.apiKeys.filter((k) => k.userId !== user.id)
  db.loginChallenges = db.loginChallenges.filter((c) => c.userId !== user.id)
  delete db.twoFactorFailures[user.id]
  delete db.failedLogins[user.email]
  db.loginEvents = db.loginEvents.filter((e) => e.userId !== user.id)
  db.users = db.users.filter((u) => u.id !== user.id)
}
