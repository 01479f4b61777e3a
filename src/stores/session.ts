// Who is logged in. The token and the user are kept in localStorage, so a reload paints the panel
// at once; the session is then checked with the API in the background.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '@/api/auth'
import { getAuthToken, setAuthToken } from '@/api/client'
import type { AuthResponse, LoginRequest, RegisterRequest, SessionUser } from '@/api/types'
import { useSettingsStore } from './settings'

const USER_KEY = 'ccp.user'

function readCachedUser(): SessionUser | null {
  if (!getAuthToken()) return null
  try {
    return JSON.parse(localStorage.getItem(USER_KEY) ?? 'null') as SessionUser | null
  } catch {
    return null
  }
}

function cacheUser(user: SessionUser | null) {
  try {
    if (user) localStorage.setItem(USER_KEY, JSON.stringify(user))
    else localStorage.removeItem(USER_KEY)
  } catch {
    // No storage: the session lasts for this tab only.
  }
}

export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(readCachedUser())
  /** Set when the API ended the session; the login page says so. */
  const expired = ref(false)
  const isAuthenticated = computed(() => user.value !== null)
  const isAdmin = computed(() => user.value?.role === 'admin')

  async function establish(response: AuthResponse) {
    setAuthToken(response.token)
    user.value = response.user
    cacheUser(response.user)
    expired.value = false
    await useSettingsStore()
      .loadForUser()
      .catch(() => undefined) // the panel works with this browser's settings if these fail to load
  }

  async function login(credentials: LoginRequest) {
    await establish(await authApi.login(credentials))
  }

  async function register(request: RegisterRequest) {
    // The language and theme on screen become the new user's saved settings.
    const { language, theme } = useSettingsStore()
    await establish(await authApi.register({ language, theme, ...request }))
  }

  /** Forgets the session on this browser only (e.g. after the account was deleted, when the API has no session left to end). */
  function clear() {
    setAuthToken(null)
    user.value = null
    cacheUser(null)
    useSettingsStore().forgetUser()
  }

  async function logout() {
    try {
      await authApi.logout()
    } catch {
      // Logging out must work even when the API is unreachable or the session already ended.
    } finally {
      expired.value = false
      clear()
    }
  }

  /** The API said 401 to an authenticated request. */
  function expire() {
    clear()
    expired.value = true
  }

  /** On start: confirms the stored session and reloads the user's settings. */
  async function restore() {
    if (!getAuthToken()) return
    const current = await authApi.session()
    user.value = current
    cacheUser(current)
    await useSettingsStore().loadForUser()
  }

  return { user, expired, isAuthenticated, isAdmin, login, register, logout, expire, restore, clear }
})
