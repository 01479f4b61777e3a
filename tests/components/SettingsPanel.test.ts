import { describe, expect, it, vi } from 'vitest'
import { settingsApi } from '@/api/settings'
import SettingsPanel from '@/components/settings/SettingsPanel.vue'
import { registeredSavedUiState } from '@/composables/savedUiState'
import { useSettingsStore } from '@/stores/settings'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

// Every `defineSavedUiState({ key: '…' })` of the app's sources (read as text, not run).
const SOURCES = import.meta.glob<string>(['/src/**/*.ts', '/src/**/*.vue'], { query: '?raw', import: 'default', eager: true })
const DEFINED_KEYS = Object.values(SOURCES).flatMap((text) => [...text.matchAll(/defineSavedUiState(?:<[^>]*>)?\(\{\s*key: '([^']+)'/g)].map((m) => m[1]!))

function option(wrapper: Wrapper, label: string) {
  const element = wrapper.findAll('label').find((l) => l.text() === label)
  if (!element) throw new Error(`no option ${label}`)
  return element.get('input')
}

describe('SettingsPanel', () => {
  it('switches the interface language at once and saves it for the user', async () => {
    const { wrapper } = await mountApp(SettingsPanel, { route: '/profile/settings', as: 'business.resident@demo.test' })
    expect(wrapper.text()).toContain('Interface language')
    await option(wrapper, 'Русский').setValue()
    await settle()
    expect(useSettingsStore().language).toBe('ru')
    await expect(settingsApi.get()).resolves.toMatchObject({ language: 'ru' })
  })

  it('offers the three themes and saves the chosen one', async () => {
    const { wrapper } = await mountApp(SettingsPanel, { route: '/profile/settings', as: 'business.resident@demo.test' })
    for (const label of ['Dark', 'Light', 'Branded (Selectel)']) expect(option(wrapper, label).attributes('type')).toBe('radio')
    await option(wrapper, 'Branded (Selectel)').setValue()
    await settle()
    await expect(settingsApi.get()).resolves.toMatchObject({ theme: 'branded' })
  })

  it('resets saved filters only after confirmation', async () => {
    const { wrapper } = await mountApp(SettingsPanel, { route: '/profile/settings', as: 'business.resident@demo.test' })
    await useSettingsStore().saveUiState('tickets.filters', { status: 'open' })
    const reset = wrapper.findAll('button').find((b) => b.text() === 'Reset')!
    await reset.trigger('click')
    await settle()
    const dialog = wrapper.get('dialog')
    expect(dialog.text()).toContain('Reset user settings?')
    // Cancel keeps everything.
    await dialog.findAll('button').find((b) => b.text() === 'Cancel')!.trigger('click')
    await settle()
    await expect(settingsApi.get()).resolves.toMatchObject({ uiState: { 'tickets.filters': { status: 'open' } } })

    await reset.trigger('click')
    await settle()
    await wrapper.get('dialog').findAll('button').find((b) => b.text() === 'Reset')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('User settings have been reset.'))
    await expect(settingsApi.get()).resolves.toMatchObject({ uiState: {} })
    expect(useSettingsStore().uiState).toEqual({})
  })

  // The screens that use them load lazily: Reset must know their filters and drafts before any
  // of them is opened (only this panel has been imported here).
  it('knows every saved filter and draft of the panel, also those of screens not opened yet', () => {
    expect(DEFINED_KEYS).toEqual(expect.arrayContaining(['balance.transactions.filters', 'balance.documents.filters', 'balance.topUp.draft', 'tickets.filters']))
    expect(registeredSavedUiState().map((definition) => definition.key).sort()).toEqual([...DEFINED_KEYS].sort())
  })
})
