import { createPinia, setActivePinia } from 'pinia'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '@mocks/node'
import { settingsApi } from '@/api/settings'
import { defineSavedUiState, registeredSavedUiState, resetAllSavedUiState, unregisterSavedUiState } from '@/composables/savedUiState'
import { readBrowserPreferences } from '@/stores/browserPreferences'
import { useSessionStore } from '@/stores/session'
import * as i18n from '@/i18n'
import { useNoticesStore } from '@/stores/notices'
import { UI_STATE_SAVE_DELAY_MS, useSettingsStore } from '@/stores/settings'

beforeEach(() => setActivePinia(createPinia()))

describe('useSettingsStore', () => {
  it('applies a choice before login on this browser only', async () => {
    const settings = useSettingsStore()
    await settings.setTheme('dark')
    await settings.setLanguage('ru')
    expect(readBrowserPreferences()).toEqual({ language: 'ru', theme: 'dark' })
  })

  it('says so when the chosen language could not be loaded, and stays in the one shown', async () => {
    const settings = useSettingsStore()
    const shown = settings.language
    vi.spyOn(i18n, 'pendingLocaleMessages').mockReturnValueOnce(Promise.reject(new Error('offline')))
    await settings.setLanguage(shown === 'ru' ? 'en' : 'ru')
    expect(settings.language).toBe(shown)
    expect(settings.languageChoice).toBe(shown)
    expect(useNoticesStore().notices.map((notice) => notice.messageKey)).toEqual(['notices.languageNotLoaded'])
    vi.restoreAllMocks()
  })

  it("takes the user's saved language and theme at login", async () => {
    await useSessionStore().login({ email: 'personal.resident@demo.test', password: 'demo-password' })
    await settingsApi.update({ language: 'ru', theme: 'branded' })
    setActivePinia(createPinia())
    await useSessionStore().login({ email: 'personal.resident@demo.test', password: 'demo-password' })
    const settings = useSettingsStore()
    expect(settings.language).toBe('ru')
    expect(settings.theme).toBe('branded')
    expect(readBrowserPreferences()).toEqual({ language: 'ru', theme: 'branded' })
  })

  it('keeps and saves a choice made while the session is confirmed after a reload', async () => {
    await useSessionStore().login({ email: 'personal.resident@demo.test', password: 'demo-password' })
    await settingsApi.update({ language: 'en', theme: 'light' })
    setActivePinia(createPinia()) // a reload: the token is kept, the stores start afresh
    const restoring = useSessionStore().restore()
    const settings = useSettingsStore()
    await settings.setLanguage('ru')
    await restoring
    expect(settings.language).toBe('ru')
    expect(settings.theme).toBe('light')
    await expect(settingsApi.get()).resolves.toMatchObject({ language: 'ru', theme: 'light' })
  })

  it('keeps a choice made while the user’s saved settings are on their way', async () => {
    await useSessionStore().login({ email: 'personal.resident@demo.test', password: 'demo-password' })
    setActivePinia(createPinia())
    // Hold the settings request; when it comes, it carries the choices saved before (English, light).
    let asked = false
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get(
        '*/api/v1/settings',
        async () => {
          asked = true
          await held
          return HttpResponse.json({ language: 'en', theme: 'light', uiState: {} })
        },
        { once: true },
      ),
    )
    const restoring = useSessionStore().restore()
    await vi.waitFor(() => expect(asked).toBe(true))
    const settings = useSettingsStore()
    await settings.setTheme('dark')
    release()
    await restoring
    expect(settings.theme).toBe('dark')
    expect(settings.language).toBe('en')
  })

  it('makes the language and theme chosen before registering the new user’s saved settings', async () => {
    const settings = useSettingsStore()
    await settings.setLanguage('ru')
    await settings.setTheme('dark')
    await useSessionStore().register({ accountType: 'personal', residency: 'resident', email: 'new.person@example.com', password: 'secret-123' })
    await expect(settingsApi.get()).resolves.toMatchObject({ language: 'ru', theme: 'dark' })
  })

  it('saves a change for the logged-in user', async () => {
    await useSessionStore().login({ email: 'sole.resident@demo.test', password: 'demo-password' })
    await useSettingsStore().setTheme('dark')
    await expect(settingsApi.get()).resolves.toMatchObject({ theme: 'dark' })
  })
})

