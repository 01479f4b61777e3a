// Panel settings: interface language, theme and the saved UI state (filters, order-form drafts).
// Applied at once on this browser, saved per user by the API so they follow the user anywhere.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { getAuthToken, type ApiError } from '@/api/client'
import { settingsApi } from '@/api/settings'
import { pendingLocaleMessages } from '@/i18n'
import type { Locale, SettingsPatch, ThemeName, UiState } from '@/api/types'
import { readBrowserPreferences, writeBrowserPreferences } from './browserPreferences'
import { useNoticesStore } from './notices'
import { pendingUiStateOf, writePendingUiState } from './pendingUiState'

/** How long typing may pause before a draft is sent: one request per pause, not per key. */
export const UI_STATE_SAVE_DELAY_MS = 600

/** `patch` over `state`; a null value removes its key, as on the server. */
function mergeUiState(state: UiState, patch: UiState): UiState {
  const next = { ...state, ...patch }
  for (const [key, value] of Object.entries(patch)) if (value === null) delete next[key]
  return next
}

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
  /** Whose settings these are, and their saved UI state changes not yet sent (see saveUiStateSoon). */
  let userId: string | null = null
  let unsent: UiState = {}
  let unsentTimer: ReturnType<typeof setTimeout> | undefined

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

  /** The latest language asked for: a slower load of an earlier choice must not win over it. */
  let languageAsked = 0

  /** Switches once the language's texts are in (no key flashes); false if they could not load. */
  async function showLanguage(value: Locale): Promise<boolean> {
    const asked = ++languageAsked
    const loading = pendingLocaleMessages(value)
    if (loading) {
      try {
        await loading
      } catch {
        // Offline, or a deploy replaced the chunks: the language stays, and the page says why
        // nothing changed. It asks for a reload, not another try: a browser may keep a module it
        // failed to fetch as failed for the page's life (Chromium does). The choice is this
        // browser's already (setLanguage), so the reload opens in it.
        if (asked === languageAsked) useNoticesStore().add('notices.languageNotLoaded')
        return false
      }
    }
    if (asked !== languageAsked) return false
    language.value = value
    return true
  }

  /** The language being switched to while its texts load. */
  const switchingTo = ref<Locale | null>(null)
  /** What a language picker shows: the choice while it loads, else the language shown (so a failed switch shows the old one again). */
  const languageChoice = computed(() => switchingTo.value ?? language.value)

  async function setLanguage(value: Locale) {
    if (chosenWhileLoading) chosenWhileLoading.language = true
    // The choice is this browser's at once, before its texts are in: a reload right after it (or
    // while they load) opens the page in the chosen language.
    writeBrowserPreferences({ language: value, theme: theme.value })
    switchingTo.value = value
    const shown = await showLanguage(value)
    if (switchingTo.value === value) switchingTo.value = null
    if (!shown) return
    // Again: a theme chosen while the texts loaded wrote this browser's preferences with the old language.
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
  async function loadForUser(id: string) {
    if (id !== userId) {
      clearTimeout(unsentTimer)
      unsent = {}
    }
    userId = id
    const chosen: NonNullable<typeof chosenWhileLoading> = {}
    chosenWhileLoading = chosen
    try {
      await savesInFlight
      const settings = await settingsApi.get()
      if (settings.theme && !chosen.theme) theme.value = settings.theme
      if (settings.language && !chosen.language && settings.language !== language.value) await showLanguage(settings.language)
      // Changes made just before the last reload that never reached the API win over what it has.
      const pending = { ...pendingUiStateOf(id), ...unsent }
      uiState.value = mergeUiState(settings.uiState ?? {}, pending)
      remember()
      if (Object.keys(pending).length) {
        unsent = pending
        void flushUiState()
      }
    } finally {
      if (chosenWhileLoading === chosen) chosenWhileLoading = null
    }
  }

  function forgetUser() {
    // Unsent changes stay in this browser (pendingUiState) and are sent at this user's next login.
    clearTimeout(unsentTimer)
    unsent = {}
    userId = null
    chosenWhileLoading = null
    uiState.value = {}
    saveError.value = null
  }

  /** Saves one feature's UI state (merged by key on the server). */
  async function saveUiState(key: string, value: unknown) {
    uiState.value = mergeUiState(uiState.value, { [key]: value })
    if (key in unsent) {
      // A later immediate save replaces a pending one of the same key.
      delete unsent[key]
      if (userId) writePendingUiState(userId, unsent)
    }
    await save({ uiState: { [key]: value } })
  }

  /**
   * Saves a draft as it is typed: shown at once, kept in this browser at once (so a reload a moment
   * later loses nothing), sent to the API when the typing pauses or the page is hidden.
   */
  function saveUiStateSoon(key: string, value: unknown) {
    uiState.value = mergeUiState(uiState.value, { [key]: value })
    if (!userId) return
    unsent = { ...unsent, [key]: value }
    writePendingUiState(userId, unsent)
    clearTimeout(unsentTimer)
    unsentTimer = setTimeout(() => void flushUiState(), UI_STATE_SAVE_DELAY_MS)
  }

  /** Sends the drafts typed since the last send (the page calls it when it is hidden, too). */
  async function flushUiState() {
    clearTimeout(unsentTimer)
    const owner = userId
    const patch = unsent
    if (!owner || !Object.keys(patch).length) return
    unsent = {}
    await save({ uiState: patch })
    if (saveError.value) {
      // Kept for the next change or login: a failed send must not lose the draft.
      unsent = { ...patch, ...unsent }
      return
    }
    if (userId === owner) writePendingUiState(owner, unsent)
  }

  /** "User settings → Reset": every saved filter and order-form draft goes, here and on the server. */
  async function resetUiState() {
    clearTimeout(unsentTimer)
    unsent = {}
    if (userId) writePendingUiState(userId, {})
    const settings = await settingsApi.resetUiState()
    uiState.value = settings.uiState ?? {}
  }

  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void flushUiState())

  return { language, languageChoice, theme, uiState, saveError, setLanguage, setTheme, loadForUser, forgetUser, saveUiState, saveUiStateSoon, flushUiState, resetUiState }
})
