// Two tabs of one browser share the stored session. The other tab is simulated: it writes
// localStorage directly and its `storage` event is dispatched here, as the browser does.
import { http } from 'msw'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import { ApiError, getAuthToken } from '@/api/client'
import { homeApi } from '@/api/home'
import type { AuthResponse } from '@/api/types'
import { createAppRouter } from '@/router'
import { ROUTE } from '@/router/names'
import { useSessionStore } from '@/stores/session'
import { problem } from '@mocks/kernel/problems'
import { server } from '@mocks/node'
import { settle } from '../../helpers/mountApp'

const TOKEN_KEY = 'ccp.token'
const USER_KEY = 'ccp.user'

/** Another tab logs in: its own request, its own storage writes (this tab's client is not involved). */
async function otherTabLogsIn(email: string): Promise<AuthResponse> {
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  })
  const session = (await response.json()) as AuthResponse
  localStorage.setItem(TOKEN_KEY, session.token)
  localStorage.setItem(USER_KEY, JSON.stringify(session.user))
  return session
}

async function otherTabLogsOut(token: string) {
  await fetch('/api/v1/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
  localStorage.removeItem(TOKEN_KEY)
  localStorage.removeItem(USER_KEY)
}

/** What the browser does in this tab after the other tab changed the token. */
function deliverStorageEvent(oldValue: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key: TOKEN_KEY, oldValue, newValue: localStorage.getItem(TOKEN_KEY) }))
}

let router: Router
let reload: Mock<() => void>

async function openTab(email: string, path: string) {
  setActivePinia(createPinia())
  router = createAppRouter(createMemoryHistory())
  await useSessionStore().login({ email, password: 'demo-password' })
  await router.push(path)
  await router.isReady()
  return getAuthToken()!
}

beforeEach(() => {
  reload = vi.fn<() => void>()
  vi.spyOn(window.location, 'reload').mockImplementation(reload)
})
afterEach(async () => {
  await settle()
})

