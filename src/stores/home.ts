// The home page summary (balances, ticket counters, discount). The header shows its main balance
// on every page, so a load already on its way is shared rather than sent twice; on a reload the
// router has already asked for it (prefetchHomeSummary, src/router/routeData.ts).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { homeApi } from '@/api/home'
import type { HomeSummary } from '@/api/types'
import { joinEarly, startEarly } from './earlyRequests'

const SUMMARY = 'home.summary'
/** A summary asked for this recently is the home page's fresh one (the header's load on a reload). */
export const SUMMARY_FRESH_MS = 2_000

/** Starts the summary's request as the navigation home starts (the store's next load joins it). */
export function prefetchHomeSummary(): void {
  startEarly(SUMMARY, () => homeApi.summary())
}

export const useHomeStore = defineStore('home', () => {
  const summary = ref<HomeSummary | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let inFlight: Promise<void> | null = null
  let generation = 0

  async function fetchSummary(mine: number) {
    loading.value = true
    error.value = null
    try {
      const result = await joinEarly(SUMMARY, () => homeApi.summary())
      if (mine === generation) summary.value = result
    } catch (failure) {
      if (mine === generation) error.value = failure
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /** When the summary held (or on its way) was asked for. */
  let requestedAt = Number.NEGATIVE_INFINITY

  /** Loads the summary afresh (a load already on its way is the fresh one). */
  function load(): Promise<void> {
    if (!inFlight) {
      requestedAt = Date.now()
      inFlight = fetchSummary(generation).finally(() => (inFlight = null))
    }
    return inFlight
  }

  /**
   * The home page's load: afresh, unless a summary was asked for a moment ago (on a reload the
   * header asks for it too, and the page, mounting a little later, would send the same request again).
   */
  function loadUnlessFresh(): Promise<void> {
    if (summary.value && !error.value && Date.now() - requestedAt < SUMMARY_FRESH_MS) return Promise.resolve()
    return load()
  }

  /** Whose summary is held: a persona switch must never show the previous user's balances. */
  let ownerId: string | null = null

  /** Loads the summary of `userId` unless it is here already (another user's is dropped first). */
  function ensureLoadedFor(userId: string): Promise<void> {
    if (ownerId !== userId) {
      clear()
      ownerId = userId
    }
    return summary.value ? Promise.resolve() : load()
  }

  /** Forgets the summary (another user logged in): an answer still on its way is dropped. */
  function clear() {
    generation++
    inFlight = null
    requestedAt = Number.NEGATIVE_INFINITY
    summary.value = null
    error.value = null
    loading.value = false
  }

  return { summary, loading, error, load, loadUnlessFresh, ensureLoadedFor, clear }
})
