import { api, ApiError } from './client'
import type { ReferralParticipation, ReferralRequest } from './types'

export const referralApi = {
  get: () => api.get<ReferralParticipation>('/referral'),
  request: (request: ReferralRequest) => api.post<ReferralParticipation>('/referral/request', request),
  /** Whether a referral link's code belongs to a participant (public: asked before registration). */
  codeExists: (code: string) =>
    api.get<null>(`/referral/codes/${encodeURIComponent(code)}`).then(
      () => true,
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return false
        throw error
      },
    ),
}
