import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { authApi } from '@/api/auth'
import { ApiError, getAuthToken } from '@/api/client'
import { homeApi } from '@/api/home'
import { useSessionStore } from '@/stores/session'

beforeEach(() => setActivePinia(createPinia()))

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
