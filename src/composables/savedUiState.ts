// The registry of saved UI state: filters and order-form drafts that a user's settings keep and
// that "Panel settings → User settings → Reset" clears. A feature registers its state once, at
// module level, and gets a composable back:
//
//   export const useTicketFilters = defineSavedUiState({
//     key: 'tickets.filters', kind: 'filter', defaults: () => ({ status: 'all', search: '' }),
//   })
//   const { state, update } = useTicketFilters()   // in a component or store
//
// The feature's module is imported by savedUiStateDefinitions.ts too, so that Reset knows it even
// when its (lazily loaded) screen has not been opened.
//
// The value lives in the settings store (saved per user by the API, merged by key), so Reset
// clears every registered key at once and every screen falls back to the defaults.
import { computed, type ComputedRef } from 'vue'
import { useSettingsStore } from '@/stores/settings'

export interface SavedUiStateDefinition<T extends object> {
  /** `<feature>.<thing>`, unique across the panel. */
  key: string
  kind: 'filter' | 'draft'
  defaults: () => T
  /** Optional clean-up beyond the saved value (e.g. a cache the feature keeps). */
  onReset?: () => void
}

const registry = new Map<string, SavedUiStateDefinition<object>>()

export interface SavedUiState<T extends object> {
  state: ComputedRef<T>
  update: (patch: Partial<T>) => Promise<void>
  /** For drafts as they are typed: shown at once, sent when the typing pauses (see settings.saveUiStateSoon). */
  updateSoon: (patch: Partial<T>) => void
  reset: () => Promise<void>
}

export function defineSavedUiState<T extends object>(definition: SavedUiStateDefinition<T>): () => SavedUiState<T> {
  if (registry.has(definition.key)) throw new Error(`Saved UI state "${definition.key}" is registered twice`)
  registry.set(definition.key, definition as SavedUiStateDefinition<object>)
  return () => {
    const settings = useSettingsStore()
    const state = computed<T>(() => ({ ...definition.defaults(), ...(settings.uiState[definition.key] as Partial<T> | undefined) }))
    return {
      state,
      update: (patch) => settings.saveUiState(definition.key, { ...state.value, ...patch }),
      updateSoon: (patch) => settings.saveUiStateSoon(definition.key, { ...state.value, ...patch }),
      reset: () => settings.saveUiState(definition.key, null),
    }
  }
}

/** What Reset will clear; the Panel settings tab lists it. */
export function registeredSavedUiState(): readonly SavedUiStateDefinition<object>[] {
  return [...registry.values()]
}

/** "Reset": clears every saved filter and draft on the server, then lets features clean up. */
export async function resetAllSavedUiState(): Promise<void> {
  await useSettingsStore().resetUiState()
  for (const definition of registry.values()) definition.onReset?.()
}

/** For tests only: forget registrations made by a test. */
export function unregisterSavedUiState(key: string): void {
  registry.delete(key)
}
