// The code of the pages people go to next (the side navigation's sections) is fetched when the
// browser is idle after the first page has shown, so a later click waits only for its data. Chunks
// only, no data; nothing on a connection that asks to save data. A chunk that fails here is not an
// error: the navigation asks for it again and says so if it fails then.
//
// A build preloads the chunks (`<link rel="modulepreload">`: fetched and compiled, not run): the
// files of each page come from the build's map (scripts/vite/routeChunks.ts). Running them at once,
// as an import() would, put every page's module state in the heap of a visit that may never open
// them (0.3 MB after the home page, issue 15). Their stylesheets are linked as an import() would
// link them: a `prefetch` only fills the HTTP cache, which a server that says `no-store` bypasses,
// and the click then waited for the styles again (Vite's loader awaits them before the page runs).
// Vite's loader finds a linked stylesheet and does not add it twice. The styles are scoped to their
// components (check:bundle fails on a global rule in a lazy stylesheet), so linking them early
// changes nothing on the page. The dev server has no such map and imports the pages.
import type { RouteComponent, RouteLocationRaw, Router } from 'vue-router'
import { whenIdle } from '@/composables/whenIdle'
import { ROUTE } from './names'
import { ROUTE_CHUNKS_FILE } from './routeChunksFile'

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

/**
 * The source modules of LIKELY_NEXT's pages and their layouts, as the build's map names them (a
 * built router only holds functions; tests/unit/routePrefetch.test.ts checks these are the ones).
 */
export const LIKELY_NEXT_MODULES: readonly string[] = [
  'src/views/BalanceView.vue',
  'src/components/services/ServicesTab.vue',
  'src/components/balance/BalanceOverviewTab.vue',
  'src/components/transactions/TransactionsTab.vue',
  'src/views/TicketsView.vue',
  'src/views/ProfileView.vue',
  'src/views/ProfileTabView.vue',
  'src/views/ReferralView.vue',
  'src/views/KnowledgeBaseView.vue',
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

/**
 * Preloads the files of `modules` from the build's map: a module chunk as `modulepreload` (in the
 * page's module map, compiled, not run), a stylesheet as a `stylesheet` link (removed again if it
 * fails, so the page's own import asks for it again). A file the page already has a link or script
 * for is skipped. A map that cannot be read preloads nothing.
 */
export async function preloadModules(modules: readonly string[], base: string = import.meta.env.BASE_URL): Promise<void> {
  let map: Record<string, string[]>
  try {
    const response = await fetch(`${base}${ROUTE_CHUNKS_FILE}`)
    if (!response.ok) return
    map = (await response.json()) as Record<string, string[]>
  } catch {
    return
  }
  const present = new Set([...document.querySelectorAll('link[href]')].map((link) => (link as HTMLLinkElement).href))
  for (const script of document.querySelectorAll('script[src]')) present.add((script as HTMLScriptElement).src)
  for (const file of new Set(modules.flatMap((module) => map[module] ?? []))) {
    const href = new URL(`${base}${file}`, document.baseURI).href
    if (present.has(href)) continue
    const link = document.createElement('link')
    if (file.endsWith('.css')) {
      link.rel = 'stylesheet'
      link.addEventListener('error', () => link.remove(), { once: true })
    } else {
      link.rel = 'modulepreload'
    }
    link.href = href
    document.head.append(link)
  }
}

/** After the first navigation has shown its page, when idle: the likely next pages' code. */
export function installRoutePrefetch(
  router: Router,
  locations: readonly RouteLocationRaw[] = LIKELY_NEXT,
  prefetch: () => Promise<void> = import.meta.env.DEV ? () => prefetchRoutes(router, locations) : () => preloadModules(LIKELY_NEXT_MODULES),
): void {
  void router.isReady().then(
    () => {
      if (savesData()) return
      whenIdle(() => void prefetch())
    },
    () => undefined,
  )
}
