// Panel settings: interface language, theme and the saved UI state (filters, order-form drafts).
// Applied at once on this browser, saved per user by the API so they follow the user anywhere.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { getAuthToken, type ApiError } from '@/api/client'
import { settingsApi } from '@/api/settings'
import type { Locale, SettingsPatch, ThemeName, UiState } from '@/api/types'
import { readBrowserPreferences, writeBrowserPreferences } from './browserPreferences'

export const useSettingsStore = defineStore('settings', () => {
  const initial = readBrowserPreferences()
  const language = ref<Locale>(initial.language)
  const theme = ref<ThemeName>(initial.theme)
  const uiState = ref<UiState>({})
  /** Choices made while the user's saved settings were loading: the load must not undo them. */
  let chosenWhileLoading: Partial<Record<'language' | 'theme', true>> | null = null
  /** Saves on their way to the API: loading waits for them, so it reads what was just chosen. */
  let savesInFlight: Promise<unknown> = Promise.resolve()
  const saveError = ref<ApiError | null>(null)

  function remember() {
    writeBrowserPreferences({ language: language.value, theme: theme.value })
  }

  async function save(patch: SettingsPatch) {
    // Saved to the user's profile whenever there is a session, also while it is being confirmed
    // after a reload (a choice made in that moment must not be lost); before login, only here.
    if (!getAuthToken()) return
    saveError.value = null
    const request = settingsApi.update(patch)
    savesInFlight = Promise.allSettled([savesInFlight, request])
    try {
      await request
    } catch (error) {
      saveError.value = error as ApiError
    }
  }

  async function setLanguage(value: Locale) {
    language.value = value
    if (chosenWhileLoading) chosenWhileLoading.language = true
    remember()
    await save({ language: value })
  }

  async function setTheme(value: ThemeName) {
    theme.value = value
    if (chosenWhileLoading) chosenWhileLoading.theme = true
    remember()
    await save({ theme: value })
  }

  /** After login: the user's saved choices replace this browser's. */
  async function loadForUser() {
    const chosen: NonNullable<typeof chosenWhileLoading> = {}
    chosenWhileLoading = chosen
    try {
      await savesInFlight
      const settings = await settingsApi.get()
      if (settings.language && !chosen.language) language.value = settings.language
      if (settings.theme && !chosen.theme) theme.value = settings.theme
      uiState.value = settings.uiState ?? {}
      remember()
    } finally {
      if (chosenWhileLoading === chosen) chosenWhileLoading = null
    }
  }

  function forgetUser() {
    chosenWhileLoading = null
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
