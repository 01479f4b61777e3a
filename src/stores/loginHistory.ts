// The login history page: one page of attempts (newest first, paged by the API), for one user or
// every user the caller may see. Only the newest request may fill the page: the filter and the
// page buttons change faster than answers arrive.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { securityApi } from '@/api/security'
import type { LoginHistoryPage } from '@/api/types'

export const LOGIN_HISTORY_PAGE_SIZE = 20

export const useLoginHistoryStore = defineStore('loginHistory', () => {
  const page = ref<LoginHistoryPage | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let call = 0

  /** `user`: a user id, or '' for everyone the caller may see. */
  async function load(user: string, offset = 0) {
    const current = ++call
    loading.value = true
    error.value = null
    try {
      const result = await securityApi.loginHistory({ user: user || undefined, limit: LOGIN_HISTORY_PAGE_SIZE, offset })
      if (current !== call) return
      // A page past the end (an old link): the last page instead.
      if (result.items.length === 0 && result.total > 0 && offset > 0) {
        return await load(user, Math.floor((result.total - 1) / LOGIN_HISTORY_PAGE_SIZE) * LOGIN_HISTORY_PAGE_SIZE)
      }
      page.value = result
    } catch (failure) {
      if (current === call) error.value = failure
    } finally {
      if (current === call) loading.value = false
    }
  }

  function clear() {
    call++
    page.value = null
    loading.value = false
    error.value = null
  }

  return { page, loading, error, load, clear }
})
