// The Profile tab's endpoints. GET /profile returns an ETag; PATCH sends it back in If-Match, so a
// save over data changed elsewhere (another tab, support confirming a change) is refused with 412.
import { api, apiRequest } from './client'
import type { AccountDeleteRequest, GdprArchive, Profile, ProfileOriginals, ProfileSaveResult, ProfileValues } from './types'

export interface Versioned<T> {
  data: T
  etag: string
}

export const profileApi = {
  get: async (): Promise<Versioned<Profile>> => {
    const { data, headers } = await apiRequest<Profile>('GET', '/profile')
    return { data, etag: headers.get('ETag') ?? '' }
  },
  update: async (values: ProfileValues, etag: string): Promise<Versioned<ProfileSaveResult>> => {
    const { data, headers } = await apiRequest<ProfileSaveResult>('PATCH', '/profile', { body: { values }, headers: etag ? { 'If-Match': etag } : {} })
    return { data, etag: headers.get('ETag') ?? '' }
  },
  saveOriginals: (originals: ProfileOriginals) => api.put<ProfileOriginals>('/profile/originals', originals),
  archiveStatus: () => api.get<GdprArchive>('/profile/gdpr/archive'),
  requestArchive: () => api.post<GdprArchive>('/profile/gdpr/archive'),
  downloadArchive: () => api.get<Record<string, unknown>>('/profile/gdpr/archive/download'),
  deleteAccount: (request: AccountDeleteRequest) => apiRequest<null>('DELETE', '/account', { body: request }).then(() => undefined),
}
