// The workbench's and the shared-link dialog's texts (src/qa/messages.ts says why they are apart
// from the launcher's): only the lazy chunks that import this carry them.
import en from './locales/en.json'
import ru from './locales/ru.json'
import { useQaTexts } from './messages'

export function useQaMessages() {
  return useQaTexts('qa.title', en, ru)
}
