import { api } from './client'
import type { ApiKey, ApiKeyCreate, ApiKeyList, ApiKeySecret, ApiKeyUpdate } from './types'

const keyPath = (id: string) => `/api-keys/${encodeURIComponent(id)}`

export const apiKeysApi = {
  list: () => api.get<ApiKeyList>('/api-keys'),
  create: (body: ApiKeyCreate) => api.post<ApiKeySecret>('/api-keys', body),
  update: (id: string, body: ApiKeyUpdate) => api.patch<ApiKey>(keyPath(id), body),
  remove: (id: string) => api.delete<void>(keyPath(id)),
  rotate: (id: string) => api.post<ApiKeySecret>(`${keyPath(id)}/rotate`),
}