describe('a session shared by two tabs', () => {
  it('keeps the session another tab has just saved when a stale request of this tab gets 401', async () => {
    const stale = await openTab('business.resident@demo.test', '/tickets')
    // The other tab logs out (ending this token on the server) and logs in as someone else; its
    // storage event has not reached this tab yet.
    await otherTabLogsOut(stale)
    const fresh = await otherTabLogsIn('sole.resident@demo.test')

    await expect(homeApi.summary()).rejects.toBeInstanceOf(ApiError)
    await settle()

    expect(localStorage.getItem(TOKEN_KEY)).toBe(fresh.token)
    expect(JSON.parse(localStorage.getItem(USER_KEY) ?? 'null')).toMatchObject({ email: 'sole.resident@demo.test' })
    // This tab follows the new session instead of ending it.
    expect(getAuthToken()).toBe(fresh.token)
    expect(useSessionStore().user?.email).toBe('sole.resident@demo.test')
  })

  it('ignores a 401 to a token that this tab has already replaced', async () => {
    const stale = await openTab('business.resident@demo.test', '/tickets')
    // The answer is held until the other tab has logged in again and this tab has heard of it, so
    // the 401 arrives late whatever the machine's speed (a busy test run once answered it first).
    let answer!: () => void
    const held = new Promise<void>((resolve) => (answer = resolve))
    server.use(
      http.get('*/api/v1/home/summary', async () => {
        await held
        return problem(401, 'auth.unauthenticated')
      }, { once: true }),
    )
    const request = homeApi.summary() // sent with the old token…
    await otherTabLogsOut(stale) // …which ends while the request is on its way
    const fresh = await otherTabLogsIn('business.resident@demo.test')
    deliverStorageEvent(stale)
    answer()
    await request.catch(() => undefined)
    await settle()

    expect(localStorage.getItem(TOKEN_KEY)).toBe(fresh.token)
    expect(useSessionStore().isAuthenticated).toBe(true)
    expect(useSessionStore().expired).toBe(false)
    expect(router.currentRoute.value.name).toBe(ROUTE.tickets)
  })

  it('sends this tab to log in when another tab logs out, and keeps the page to come back to', async () => {
    const token = await openTab('business.resident@demo.test', '/tickets')
    await otherTabLogsOut(token)
    deliverStorageEvent(token)
    await settle()

    const session = useSessionStore()
    expect(session.isAuthenticated).toBe(false)
    expect(session.expired).toBe(false)
    expect(getAuthToken()).toBeNull()
    // (The login page's code loads lazily: wait for the navigation.)
    await vi.waitFor(() => expect(router.currentRoute.value).toMatchObject({ name: ROUTE.login, query: { redirect: '/tickets' } }))
  })

  it('reloads the page when another tab logs in as another user, so nothing of the previous user stays', async () => {
    const token = await openTab('business.resident@demo.test', '/tickets')
    await otherTabLogsOut(token)
    const fresh = await otherTabLogsIn('sole.resident@demo.test')
    deliverStorageEvent(token)
    await settle()

    expect(getAuthToken()).toBe(fresh.token)
    expect(useSessionStore().user?.email).toBe('sole.resident@demo.test')
    expect(reload).toHaveBeenCalled()
  })

  it('takes the new token without a reload when the same user logs in again in another tab', async () => {
    const token = await openTab('business.resident@demo.test', '/tickets')
    await otherTabLogsOut(token)
    const fresh = await otherTabLogsIn('business.resident@demo.test')
    deliverStorageEvent(token)
    await settle()

    expect(getAuthToken()).toBe(fresh.token)
    expect(useSessionStore().isAuthenticated).toBe(true)
    expect(reload).not.toHaveBeenCalled()
    expect(router.currentRoute.value.name).toBe(ROUTE.tickets)
  })

  it('leaves the login page for the page asked for when another tab logs in', async () => {
    setActivePinia(createPinia())
    router = createAppRouter(createMemoryHistory())
    await router.push('/login?redirect=/referral')
    await router.isReady()
    await otherTabLogsIn('business.resident@demo.test')
    deliverStorageEvent(null)
    await settle()

    expect(useSessionStore().user?.email).toBe('business.resident@demo.test')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/referral'))
  })

  it('stays logged out when another tab logs in and out again before this tab has confirmed that session', async () => {
    setActivePinia(createPinia())
    router = createAppRouter(createMemoryHistory())
    await router.push('/login')
    await router.isReady()
    const fresh = await otherTabLogsIn('business.resident@demo.test')
    // This tab's check of the new session is held on its way until the other tab has logged out.
    let checking = false
    let answer!: () => void
    const held = new Promise<void>((resolve) => (answer = resolve))
    server.use(
      http.get('*/api/v1/auth/session', async () => {
        checking = true
        await held // then the mock API answers it as usual
      }),
    )
    deliverStorageEvent(null)
    await vi.waitFor(() => expect(checking).toBe(true))
    // The other tab logs out at once (its request to end the session still on its way).
    localStorage.removeItem(TOKEN_KEY)
    localStorage.removeItem(USER_KEY)
    deliverStorageEvent(fresh.token)
    answer()
    await settle()

    expect(getAuthToken()).toBeNull()
    expect(useSessionStore().isAuthenticated).toBe(false)
    expect(localStorage.getItem(USER_KEY)).toBeNull()
    expect(router.currentRoute.value.name).toBe(ROUTE.login)
  })

  it('forgets only its own stored session, never one another tab has saved since', async () => {
    setActivePinia(createPinia())
    const session = useSessionStore()
    await session.login({ email: 'business.resident@demo.test', password: 'demo-password' })
    const fresh = await otherTabLogsIn('sole.resident@demo.test') // its event has not arrived yet
    session.clear()

    expect(session.isAuthenticated).toBe(false)
    expect(localStorage.getItem(TOKEN_KEY)).toBe(fresh.token)
    expect(JSON.parse(localStorage.getItem(USER_KEY) ?? 'null')).toMatchObject({ email: 'sole.resident@demo.test' })
  })
})
