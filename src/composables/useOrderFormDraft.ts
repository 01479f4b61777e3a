// Keeps an order form (vee-validate) and its saved draft (useServiceOrderDrafts.ts) in step, for
// both order forms:
// - every change is saved with draft.updateSoon: shown at once, kept in this browser at once (a
//   reload a moment later loses nothing), sent to the API when the changes pause;
// - a draft that arrives after the form (the user's settings load after a reload) fills the form
//   while it is untouched; what the user has changed stays.
// The form starts from `toForm(draft.state.value)` (its initialValues) and calls `draft.reset()`
// once the order is placed. `toForm`/`toDraft` map between the two where they differ (a number
// field holds text); by default they are the same values.
import { watch, type Ref } from 'vue'
import type { SavedUiState } from './savedUiState'

interface DraftForm<F> {
  /** vee-validate's reactive values. */
  values: Partial<F>
  meta: Ref<{ dirty: boolean }>
  resetForm: (state: { values: F }) => void
}

interface DraftMapping<D, F> {
  toForm: (saved: D) => F
  toDraft: (values: Partial<F>) => D
}

export function useOrderFormDraft<D extends object, F extends object = D>(draft: SavedUiState<D>, form: DraftForm<F>, mapping: DraftMapping<D, F>) {
  // Drafts are a handful of plain values: comparing their JSON is enough.
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

  watch(
    () => draft.state.value,
    (next) => {
      const values = mapping.toForm(next)
      if (form.meta.value.dirty || same(values, mapping.toForm(mapping.toDraft(form.values)))) return
      form.resetForm({ values })
    },
  )

  watch(
    () => mapping.toDraft(form.values),
    (next) => {
      if (!same(next, mapping.toDraft(mapping.toForm(draft.state.value)))) draft.updateSoon(next)
    },
  )
}

/** The mapping of a form whose values are the draft's own fields. */
export function sameFields<D extends object>(fields: readonly (keyof D)[]): DraftMapping<D, D> {
  const pick = (values: Partial<D>) => Object.fromEntries(fields.map((field) => [field, values[field]])) as D
  return { toForm: pick, toDraft: pick }
}
