// A page's data is asked for as the navigation to it starts, in parallel with the page's chunks
// and styles, instead of once its component has mounted. Each loader starts the request the page's
// store would send (src/stores/earlyRequests.ts): the store's own call joins it, so nothing is
// loaded twice, and the page keeps its own loading and error states. Never awaited: a slow or
// failed request neither holds nor breaks the navigation.
import type { RouteLocationNormalized, RouteLocationNormalizedLoaded, Router } from 'vue-router'
import { isLocale } from '@/i18n'
import { ROUTE, type RouteName } from './names'

type Loader = (to: RouteLocationNormalized) => Promise<unknown>

// Each loader imports only its store (a chunk the page needs anyway), so the entry stays small.
export const ROUTE_DATA: Partial<Record<RouteName, Loader>> = {
  // A logged-in reload starts here before the app has even mounted: the balances are on their way
  // while the shell renders.
  [ROUTE.home]: async () => (await import('@/stores/home')).prefetchHomeSummary(),
  [ROUTE.tickets]: async () => {
    const [{ prefetchTicketList }, { useTicketFilters }] = await Promise.all([import('@/stores/tickets'), import('@/composables/useTicketFilters')])
    const { status, search } = useTicketFilters().state.value
    prefetchTicketList({ status, q: search })
  },
  [ROUTE.balance]: async () => (await import('@/stores/balance')).prefetchBalances(),
  [ROUTE.balanceTransactions]: async () => {
    const [{ prefetchTransactions }, { useTransactionFilters }] = await Promise.all([import('@/stores/transactions'), import('@/composables/useTransactionFilters')])
    const { from, to, operation, balance } = useTransactionFilters().state.value
    prefetchTransactions({ from, to, operation, balance })
  },
  [ROUTE.services]: async () => (await import('@/stores/services')).prefetchServices(),
  [ROUTE.profile]: async () => (await import('@/stores/profile')).prefetchProfile(),
  [ROUTE.profileSecurity]: async () => (await import('@/stores/security')).prefetchSecurity(),
  [ROUTE.profileApiKeys]: async () => (await import('@/stores/apiKeys')).prefetchApiKeys(),
  [ROUTE.profileUsers]: async () => (await import('@/stores/users')).prefetchUsers(),
  [ROUTE.knowledgeBase]: async (to) => {
    const locale = document.documentElement.lang
    if (!isLocale(locale)) return
    const q = typeof to.query.q === 'string' ? to.query.q : ''
    ;(await import('@/stores/knowledgeBase')).prefetchKnowledgeBaseSearch(q, locale)
  },
  [ROUTE.referral]: async () => (await import('@/stores/referral')).prefetchReferral(),
}

/** Starts the data of the page being entered (not of one whose query or params change: it asks itself). */
export function loadRouteData(to: RouteLocationNormalized, from: RouteLocationNormalizedLoaded, loaders: Partial<Record<RouteName, Loader>> = ROUTE_DATA): void {
  if (to.name === from.name) return
  const loader = loaders[to.name as RouteName]
  if (!loader) return
  try {
    void loader(to).catch(() => undefined)
  } catch {
    // The page loads its data itself.
  }
}

/** Install after the auth guard: a navigation it turns away loads nothing. */
export function installRouteData(router: Router): void {
  router.beforeEach((to, from) => {
    loadRouteData(to, from)
  })
}
