// The mock-only QA endpoints, through the app's one HTTP client.
import { api } from '@/api/client'
import type { AuthResponse } from '@/api/types'
import type { QaClock, QaClockChange, QaMail, QaNetwork, QaPersonaAccount, QaRequest, QaTwoFactorCode } from './types'

/** A list answer, bare or as `{ <key>: [...] }`. */
const listOf = <T>(body: unknown, key: string): T[] => (Array.isArray(body) ? body : ((body as Record<string, T[]> | null)?.[key] ?? [])) as T[]

export const qaApi = {
  personas: async () => listOf<QaPersonaAccount>(await api.get('/__qa/personas'), 'accounts'),
  signIn: (userId: string) => api.post<AuthResponse>('/__qa/sign-in', { userId }),
  clock: () => api.get<QaClock>('/__qa/clock'),
  changeClock: (change: QaClockChange) => api.post<QaClock>('/__qa/clock', change),
  network: () => api.get<QaNetwork>('/__qa/network'),
  setNetwork: (network: QaNetwork) => api.put<QaNetwork>('/__qa/network', network),
  requests: async () => listOf<QaRequest>(await api.get('/__qa/requests'), 'items'),
  reset: () => api.post<void>('/__qa/reset'),
  exportData: () => api.get<unknown>('/__qa/export'),
  importData: (data: unknown) => api.post<void>('/__qa/import', data),
  twoFactor: async () => listOf<QaTwoFactorCode>(await api.get('/__qa/two-factor'), 'items'),
  mailbox: async () => listOf<QaMail>(await api.get('/__qa/mailbox'), 'items'),
}
