// The API keys tab's state: the user's own keys (newest first) and the address the API sees them
// calling from (offered for a key's allowed list). Changes go to the API first and update the list
// from its answer; failures are thrown to the caller, which words them where the user acted and
// keeps what they typed. A key gone or changed elsewhere (another tab) reloads the list.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { apiKeysApi } from '@/api/apiKeys'
import { apiBaseUrl, ApiError } from '@/api/client'
import type { ApiKey, ApiKeyCreate, ApiKeySecret } from '@/api/types'
import { joinEarly, startEarly } from './earlyRequests'
import { useSessionStore } from './session'

/** Refusals that mean the list is out of date. */
const STALE_CODES = new Set(['apiKeys.notFound', 'apiKeys.notActive'])

const LIST = 'apiKeys.list'

/** From the router: the keys start loading with the tab's code; load joins the request. */
export function prefetchApiKeys(): void {
  startEarly(LIST, () => apiKeysApi.list())
}

export const useApiKeysStore = defineStore('apiKeys', () => {
  const items = ref<ApiKey[] | null>(null)
  const callerIp = ref<string | null>(null)
  const error = ref<unknown>(null)
  /** Where a key calls the API (the "How to use a key" example). */
  const apiUrl = apiBaseUrl()
  /** Whose keys the state holds: another user's are not shown while the new one's load. */
  let ownerId: string | null = null

  function forgetOtherUser() {
    const userId = useSessionStore().user?.id ?? null
    if (userId === ownerId) return
    items.value = null
    callerIp.value = null
    ownerId = userId
  }

  async function load() {
    forgetOtherUser()
    error.value = null
    try {
      const list = await joinEarly(LIST, () => apiKeysApi.list())
      items.value = list.items
      callerIp.value = list.callerIp
    } catch (failure) {
      error.value = failure
    }
  }

  /** The key as the API answered it, in its place (a new one first). */
  function put(key: ApiKey) {
    const list = items.value ?? []
    items.value = list.some((k) => k.id === key.id) ? list.map((k) => (k.id === key.id ? key : k)) : [key, ...list]
  }

  /** Runs a change; when it is refused because the list is stale, reloads it, then rethrows. */
  async function change<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (failure) {
      if (failure instanceof ApiError && STALE_CODES.has(failure.code)) void load()
      throw failure
    }
  }

  /** "Create key": answers the key with its secret, which the API gives this once. */
  const create = (body: ApiKeyCreate): Promise<ApiKeySecret> =>
    change(async () => {
      const created = await apiKeysApi.create(body)
      put(created.key)
      return created
    })

  const rename = (id: string, name: string): Promise<ApiKey> =>
    change(async () => {
      const key = await apiKeysApi.update(id, { name })
      put(key)
      return key
    })

  /** "Disable" / "Enable". */
  const setEnabled = (id: string, enabled: boolean): Promise<ApiKey> =>
    change(async () => {
      const key = await apiKeysApi.update(id, { enabled })
      put(key)
      return key
    })

  /** "Rotate": a new secret, answered once; the previous one keeps working for 24 hours. */
  const rotate = (id: string): Promise<ApiKeySecret> =>
    change(async () => {
      const rotated = await apiKeysApi.rotate(id)
      put(rotated.key)
      return rotated
    })

  const remove = (id: string): Promise<void> =>
    change(async () => {
      await apiKeysApi.remove(id)
      if (items.value) items.value = items.value.filter((k) => k.id !== id)
    })

  return { items, callerIp, error, apiUrl, load, create, rename, setEnabled, rotate, remove }
})
