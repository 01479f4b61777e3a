// The invitation page's state: the invitation of the link (who invited whom to which account), or
// why the link does not work (expired, used, not valid). Accepting it sets the password and starts
// the new user's session as a log in does.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { ApiError } from '@/api/client'
import type { InvitationDetails } from '@/api/types'
import { invitationsApi } from '@/api/users'
import { useSessionStore } from './session'
import { useSettingsStore } from './settings'

/** Why a link cannot be accepted, as the API says (404, 409, 410). */
export type InvitationRefusal = 'notFound' | 'used' | 'expired'

const REFUSALS: Record<string, InvitationRefusal> = {
  'invitation.notFound': 'notFound',
  'invitation.used': 'used',
  'invitation.expired': 'expired',
}

/** The refusal an API failure means for the link, or null for any other failure. */
export function refusalOf(failure: unknown): InvitationRefusal | null {
  return failure instanceof ApiError ? (REFUSALS[failure.code] ?? null) : null
}

export const useInvitationStore = defineStore('invitation', () => {
  const token = ref<string | null>(null)
  const details = ref<InvitationDetails | null>(null)
  const refusal = ref<InvitationRefusal | null>(null)
  /** A failure to load that is not about the link (the network, the server): "Try again". */
  const error = ref<unknown>(null)
  const loading = ref(false)

  async function load(linkToken: string) {
    if (token.value !== linkToken) {
      details.value = null
      refusal.value = null
    }
    token.value = linkToken
    error.value = null
    loading.value = true
    try {
      details.value = await invitationsApi.get(linkToken)
      refusal.value = null
    } catch (failure) {
      refusal.value = refusalOf(failure)
      if (!refusal.value) error.value = failure
    } finally {
      loading.value = false
    }
  }

  /** Sets the password; the person is logged in as a user of the account. A refusal of the link
   * (it expired or was replaced meanwhile) switches the page to it and is thrown as well. */
  async function accept(password: string) {
    if (!token.value) throw new Error('No invitation loaded')
    // The language and theme on screen become the new user's saved settings, as at registration.
    const { language, theme } = useSettingsStore()
    try {
      await useSessionStore().establish(await invitationsApi.accept(token.value, { password, language, theme }))
    } catch (failure) {
      const refused = refusalOf(failure)
      if (refused) refusal.value = refused
      throw failure
    }
  }

  /** "Ask for a new invitation" of an expired link: the main administrators are emailed. */
  async function requestRenewal() {
    if (!token.value) throw new Error('No invitation loaded')
    await invitationsApi.requestRenewal(token.value)
  }

  return { token, details, refusal, error, loading, load, accept, requestRenewal }
})
