// Leaving the page (reload, closing the tab, typing another address) while a form holds unsaved
// input makes the browser ask first. The browser words the question itself.
import { onBeforeUnmount, onMounted, toValue, type MaybeRefOrGetter } from 'vue'

export function useUnsavedChangesGuard(isDirty: MaybeRefOrGetter<boolean>): void {
  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (!toValue(isDirty)) return
    event.preventDefault()
    // Older Chromium and Safari ask only when returnValue is set as well.
    event.returnValue = true
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload))
}
