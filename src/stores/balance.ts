// The account's balances with their forecasts, and transfers between them. After a transfer the
// home summary (the header's main balance) is loaded again; a transfer refused because the
// balances changed meanwhile (409) reloads them, so the form is checked against what is there now.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { ApiError } from '@/api/client'
import { balanceApi } from '@/api/balance'
import type { BalanceOverview, TransferRequest, TransferResult } from '@/api/types'
import { joinEarly, startEarly } from './earlyRequests'
import { useHomeStore } from './home'
import { useSessionStore } from './session'

const OVERVIEW = 'balance.overview'

/** From the router: the balances start loading with the tab's code; load joins the request. */
export function prefetchBalances(): void {
  startEarly(OVERVIEW, () => balanceApi.overview())
}

export const useBalanceStore = defineStore('balance', () => {
  const overview = ref<BalanceOverview | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  /** Whose balances `overview` holds: another user's are not shown while the new ones load. */
  let ownerId: string | null = null

  async function load() {
    const userId = useSessionStore().user?.id ?? null
    if (userId !== ownerId) overview.value = null
    loading.value = true
    error.value = null
    try {
      overview.value = await joinEarly(OVERVIEW, () => balanceApi.overview())
      ownerId = userId
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  /** Failures are thrown to the form, which keeps what was typed. */
  async function transfer(request: TransferRequest, idempotencyKey: string): Promise<TransferResult> {
    try {
      const result = await balanceApi.transfer(request, idempotencyKey)
      overview.value = result.overview
      void useHomeStore().load()
      return result
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'balance.changed') void load()
      throw failure
    }
  }

  return { overview, loading, error, load, transfer }
})
