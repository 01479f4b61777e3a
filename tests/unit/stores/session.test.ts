import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authApi } from '@/api/auth'
import { ApiError, getAuthToken } from '@/api/client'
import { homeApi } from '@/api/home'
import { settingsApi } from '@/api/settings'
import { useSessionStore } from '@/stores/session'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.restoreAllMocks())

describe('useSessionStore', () => {
  it('keeps the session across a reload (token and user in storage)', async () => {
    await useSessionStore().login({ email: 'business.resident@demo.test', password: 'demo-password' })
    // A reload: a new Pinia reads what the last one stored.
    setActivePinia(createPinia())
    const session = useSessionStore()
    expect(session.isAuthenticated).toBe(true)
    expect(session.user?.email).toBe('business.resident@demo.test')
    await session.restore()
    expect(session.isAdmin).toBe(true)
  })

  it('asks for the settings alongside the session check on a reload, not after it', async () => {
    await useSessionStore().login({ email: 'business.resident@demo.test', password: 'demo-password' })
    setActivePinia(createPinia())
    let answer!: () => void
    const check = authApi.session
    vi.spyOn(authApi, 'session').mockImplementation(() => new Promise((resolve) => (answer = () => resolve(check()))))
    const settings = vi.spyOn(settingsApi, 'get')
    const restored = useSessionStore().restore()
    await vi.waitFor(() => expect(settings).toHaveBeenCalledTimes(1))
    answer()
    await restored
    // The stored user was the one confirmed: its settings are not asked for a second time.
    expect(settings).toHaveBeenCalledTimes(1)
  })

  // (What a 401 then does is the API client's unauthorized hook's, wired in App.vue.) The settings
  // request refused with it raises no second, unhandled error.
  it('reports a stored session the API refuses on a reload once, settings request and all', async () => {
    const session = useSessionStore()
    await session.login({ email: 'business.resident@demo.test', password: 'demo-password' })
    await authApi.logout() // ended elsewhere while this browser kept the token
    setActivePinia(createPinia())
    const reloaded = useSessionStore()
    await expect(reloaded.restore()).rejects.toMatchObject({ status: 401 })
  })

  it('forgets the session on log out, on the server too', async () => {
    const session = useSessionStore()
    await session.login({ email: 'business.resident@demo.test', password: 'demo-password' })
    const token = getAuthToken()
    await session.logout()
    expect(session.isAuthenticated).toBe(false)
    expect(getAuthToken()).toBeNull()
    const response = await fetch('/api/v1/auth/session', { headers: { Authorization: `Bearer ${token}` } })
    expect(response.status).toBe(401)
  })

  it('marks the session expired when the API answers 401', async () => {
    const session = useSessionStore()
    await session.login({ email: 'user.business.resident@demo.test', password: 'demo-password' })
    expect(session.isAdmin).toBe(false)
    await authApi.logout() // the session ends elsewhere (another tab, or it timed out)
    session.expire()
    expect(session.expired).toBe(true)
    expect(session.isAuthenticated).toBe(false)
    await expect(homeApi.summary()).rejects.toBeInstanceOf(ApiError)
  })
})
