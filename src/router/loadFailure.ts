// A page whose code cannot be fetched (offline, or a deploy replaced the chunks) fails the
// navigation: the user would stay where they were with no word. This remembers the navigation
// that failed so LayoutRouteLoadError can say so and try it again.
import { shallowRef, type ShallowRef } from 'vue'
import { useRouter, type RouteLocationRaw, type Router } from 'vue-router'

/** How Chromium, Firefox and Safari word a failed dynamic import, and Vite a failed preload. */
const CHUNK_LOAD_FAILURE = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message)
}

interface FailedNavigation {
  to: RouteLocationRaw
}

const failures = new WeakMap<Router, ShallowRef<FailedNavigation | null>>()

export function installLoadFailureHandler(router: Router): void {
  const failed = shallowRef<FailedNavigation | null>(null)
  failures.set(router, failed)
  router.onError((error, to) => {
    if (isChunkLoadError(error)) failed.value = { to: to.fullPath }
  })
  // Any navigation that completes (the retry, or the user going elsewhere) settles the message.
  router.afterEach((_to, _from, failure) => {
    if (!failure) failed.value = null
  })
}

/** The failed navigation, if any, and a retry of it. */
export function useRouteLoadFailure() {
  const router = useRouter()
  const failed = failures.get(router) ?? shallowRef<FailedNavigation | null>(null)
  const retrying = shallowRef(false)

  async function retry() {
    const target = failed.value?.to
    if (!target) return
    retrying.value = true
    try {
      await router.push(target)
    } catch {
      // Failed again: onError has kept the message up.
    } finally {
      retrying.value = false
    }
  }

  return { failed, retrying, retry }
}
