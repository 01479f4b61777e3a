// The code of the pages people go to next (the side navigation's sections) is fetched when the
// browser is idle after the first page has shown, so a later click waits only for its data. Chunks
// only, no data; nothing on a connection that asks to save data. A chunk that fails here is not an
// error: the navigation fetches it again and says so if it fails then.
import type { RouteComponent, RouteLocationRaw, Router } from 'vue-router'
import { whenIdle } from '@/composables/whenIdle'
import { ROUTE } from './names'

/** The side navigation's sections (src/components/layout/sections.ts) and the tabs they open. */
export const LIKELY_NEXT: readonly RouteLocationRaw[] = [
  { name: ROUTE.services },
  { name: ROUTE.balance },
  { name: ROUTE.balanceTransactions },
  { name: ROUTE.tickets },
  { name: ROUTE.profile },
  { name: ROUTE.referral },
  { name: ROUTE.knowledgeBase },
]

interface NetworkInformationLike {
  saveData?: boolean
}

function savesData(): boolean {
  const connection = (globalThis.navigator as (Navigator & { connection?: NetworkInformationLike }) | undefined)?.connection
  return connection?.saveData === true
}

type LazyComponent = () => Promise<RouteComponent>
// As vue-router tells a lazy component from a functional one.
const isLazy = (component: unknown): component is LazyComponent => typeof component === 'function' && !('displayName' in component) && !('props' in component) && !('__vccOpts' in component)

/** Imports the lazy components of `locations` (each route with its parents), one after the other. */
export async function prefetchRoutes(router: Router, locations: readonly RouteLocationRaw[] = LIKELY_NEXT): Promise<void> {
  const loaders = new Set<LazyComponent>()
  for (const location of locations) {
    for (const record of router.resolve(location).matched) {
      for (const component of Object.values(record.components ?? {})) if (isLazy(component)) loaders.add(component)
    }
  }
  // One at a time: the page in front keeps the network and the main thread for itself.
  for (const load of loaders) {
    try {
      await load()
    } catch {
      // Fetched again when the page is opened.
    }
  }
}

/** After the first navigation has shown its page, when idle: the likely next pages' code. */
export function installRoutePrefetch(router: Router, locations: readonly RouteLocationRaw[] = LIKELY_NEXT): void {
  void router.isReady().then(
    () => {
      if (savesData()) return
      whenIdle(() => void prefetchRoutes(router, locations))
    },
    () => undefined,
  )
}
