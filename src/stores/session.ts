// Who is logged in. The token and the user are kept in localStorage, so a reload paints the panel
// at once; the session is then checked with the API in the background. The tabs of a browser
// share that storage: each follows a log in or out made in another (followOtherTab), and none
// ever removes a session that another tab has saved.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '@/api/auth'
import { getAuthToken, releaseAuthToken, setAuthToken } from '@/api/client'
import type { AuthResponse, LoginRequest, RegisterRequest, SessionUser, TwoFactorChallenge } from '@/api/types'
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

/** What a session change made in another tab means for this one. */
export type OtherTabChange = 'none' | 'loggedIn' | 'loggedOut' | 'switchedUser'

/** Why the API ended the session: it timed out, or it was ended (from another device, or by a password change). */
export type SessionEnd = 'expired' | 'ended'

export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(readCachedUser())
  /** Set when the API ended the session, with why; the login page says so. */
  const endedBy = ref<SessionEnd | null>(null)
  const expired = computed(() => endedBy.value !== null)
  const isAuthenticated = computed(() => user.value !== null)
  const isAdmin = computed(() => user.value?.role === 'admin')
  /** The change made in another tab that this tab is following (see followOtherTab). */
  let following: { token: string | null; done: Promise<OtherTabChange> } | null = null

  /** Starts the session an answer of the API carries (log in, registration, an accepted invitation). */
  async function establish(response: AuthResponse) {
    following = null
    setAuthToken(response.token)
    user.value = response.user
    cacheUser(response.user)
    endedBy.value = null
    await useSettingsStore()
      .loadForUser(response.user.id)
      .catch(() => undefined) // the panel works with this browser's settings if these fail to load
  }

  /**
   * Logs in with the password. With two-step authentication on, the API answers a challenge
   * instead of a session: it is returned to the page, which keeps it in memory only (a reload
   * starts over) and finishes the login with loginWithCode.
   */
  async function login(credentials: LoginRequest): Promise<TwoFactorChallenge | null> {
    const response = await authApi.login(credentials)
    if ('twoFactorRequired' in response) return response
    await establish(response)
    return null
  }

  /** The second step: the code of the authenticator app (or a backup code) for the challenge. */
  async function loginWithCode(challenge: TwoFactorChallenge, code: string) {
    await establish(await authApi.loginTwoFactor({ challenge: challenge.challenge, code }))
  }

  async function register(request: RegisterRequest) {
    // The language and theme on screen become the new user's saved settings.
    const { language, theme } = useSettingsStore()
    await establish(await authApi.register({ language, theme, ...request }))
  }

  /** Forgets the session in this tab only, storage untouched (it belongs to the tab that changed it). */
  function forget() {
    user.value = null
    useSettingsStore().forgetUser()
  }

  /** Forgets the session on this browser only (e.g. after the account was deleted, when the API has no session left to end). */
  function clear() {
    following = null
    // The stored user goes with the stored token, unless another tab has saved its own since.
    if (releaseAuthToken()) cacheUser(null)
    forget()
  }

  async function logout() {
    try {
      await authApi.logout()
    } catch {
      // Logging out must work even when the API is unreachable or the session already ended.
    } finally {
      endedBy.value = null
      clear()
    }
  }

  /** The API said 401 to an authenticated request: the session timed out, or was ended. */
  function expire(reason: SessionEnd = 'expired') {
    clear()
    endedBy.value = reason
  }

  /**
   * On start: confirms the stored session and reloads the user's settings. Both are asked for at
   * once: the settings belong to the token, so they need not wait for the check (a refused session
   * refuses them too, and the check's 401 is what ends it).
   */
  async function restore() {
    const checked = getAuthToken()
    if (!checked) return
    const settings = useSettingsStore()
    const stored = user.value?.id
    const storedSettings = stored ? settings.loadForUser(stored) : null
    // Settled here, so that a refusal is not reported twice; awaited below when it is the one needed.
    storedSettings?.catch(() => undefined)
    const current = await authApi.session()
    // Another tab logged out or in meanwhile: that change, which this tab follows, wins.
    if (getAuthToken() !== checked) return
    user.value = current
    cacheUser(current)
    await (current.id === stored && storedSettings ? storedSettings : settings.loadForUser(current.id))
  }

  /**
   * Another tab logged out, or in (perhaps as someone else); the API client has already taken its
   * token. Says what changed, so the app can leave the page or reload what it shows.
   */
  function followOtherTab(token: string | null): Promise<OtherTabChange> {
    // One change, one answer, however many listeners ask.
    if (following && following.token === token) return following.done
    const before = user.value?.id ?? null
    const done = (async (): Promise<OtherTabChange> => {
      if (token === null) {
        endedBy.value = null
        forget()
        return before === null ? 'none' : 'loggedOut'
      }
      try {
        await restore()
      } catch {
        // The new session could not be confirmed: the 401 (if it was one) ends it as usual.
        return 'none'
      }
      // A newer change has come meanwhile and has its own answer.
      if (getAuthToken() !== token) return 'none'
      endedBy.value = null
      if (before === null) return 'loggedIn'
      return user.value?.id === before ? 'none' : 'switchedUser'
    })()
    following = { token, done }
    return done
  }

  return { user, expired, endedBy, isAuthenticated, isAdmin, establish, login, loginWithCode, register, logout, expire, restore, clear, followOtherTab }
})
