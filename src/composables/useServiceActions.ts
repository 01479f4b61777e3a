// "Stop", "Start" and "Delete" of a service, one implementation for the Services list and a
// service's page: which action is on its way (its button is busy, the others wait), the last
// failure (shown where the user acted, see ServiceActionMessages.vue), the service whose delete
// dialog is open, and what was just done (announced politely). The store changes the list and
// reloads the home summary and the balances; `changed` / `deleted` let the page follow.
import { ref } from 'vue'
import type { Service } from '@/api/types'
import { useServicesStore } from '@/stores/services'

export type ServiceAction = 'stop' | 'start' | 'delete'

export interface ServiceActionFailure {
  service: Service
  action: ServiceAction
  error: unknown
}

export interface ServiceActionDone {
  name: string
  action: ServiceAction
}

export interface ServiceActionHooks {
  changed?: (service: Service) => void
  deleted?: (service: Service) => void
}

export function useServiceActions(hooks: ServiceActionHooks = {}) {
  const store = useServicesStore()
  const pending = ref<{ id: string; action: 'stop' | 'start' } | null>(null)
  const failure = ref<ServiceActionFailure | null>(null)
  const done = ref<ServiceActionDone | null>(null)
  /** The service the delete dialog asks about; null while it is closed. */
  const deleting = ref<Service | null>(null)

  async function run(service: Service, action: 'stop' | 'start') {
    if (pending.value) return
    pending.value = { id: service.id, action }
    failure.value = null
    done.value = null
    try {
      const updated = action === 'stop' ? await store.stop(service.id) : await store.start(service.id)
      done.value = { name: updated.name, action }
      hooks.changed?.(updated)
    } catch (error) {
      failure.value = { service, action, error }
    } finally {
      pending.value = null
    }
  }

  function askDelete(service: Service) {
    failure.value = null
    done.value = null
    deleting.value = service
  }

  function closeDelete() {
    deleting.value = null
  }

  /** The dialog deleted it (the store has dropped it from the list already). */
  function onDeleted(service: Service) {
    deleting.value = null
    done.value = { name: service.name, action: 'delete' }
    hooks.deleted?.(service)
  }

  return {
    pending,
    failure,
    done,
    deleting,
    stop: (service: Service) => run(service, 'stop'),
    start: (service: Service) => run(service, 'start'),
    askDelete,
    closeDelete,
    onDeleted,
  }
}

