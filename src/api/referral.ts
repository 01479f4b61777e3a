import { api } from './client'
import type { ReferralParticipation, ReferralRequest } from './types'

export const referralApi = {
  get: () => api.get<ReferralParticipation>('/referral'),
  request: (request: ReferralRequest) => api.post<ReferralParticipation>('/referral/request', request),
}
