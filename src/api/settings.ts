import { api } from './client'
import type { SettingsPatch, UserSettings } from './types'

export const settingsApi = {
  get: () => api.get<UserSettings>('/settings'),
  update: (patch: SettingsPatch) => api.patch<UserSettings>('/settings', patch),
  resetUiState: () => api.delete<UserSettings>('/settings/ui-state'),
}
