// The workbench's texts live beside it (src/qa/locales), not in the app's locales: they load with
// the workbench's lazy chunk, so neither the entry nor a build with the mocks off carries them.
// Each top-level workbench component calls this before its first render.
import { useI18n } from 'vue-i18n'
import en from './locales/en.json'
import ru from './locales/ru.json'

export function useQaMessages() {
  const i18n = useI18n({ useScope: 'global' })
  if (!i18n.te('qa.title', 'en')) {
    i18n.mergeLocaleMessage('en', en)
    i18n.mergeLocaleMessage('ru', ru)
  }
  return i18n
}
