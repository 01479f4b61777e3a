import { createRouter, createWebHistory, type Router } from 'vue-router'
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
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  installAuthGuard(router)
  installRouteData(router)
  installLoadFailureHandler(router)
  installMessagesGuard(router)
  // Vitest mounts an app per test: no background imports of every page there.
  if (import.meta.env.MODE !== 'test') installRoutePrefetch(router)
  return router
}
