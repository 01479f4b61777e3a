// The Security tab's live state: the user's active sessions and their two-step authentication.
// (The password change and the login history are pages of their own with their own state.)
// Changes go to the API first and update the state from its answer; failures are thrown to the
// caller, which words them where the user acted and keeps what they typed.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { securityApi } from '@/api/security'
import type { ActiveSession, PasswordAndCode, TwoFactorSetup, TwoFactorStatus } from '@/api/types'
import { joinEarly, startEarly } from './earlyRequests'
import { useSessionStore } from './session'

const SESSIONS = 'security.sessions'
const TWO_FACTOR = 'security.twoFactor'

/** From the router: the sessions and the two-step state start loading with the tab's code; the loads join them. */
export function prefetchSecurity(): void {
  startEarly(SESSIONS, () => securityApi.sessions())
  startEarly(TWO_FACTOR, () => securityApi.twoFactor())
}

export const useSecurityStore = defineStore('security', () => {
  const sessions = ref<ActiveSession[] | null>(null)
  const sessionsError = ref<unknown>(null)
  const twoFactor = ref<TwoFactorStatus | null>(null)
  const twoFactorError = ref<unknown>(null)
  /** Whose data the state holds: another user's is not shown while the new one loads. */
  let ownerId: string | null = null

  function forgetOtherUser() {
    const userId = useSessionStore().user?.id ?? null
    if (userId === ownerId) return
    sessions.value = null
    twoFactor.value = null
    ownerId = userId
  }

  const otherSessions = computed(() => (sessions.value ?? []).filter((session) => !session.current))

  async function loadSessions() {
    forgetOtherUser()
    sessionsError.value = null
    try {
      sessions.value = await joinEarly(SESSIONS, () => securityApi.sessions())
    } catch (failure) {
      sessionsError.value = failure
    }
  }

  async function endSession(id: string): Promise<void> {
    await securityApi.endSession(id)
    if (sessions.value) sessions.value = sessions.value.filter((session) => session.id !== id)
  }

  /** Ends every session but this one; answers how many the API ended. */
  async function endOtherSessions(): Promise<number> {
    const { endedSessions } = await securityApi.endOtherSessions()
    if (sessions.value) sessions.value = sessions.value.filter((session) => session.current)
    return endedSessions
  }

  async function loadTwoFactor() {
    forgetOtherUser()
    twoFactorError.value = null
    try {
      twoFactor.value = await joinEarly(TWO_FACTOR, () => securityApi.twoFactor())
    } catch (failure) {
      twoFactorError.value = failure
    }
  }

  /** "Turn on", first step: the password buys a new secret (not in use until a code confirms it). */
  const setUpTwoFactor = (password: string): Promise<TwoFactorSetup> => securityApi.setUpTwoFactor({ password })

  /** "Turn on", last step: a code of the new secret turns it on; answers the backup codes. */
  async function enableTwoFactor(code: string): Promise<string[]> {
    const { backupCodes } = await securityApi.enableTwoFactor({ code })
    await loadTwoFactor()
    return backupCodes
  }

  async function disableTwoFactor(body: PasswordAndCode): Promise<void> {
    await securityApi.disableTwoFactor(body)
    await loadTwoFactor()
  }

  /** Ten new backup codes; the old ones stop working. */
  async function renewBackupCodes(body: PasswordAndCode): Promise<string[]> {
    const { backupCodes } = await securityApi.renewBackupCodes(body)
    await loadTwoFactor()
    return backupCodes
  }

  return {
    sessions,
    sessionsError,
    otherSessions,
    twoFactor,
    twoFactorError,
    loadSessions,
    endSession,
    endOtherSessions,
    loadTwoFactor,
    setUpTwoFactor,
    enableTwoFactor,
    disableTwoFactor,
    renewBackupCodes,
  }
})
