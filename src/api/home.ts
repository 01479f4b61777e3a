import { api } from './client'
import type { HomeSummary } from './types'

export const homeApi = {
  summary: () => api.get<HomeSummary>('/home/summary'),
}
