// The Users tab (the main administrator's: list, invite, resend, remove) and the public invitation
// link (read it, accept it by setting a password, ask for a new one). Tokens and passwords are
// hashed before updateDb (async Web Crypto); the rules are in service.ts, the mails in mails.ts.
import type { InvitationAccept, InvitationDetails, UserInvite } from '@/api/types'
import { completeLogin } from '../auth/login'
import { hashPassword } from '../auth/passwords'
import { http } from '../kernel/api'
import { withAdmin } from '../kernel/auth'
import { clientOriginOf } from '../kernel/clientAddress'
import { now } from '../kernel/clock'
import { readDb, updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { publicRoute } from '../kernel/guard'
import { sha256Hex } from '../kernel/hash'
import { newId, newToken } from '../kernel/ids'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbUser } from '../kernel/schema'
import { sendInvitationMail, sendRenewalRequestMail } from './mails'
import { accountUsers, accountUserView, invitationByTokenHash, inviteRefusal, issueInvitation, removeUser, resendWaitSeconds } from './service'

/** A new link's token (for the mail) and its hash (for the data). */
async function newInvitationToken(): Promise<{ token: string; tokenHash: string }> {
  const token = newToken()
  return { token, tokenHash: await sha256Hex(token) }
}

const usersTabHandlers = [
  http.get(
    '/users',
    withAdmin(({ response, ctx }) => response(200).json(accountUsers(ctx.db, ctx.account.id, now()))),
  ),

  http.post(
    '/users',
    withAdmin(async ({ response, request, ctx }) => {
      const body = await readJson<UserInvite>(request)
      const { fieldErrorsOf, userInviteSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(userInviteSchema, body ?? {})
      if (errors || !body) return validationProblem(errors ?? {})
      const email = String(body.email).trim().toLowerCase()
      const name = String(body.name).trim()
      const { token, tokenHash } = await newInvitationToken()
      const at = now()
      return updateDb((db) => {
        const refusal = inviteRefusal(db, ctx.account.id, email)
        if (refusal) return validationProblem({ email: refusal })
        const account = db.accounts.find((a) => a.id === ctx.account.id)
        const inviter = db.users.find((u) => u.id === ctx.user.id)
        if (!account || !inviter) return problem(401, 'auth.unauthenticated')
        const invitedAt = new Date(at).toISOString()
        const user: DbUser = {
          id: newId('usr'),
          accountId: account.id,
          email,
          // No password until the invitation is accepted: nothing logs in as this user.
          passwordHash: '',
          name,
          role: 'user',
          status: 'invited',
          createdAt: invitedAt,
          // The invitee's mails are in the language of the screen they were invited from.
          settings: { language: ctx.language, theme: null, uiState: {} },
          invitedAt,
        }
        const invitation = issueInvitation(user, tokenHash, inviter.id, at)
        db.users.push(user)
        sendInvitationMail(db, user, inviter, account, token, invitation)
        return response(201).json(accountUserView(db, user, at))
      })
    }),
  ),

  http.post(
    '/users/{id}/invitation',
    withAdmin(async ({ response, params, ctx }) => {
      const { token, tokenHash } = await newInvitationToken()
      const at = now()
      return updateDb((db) => {
        const user = db.users.find((u) => u.id === params.id && u.accountId === ctx.account.id)
        if (!user) return problem(404, 'users.notFound')
        if (user.status === 'active') return problem(409, 'users.alreadyActive')
        const retryAfter = resendWaitSeconds(user, at)
        if (retryAfter > 0) return problem(429, 'users.resendTooSoon', { retryAfter }, { 'Retry-After': String(retryAfter) })
        const account = db.accounts.find((a) => a.id === ctx.account.id)
        const inviter = db.users.find((u) => u.id === ctx.user.id)
        if (!account || !inviter) return problem(401, 'auth.unauthenticated')
        // The old link stops working: its hash is no longer stored.
        const invitation = issueInvitation(user, tokenHash, inviter.id, at)
        sendInvitationMail(db, user, inviter, account, token, invitation)
        return response(200).json(accountUserView(db, user, at))
      })
    }),
  ),

  http.delete(
    '/users/{id}',
    withAdmin(({ response, params, ctx }) =>
      updateDb((db) => {
        const user = db.users.find((u) => u.id === params.id && u.accountId === ctx.account.id)
        if (!user) return problem(404, 'users.notFound')
        if (user.role === 'admin') return problem(409, 'users.cannotRemoveAdmin')
        removeUser(db, user)
        return response(204).empty()
      }),
    ),
  ),
]

const invitationLinkHandlers = [
  http.get(
    '/invitations/{token}',
    publicRoute(async ({ response, params }) => {
      const tokenHash = await sha256Hex(params.token)
      const db = readDb()
      const match = invitationByTokenHash(db, tokenHash, now())
      if (match instanceof Response) return match
      const inviter = db.users.find((u) => u.id === match.invitation.invitedBy)
      const details: InvitationDetails = {
        email: match.user.email,
        name: match.user.name,
        accountNumber: match.account.number,
        invitedBy: inviter ? inviter.name.trim() || inviter.email : '',
        expiresAt: match.invitation.expiresAt,
      }
      return response(200).json(details)
    }),
  ),

  http.post(
    '/invitations/{token}/accept',
    publicRoute(async ({ response, request, params }) => {
      const tokenHash = await sha256Hex(params.token)
      // An expired or used link says so before the password is looked at.
      const found = invitationByTokenHash(readDb(), tokenHash, now())
      if (found instanceof Response) return found
      const body = await readJson<InvitationAccept>(request)
      const { fieldErrorsOf, invitationAcceptSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(invitationAcceptSchema, body ?? {})
      if (errors || !body) return validationProblem(errors ?? {})
      const passwordHash = await hashPassword(String(body.password))
      const origin = clientOriginOf(request)
      const at = now()
      return updateDb((db) => {
        // Accepted, replaced or expired while the password was being hashed.
        const match = invitationByTokenHash(db, tokenHash, at)
        if (match instanceof Response) return match
        const { user, account, invitation } = match
        user.status = 'active'
        user.passwordHash = passwordHash
        invitation.acceptedAt = new Date(at).toISOString()
        if (body.language) user.settings.language = body.language
        if (body.theme) user.settings.theme = body.theme
        return response(200).json(completeLogin(db, user, account, origin, at))
      })
    }),
  ),

  http.post(
    '/invitations/{token}/renewal',
    publicRoute(async ({ response, params }) => {
      const tokenHash = await sha256Hex(params.token)
      const at = now()
      return updateDb((db) => {
        const match = invitationByTokenHash(db, tokenHash, at, true)
        if (match instanceof Response) return match
        // Once per link: asking again answers the same without another mail.
        if (!match.invitation.renewalRequestedAt) {
          match.invitation.renewalRequestedAt = new Date(at).toISOString()
          sendRenewalRequestMail(db, match.user, match.account, at)
        }
        return response(202).empty()
      })
    }),
  ),
]

export const usersHandlers = [...usersTabHandlers, ...invitationLinkHandlers]
