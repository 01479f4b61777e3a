// The texts a page needs are in before it shows. The shell and the home page use only the core
// messages (loaded before mount, src/i18n); every other page needs the rest of them. Their load
// starts as the navigation does and is awaited only when it resolves, so it runs alongside the
// page's own chunks. After the first page has painted, the rest loads when the browser is idle, so
// the next page usually finds it there.
import type { RouteRecordNameGeneric, Router } from 'vue-router'
import { loadMessageGroup } from '@/i18n'
import { ROUTE } from './names'
import { whenIdle } from '@/composables/whenIdle'

/** Pages whose texts are all in core (src/i18n/areas.ts). */
const CORE_ONLY: ReadonlySet<RouteRecordNameGeneric> = new Set([ROUTE.home, ROUTE.notFound])

export function installMessagesGuard(router: Router): void {
  const loading = new WeakMap<object, Promise<void>>()
  router.beforeEach((to) => {
    if (CORE_ONLY.has(to.name)) return
    const rest = loadMessageGroup('rest')
    rest.catch(() => undefined) // handled in beforeResolve, not reported as unhandled meanwhile
    loading.set(to, rest)
  })
  // A failed load fails the navigation as a failed page chunk does (LayoutRouteLoadError offers a retry).
  router.beforeResolve(async (to) => {
    await loading.get(to)
  })
  void router.isReady().then(
    () => whenIdle(() => void loadMessageGroup('rest').catch(() => undefined)),
    () => undefined,
  )
}
