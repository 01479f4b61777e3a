// One action of the workbench: busy while it runs, its failure as a message in the current language.
import { ref } from 'vue'
import { useErrorMessage } from '@/composables/useErrorMessage'

export function useQaTask() {
  const { errorMessage } = useErrorMessage()
  const busy = ref(false)
  const error = ref('')
  /** The failure itself, for answers a section reads more closely (field errors of a 422). */
  const failure = ref<unknown>(null)

  /** Runs `action`; a failure is kept in `error` (and the result is undefined). */
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    busy.value = true
    error.value = ''
    failure.value = null
    try {
      return await action()
    } catch (caught) {
      failure.value = caught
      error.value = errorMessage(caught)
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { busy, error, failure, run }
}
