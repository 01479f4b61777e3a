// Panel settings: interface language, theme and the saved UI state (filters, order-form drafts).
// Applied at once on this browser, saved per user by the API so they follow the user anywhere.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiError } from '@/api/client'
import { settingsApi } from '@/api/settings'
import type { Locale, SettingsPatch, ThemeName, UiState } from '@/api/types'
import { readBrowserPreferences, writeBrowserPreferences } from './browserPreferences'

export const useSettingsStore = defineStore('settings', () => {
  const initial = readBrowserPreferences()
  const language = ref<Locale>(initial.language)
  const theme = ref<ThemeName>(initial.theme)
  const uiState = ref<UiState>({})
  /** Whether settings are saved to a user's profile (false before login). */
  const syncing = ref(false)
  const saveError = ref<ApiError | null>(null)

  function remember() {
    writeBrowserPreferences({ language: language.value, theme: theme.value })
  }

  async function save(patch: SettingsPatch) {
    if (!syncing.value) return
    saveError.value = null
    try {
      await settingsApi.update(patch)
    } catch (error) {
      saveError.value = error as ApiError
    }
  }

  async function setLanguage(value: Locale) {
    language.value = value
    remember()
    await save({ language: value })
  }

  async function setTheme(value: ThemeName) {
    theme.value = value
    remember()
    await save({ theme: value })
  }

  /** After login: the user's saved choices replace this browser's. */
  async function loadForUser() {
    syncing.value = true
    const settings = await settingsApi.get()
    if (settings.language) language.value = settings.language
    if (settings.theme) theme.value = settings.theme
    uiState.value = settings.uiState ?? {}
    remember()
  }

  function forgetUser() {
    syncing.value = false
    uiState.value = {}
    saveError.value = null
  }

  /** Saves one feature's UI state (merged by key on the server). */
  async function saveUiState(key: string, value: unknown) {
    const next = { ...uiState.value, [key]: value }
    if (value === null) delete next[key] // null removes the key, as on the server
    uiState.value = next
    await save({ uiState: { [key]: value } })
  }

  /** "User settings → Reset": every saved filter and order-form draft goes, here and on the server. */
  async function resetUiState() {
    const settings = await settingsApi.resetUiState()
    uiState.value = settings.uiState ?? {}
  }

  return { language, theme, uiState, saveError, setLanguage, setTheme, loadForUser, forgetUser, saveUiState, resetUiState }
})
