// The account's low-balance alert ("Notifications" of Balance and payments).
import { api } from './client'
import type { BalanceAlerts, BalanceAlertSettings } from './types'

export const balanceAlertsApi = {
  get: () => api.get<BalanceAlerts>('/billing/notifications'),
  /** The main administrator only (403 `auth.forbiddenRole` for a user). */
  save: (settings: BalanceAlertSettings) => api.put<BalanceAlerts>('/billing/notifications', settings),
}
