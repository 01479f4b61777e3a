import { api } from './client'
import type {
  ActiveSession,
  BackupCodes,
  EndedSessions,
  LoginHistoryPage,
  PasswordAndCode,
  PasswordChange,
  PasswordChangeResult,
  PasswordConfirmation,
  TwoFactorCode,
  TwoFactorSetup,
  TwoFactorStatus,
} from './types'

export interface LoginHistoryQuery {
  user?: string
  limit?: number
  offset?: number
}

function queryString(query: LoginHistoryQuery): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value))
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const securityApi = {
  changePassword: (body: PasswordChange) => api.post<PasswordChangeResult>('/security/password', body),
  loginHistory: (query: LoginHistoryQuery = {}) => api.get<LoginHistoryPage>(`/security/login-history${queryString(query)}`),
  sessions: () => api.get<ActiveSession[]>('/security/sessions'),
  endSession: (id: string) => api.delete<void>(`/security/sessions/${encodeURIComponent(id)}`),
  endOtherSessions: () => api.post<EndedSessions>('/security/sessions/end-others'),
  twoFactor: () => api.get<TwoFactorStatus>('/security/two-factor'),
  setUpTwoFactor: (body: PasswordConfirmation) => api.post<TwoFactorSetup>('/security/two-factor/setup', body),
  enableTwoFactor: (body: TwoFactorCode) => api.post<BackupCodes>('/security/two-factor/enable', body),
  disableTwoFactor: (body: PasswordAndCode) => api.post<void>('/security/two-factor/disable', body),
  renewBackupCodes: (body: PasswordAndCode) => api.post<BackupCodes>('/security/two-factor/backup-codes', body),
}
