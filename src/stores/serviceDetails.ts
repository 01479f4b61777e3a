// A service's own page: the service with its cost so far this month, and its latest charges
// (GET /transactions?service=<id>). Only the newest request may fill it: the page can switch to
// another service before an answer arrives.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { servicesApi } from '@/api/services'
import { transactionsApi } from '@/api/transactions'
import type { Service, ServiceDetails, TransactionPage } from '@/api/types'

/** How many of its charges the page lists (the rest are in Transactions). */
export const SERVICE_CHARGES_LIMIT = 20

export const useServiceDetailsStore = defineStore('serviceDetails', () => {
  const details = ref<ServiceDetails | null>(null)
  const error = ref<unknown>(null)
  const charges = ref<TransactionPage | null>(null)
  const chargesError = ref<unknown>(null)
  let call = 0

  async function loadCharges(id: string, mine: number) {
    try {
      const page = await transactionsApi.list({ service: id, limit: SERVICE_CHARGES_LIMIT, offset: 0 })
      if (mine === call) {
        charges.value = page
        chargesError.value = null
      }
    } catch (failure) {
      if (mine === call) chargesError.value = failure
    }
  }

  async function loadDetails(id: string, mine: number) {
    try {
      const result = await servicesApi.get(id)
      if (mine === call) {
        details.value = result
        error.value = null
      }
    } catch (failure) {
      if (mine === call) error.value = failure
    }
  }

  /** Loads the service and its charges; a refresh of the same service keeps what is shown meanwhile. */
  async function load(id: string): Promise<void> {
    const mine = ++call
    if (details.value?.service.id !== id) {
      details.value = null
      charges.value = null
    }
    error.value = null
    chargesError.value = null
    await Promise.all([loadDetails(id, mine), loadCharges(id, mine)])
  }

  /** A stop or start answered with the service: shown at once, before the refresh. */
  function replaceService(service: Service) {
    if (details.value?.service.id === service.id) details.value = { ...details.value, service }
  }

  function clear() {
    call++
    details.value = null
    charges.value = null
    error.value = null
    chargesError.value = null
  }

  return { details, error, charges, chargesError, load, replaceService, clear }
})
