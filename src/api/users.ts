import { api } from './client'
import type { AccountUser, AuthResponse, InvitationAccept, InvitationDetails, UserInvite } from './types'

const userPath = (id: string) => `/users/${encodeURIComponent(id)}`
const invitationPath = (token: string) => `/invitations/${encodeURIComponent(token)}`

export const usersApi = {
  list: () => api.get<AccountUser[]>('/users'),
  invite: (body: UserInvite) => api.post<AccountUser>('/users', body),
  resendInvitation: (id: string) => api.post<AccountUser>(`${userPath(id)}/invitation`),
  remove: (id: string) => api.delete<void>(userPath(id)),
}

/** The public invitation link: no session yet. */
export const invitationsApi = {
  get: (token: string) => api.get<InvitationDetails>(invitationPath(token)),
  accept: (token: string, body: InvitationAccept) => api.post<AuthResponse>(`${invitationPath(token)}/accept`, body),
  requestRenewal: (token: string) => api.post<void>(`${invitationPath(token)}/renewal`),
}
