// The account's connected services and the price catalogue the order forms use. Stop, start,
// delete and an order change the list here at once and reload the home summary (the services
// tile, the header's balance) and the balances (an order or a start spends from one). Failures
// are thrown to the caller, which words them where the user acted (and keeps what they typed).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { servicesApi } from '@/api/services'
import type { CloudServerOrder, DedicatedServerOrder, Service, ServiceCatalogue } from '@/api/types'
import { useBalanceStore } from './balance'
import { joinEarly, startEarly } from './earlyRequests'
import { useHomeStore } from './home'
import { useSessionStore } from './session'

const LIST = 'services.list'

/** From the router: the list starts loading with the tab's code; load joins the request. */
export function prefetchServices(): void {
  startEarly(LIST, () => servicesApi.list())
}

export const useServicesStore = defineStore('services', () => {
  const items = ref<Service[] | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const catalogue = ref<ServiceCatalogue | null>(null)
  const catalogueError = ref<unknown>(null)
  /** Whose services `items` and `catalogue` hold: another user's are not shown while the new ones load. */
  let ownerId: string | null = null

  function forgetOtherUser() {
    const userId = useSessionStore().user?.id ?? null
    if (userId === ownerId) return
    items.value = null
    catalogue.value = null
    ownerId = userId
  }

  async function load() {
    forgetOtherUser()
    loading.value = true
    error.value = null
    try {
      items.value = (await joinEarly(LIST, () => servicesApi.list())).items
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  /** The catalogue with this account's discount; loaded once per user. */
  async function loadCatalogue(): Promise<void> {
    forgetOtherUser()
    if (catalogue.value) return
    catalogueError.value = null
    try {
      catalogue.value = await servicesApi.catalogue()
    } catch (failure) {
      catalogueError.value = failure
    }
  }

  function replace(service: Service) {
    if (!items.value) return
    const index = items.value.findIndex((s) => s.id === service.id)
    items.value = index < 0 ? [service, ...items.value] : items.value.map((s) => (s.id === service.id ? service : s))
  }

  /** What spends or stops spending money changes the balances and the home page's figures. */
  function moneyChanged() {
    void useHomeStore().load()
    if (useBalanceStore().overview) void useBalanceStore().load()
  }

  /** The service as the API answered a change of it: into the list, and the money figures follow. */
  async function changed(request: Promise<Service>): Promise<Service> {
    const service = await request
    replace(service)
    moneyChanged()
    return service
  }

  const stop = (id: string) => changed(servicesApi.stop(id))
  const start = (id: string) => changed(servicesApi.start(id))
  const orderCloud = (order: CloudServerOrder, idempotencyKey: string) => changed(servicesApi.orderCloud(order, idempotencyKey))
  const orderDedicated = (order: DedicatedServerOrder, idempotencyKey: string) => changed(servicesApi.orderDedicated(order, idempotencyKey))

  async function remove(id: string): Promise<void> {
    await servicesApi.remove(id)
    if (items.value) items.value = items.value.filter((s) => s.id !== id)
    moneyChanged()
  }

  return { items, loading, error, catalogue, catalogueError, load, loadCatalogue, stop, start, remove, orderCloud, orderDedicated }
})
