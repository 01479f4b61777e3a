// Context help: whether the panel is open (any page opens it: "Context help" on the home page, the
// header's help button) and the help of the page the user is on, loaded from the API.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { helpApi } from '@/api/help'
import type { ContextHelp, Locale } from '@/api/types'
import { useSessionStore } from '@/stores/session'

export const useHelpStore = defineStore('help', () => {
  const isOpen = ref(false)
  const entry = ref<ContextHelp | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  /**
   * Page, language and user of what `entry` holds, so reopening the panel on the same page is
   * instant (the articles offered depend on the account, so another login loads them again).
   */
  let loadedKey = ''
  let call = 0

  const open = () => (isOpen.value = true)
  const close = () => (isOpen.value = false)

  async function load(routeName: string, locale: Locale) {
    const key = `${routeName}:${locale}:${useSessionStore().user?.id ?? ''}`
    if (key === loadedKey && entry.value) return
    const mine = ++call
    loading.value = true
    error.value = null
    entry.value = null
    try {
      const result = await helpApi.forRoute(routeName, locale)
      if (mine !== call) return
      entry.value = result
      loadedKey = key
    } catch (failure) {
      if (mine === call) error.value = failure
    } finally {
      if (mine === call) loading.value = false
    }
  }

  return { isOpen, open, close, entry, loading, error, load }
})
