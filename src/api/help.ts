import { api } from './client'
import type { ContextHelp, Locale } from './types'

export const helpApi = {
  forRoute: (routeName: string, locale: Locale) => api.get<ContextHelp>(`/help/${encodeURIComponent(routeName)}?locale=${locale}`),
}
