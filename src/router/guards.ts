// Login is required everywhere but public pages. A logged-out visitor is sent to log in and, after
// logging in, back to the page they asked for; an expired session does the same with a message.
// A log in or out in another tab of the browser is followed here too.
import type { LocationQuery, RouteLocationNormalized, Router } from 'vue-router'
import { onAuthTokenChangedElsewhere, onUnauthorized } from '@/api/client'
import { useSessionStore, type SessionEnd } from '@/stores/session'
import { ROUTE } from './names'

/** Only same-app paths are followed after login (never another site). */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}

/** What the link between login and registration carries along: where to go after, and a referral code. */
export function authQuery(query: LocationQuery): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const key of ['redirect', 'ref']) {
    const value = query[key]
    if (typeof value === 'string' && value) kept[key] = value
  }
  return kept
}

/** `reason` tells the login page why the session is gone (query `reason=expired|ended`). */
function loginFor(to: RouteLocationNormalized, reason?: SessionEnd) {
  const query: Record<string, string> = {}
  if (to.fullPath !== '/') query.redirect = to.fullPath
  if (reason) query.reason = reason
  return { name: ROUTE.login, query }
}

export function installAuthGuard(router: Router): void {
  router.beforeEach((to) => {
    const session = useSessionStore()
    if (to.meta.public) {
      // The login and registration pages make no sense once logged in, except for a shared
      // persona link (/login?as=<email>&redirect=<page>), which switches to that persona.
      const switchesPersona = to.name === ROUTE.login && typeof to.query.as === 'string'
      if (session.isAuthenticated && !switchesPersona && (to.name === ROUTE.login || to.name === ROUTE.register)) return safeRedirect(to.query.redirect)
      return true
    }
    if (!session.isAuthenticated) return loginFor(to, session.endedBy ?? undefined)
    return true
  })

  onUnauthorized(async (error) => {
    const session = useSessionStore()
    if (!session.isAuthenticated) return
    // Ended from another device or by a password change, not timed out: the login page says which.
    const reason: SessionEnd = error.code === 'auth.sessionEnded' ? 'ended' : 'expired'
    session.expire(reason)
    // On a reload the 401 can arrive before the first navigation ends: wait for it, so the
    // page the user was on is the one they return to after logging in.
    await router.isReady()
    const current = router.currentRoute.value
    if (!current.meta.public) await router.replace(loginFor(current, reason))
  })

  // Another tab logged out or in: this one follows, so it never shows one user's data to another.
  onAuthTokenChangedElsewhere(async (token) => {
    const change = await useSessionStore().followOtherTab(token)
    await router.isReady()
    const current = router.currentRoute.value
    if (change === 'loggedOut' && !current.meta.public) await router.replace(loginFor(current))
    else if (change === 'loggedIn' && (current.name === ROUTE.login || current.name === ROUTE.register)) await router.replace(safeRedirect(current.query.redirect))
    // Everything on the page and in the stores is the previous user's: start afresh.
    else if (change === 'switchedUser') window.location.reload()
  })
}