describe('saved UI state registry', () => {
  it('keeps a registered filter for the user and clears it on Reset', async () => {
    const useFilters = defineSavedUiState({ key: 'test.filters', kind: 'filter', defaults: () => ({ status: 'all', search: '' }) })
    let cleanedUp = 0
    defineSavedUiState({ key: 'test.draft', kind: 'draft', defaults: () => ({ cpu: 1 }), onReset: () => cleanedUp++ })
    try {
      await useSessionStore().login({ email: 'business.resident@demo.test', password: 'demo-password' })
      const { state, update } = useFilters()
      expect(state.value).toEqual({ status: 'all', search: '' })
      await update({ status: 'open' })
      expect(state.value).toEqual({ status: 'open', search: '' })
      await expect(settingsApi.get()).resolves.toMatchObject({ uiState: { 'test.filters': { status: 'open', search: '' } } })

      expect(registeredSavedUiState().map((d) => d.key)).toEqual(expect.arrayContaining(['test.filters', 'test.draft']))
      await resetAllSavedUiState()
      expect(state.value).toEqual({ status: 'all', search: '' })
      expect(cleanedUp).toBe(1)
      await expect(settingsApi.get()).resolves.toMatchObject({ uiState: {} })
    } finally {
      unregisterSavedUiState('test.filters')
      unregisterSavedUiState('test.draft')
    }
  })

  it('refuses to register the same key twice', () => {
    defineSavedUiState({ key: 'test.twice', kind: 'filter', defaults: () => ({}) })
    expect(() => defineSavedUiState({ key: 'test.twice', kind: 'filter', defaults: () => ({}) })).toThrow(/twice/)
    unregisterSavedUiState('test.twice')
  })
})

describe('drafts saved as they are typed', () => {
  const useDraft = () => defineSavedUiState({ key: 'test.typedDraft', kind: 'draft', defaults: () => ({ name: '' }) })

  it('sends one request when the typing pauses, not one per key', async () => {
    const useTyped = useDraft()
    try {
      await useSessionStore().login({ email: 'business.resident@demo.test', password: 'demo-password' })
      const saves: unknown[] = []
      server.events.on('request:start', ({ request }) => {
        if (request.method === 'PATCH' && request.url.endsWith('/settings')) saves.push(request.url)
      })
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      const draft = useTyped()
      for (const name of ['w', 'we', 'web', 'web-1']) draft.updateSoon({ name })
      expect(draft.state.value).toEqual({ name: 'web-1' }) // shown at once
      expect(saves).toHaveLength(0)
      await vi.advanceTimersByTimeAsync(UI_STATE_SAVE_DELAY_MS)
      vi.useRealTimers()
      await vi.waitFor(() => expect(saves).toHaveLength(1))
      await expect(settingsApi.get()).resolves.toMatchObject({ uiState: { 'test.typedDraft': { name: 'web-1' } } })
    } finally {
      vi.useRealTimers()
      server.events.removeAllListeners()
      unregisterSavedUiState('test.typedDraft')
    }
  })

  it('keeps a change typed just before a reload and sends it at the next load', async () => {
    const useTyped = useDraft()
    try {
      await useSessionStore().login({ email: 'business.resident@demo.test', password: 'demo-password' })
      useTyped().updateSoon({ name: 'typed-before-reload' })
      setActivePinia(createPinia()) // the reload: the page went before the pause ended
      await useSessionStore().restore()
      expect(useTyped().state.value).toEqual({ name: 'typed-before-reload' })
      await vi.waitFor(() => expect(settingsApi.get()).resolves.toMatchObject({ uiState: { 'test.typedDraft': { name: 'typed-before-reload' } } }))
    } finally {
      unregisterSavedUiState('test.typedDraft')
    }
  })

  it('forgets unsent changes on Reset', async () => {
    const useTyped = useDraft()
    try {
      await useSessionStore().login({ email: 'business.resident@demo.test', password: 'demo-password' })
      useTyped().updateSoon({ name: 'half-typed' })
      await resetAllSavedUiState()
      expect(useTyped().state.value).toEqual({ name: '' })
      setActivePinia(createPinia())
      await useSessionStore().restore()
      expect(useTyped().state.value).toEqual({ name: '' })
      await expect(settingsApi.get()).resolves.toMatchObject({ uiState: {} })
    } finally {
      unregisterSavedUiState('test.typedDraft')
    }
  })
})
