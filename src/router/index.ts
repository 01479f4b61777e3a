import { createRouter, createWebHistory, START_LOCATION, type Router } from 'vue-router'
import { installAuthGuard } from './guards'
import { installLoadFailureHandler } from './loadFailure'
import { installMessagesGuard } from './messages'
import type { RouteName } from './names'
import { installRoutePrefetch } from './prefetch'
import { installRouteData } from './routeData'
import { routes } from './routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey?: string
    /** Reachable without logging in. */
    public?: boolean
    /** For sub-pages of a profile tab: the tab that stays selected. */
    tab?: RouteName
  }
}

export function createAppRouter(history = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({
    history,
    routes,
    // The first page of a load starts at the top anyway: scrolling there would only force a layout
    // before the first paint (a reload's saved position is still restored).
    scrollBehavior: (_to, from, saved) => saved ?? (from === START_LOCATION ? false : { top: 0 }),
  })
  installAuthGuard(router)
  installRouteData(router)
  installLoadFailureHandler(router)
  installMessagesGuard(router)
  // Vitest mounts an app per test: no background imports of every page there.
  if (import.meta.env.MODE !== 'test') installRoutePrefetch(router)
  return router
}
