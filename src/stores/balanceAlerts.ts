// The account's low-balance alert as this user may see it (`canEdit`: the main administrator).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { balanceAlertsApi } from '@/api/balanceAlerts'
import type { BalanceAlerts, BalanceAlertSettings } from '@/api/types'
import { useSessionStore } from './session'

export const useBalanceAlertsStore = defineStore('balanceAlerts', () => {
  const alerts = ref<BalanceAlerts | null>(null)
  const loadError = ref<unknown>(null)
  /** Whose view this is: another login must never see (or edit) the previous one's, even for a moment. */
  const ownerId = ref<string | null>(null)

  async function load() {
    const userId = useSessionStore().user?.id ?? null
    if (ownerId.value !== userId) alerts.value = null
    ownerId.value = userId
    loadError.value = null
    try {
      alerts.value = await balanceAlertsApi.get()
    } catch (error) {
      loadError.value = error
    }
  }

  /** Saves; throws ApiError (422 field errors, 403…) for the form to show, which keeps what was typed. */
  async function save(settings: BalanceAlertSettings): Promise<BalanceAlerts> {
    const saved = await balanceAlertsApi.save(settings)
    alerts.value = saved
    return saved
  }

  return { alerts, loadError, load, save }
})
