// After a refused submit (by the form's own check or by the API's 422), keyboard and screen-reader
// users land on the first field to fix instead of wherever focus happened to be.
import { nextTick, ref } from 'vue'

export function useFocusFirstError(setErrors: (errors: Record<string, string>) => void) {
  /** Bind with ref="formElement" on the <form>. */
  const formElement = ref<HTMLFormElement>()

  async function focusFirstError() {
    await nextTick()
    const invalid = formElement.value?.querySelector<HTMLElement>('[aria-invalid="true"]')
    // A radio group marks its fieldset, which cannot take focus: focus its chosen (or first) radio.
    const target = invalid instanceof HTMLFieldSetElement ? (invalid.querySelector<HTMLElement>('input:checked:not(:disabled)') ?? invalid.querySelector<HTMLElement>('input:not(:disabled)')) : invalid
    target?.focus()
  }

  /** The API's field errors onto the form's fields, then focus on the first of them. */
  function showFieldErrors(errors: Record<string, string>) {
    setErrors(errors)
    void focusFirstError()
  }

  return { formElement, focusFirstError, showFieldErrors }
}
