// The home page summary (balances, ticket counters, discount).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { homeApi } from '@/api/home'
import type { HomeSummary } from '@/api/types'

export const useHomeStore = defineStore('home', () => {
  const summary = ref<HomeSummary | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)

  async function load() {
    loading.value = true
    error.value = null
    try {
      summary.value = await homeApi.summary()
    } catch (failure) {
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  return { summary, loading, error, load }
})
