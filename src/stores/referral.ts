// The account's participation in the referral program and the request to participate.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { referralApi } from '@/api/referral'
import type { ReferralParticipation, ReferralRequest } from '@/api/types'
import { joinEarly, startEarly } from './earlyRequests'

const PARTICIPATION = 'referral'

/** From the router: the participation starts loading with the page's code; load joins the request. */
export function prefetchReferral(): void {
  startEarly(PARTICIPATION, () => referralApi.get())
}

export const useReferralStore = defineStore('referral', () => {
  const participation = ref<ReferralParticipation | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)

  /** `quiet`: the page's background check while the request is under review. */
  async function load({ quiet = false } = {}) {
    if (!quiet) {
      loading.value = true
      error.value = null
    }
    try {
      // The page's background check asks afresh; its first load may join the router's request.
      participation.value = quiet ? await referralApi.get() : await joinEarly(PARTICIPATION, () => referralApi.get())
      error.value = null
    } catch (failure) {
      if (!quiet) error.value = failure
    } finally {
      if (!quiet) loading.value = false
    }
  }

  /** Sends the request; failures are thrown to the form, which keeps what was typed. */
  async function submit(request: ReferralRequest) {
    participation.value = await referralApi.request(request)
  }

  /** Whether a referral link's code belongs to a participant (asked before registration, logged out). */
  function codeExists(code: string): Promise<boolean> {
    return referralApi.codeExists(code)
  }

  return { participation, loading, error, load, submit, codeExists }
})
