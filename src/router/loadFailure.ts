// A page whose code cannot be fetched (offline, or a deploy replaced the chunks) fails the
// navigation: the user would stay where they were with no word. This remembers the navigation
// that failed so LayoutRouteLoadError can say so and try it again.
//
// The retry navigates in the page first (what it holds stays). A browser may keep a module that
// failed to fetch as failed for the rest of the page's life (Chromium 150 does, as the HTML spec
// says): an import of it then fails at once, without asking the network. So a retry that fails as
// the first did loads the page afresh, which asks for its code again.
import { shallowRef, type ShallowRef } from 'vue'
import { useRouter, type RouteLocationRaw, type Router } from 'vue-router'

/** How Chromium, Firefox and Safari word a failed dynamic import, and Vite a failed preload. */
const CHUNK_LOAD_FAILURE = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_FAILURE.test(error.message)
}

/** The full page load a failed retry falls back to (an object, so that tests can watch it). */
export const pageLoad = {
  open(href: string): void {
    window.location.assign(href)
  },
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
      retrying.value = false
    } catch (error) {
      // Failed again: onError has kept the message up, and the page is loaded afresh (the button
      // stays busy until it goes). Any other failure leaves the page as it is.
      if (isChunkLoadError(error)) pageLoad.open(router.resolve(target).href)
      else retrying.value = false
    }
  }

  return { failed, retrying, retry }
}
