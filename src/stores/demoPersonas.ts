// The demo personas of the mock backend, for the one-click logins and the `/login?as=<email>`
// links. A real backend has none (it answers 404) and the list stays empty.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { authApi } from '@/api/auth'
import type { DemoPersona } from '@/api/types'

export const useDemoPersonasStore = defineStore('demoPersonas', () => {
  const personas = ref<DemoPersona[]>([])
  const loading = ref(false)
  let pending: Promise<DemoPersona[]> | null = null

  /** Loads the list once; the login page and its demo block share one request. Never throws. */
  function load(): Promise<DemoPersona[]> {
    pending ??= (async () => {
      loading.value = true
      try {
        personas.value = await authApi.demoPersonas()
      } catch {
        personas.value = []
        pending = null // a later visit may try again
      } finally {
        loading.value = false
      }
      return personas.value
    })()
    return pending
  }

  /** The persona with this email, if the backend has one. */
  async function find(email: string): Promise<DemoPersona | undefined> {
    return (await load()).find((persona) => persona.email === email)
  }

  return { personas, loading, load, find }
})
