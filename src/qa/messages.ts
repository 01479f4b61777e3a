// The workbench's texts live beside it (src/qa/locales), not in the app's locales: they load with
// the workbench's lazy chunk, so neither the entry nor a build with the mocks off carries them.
// The launcher, which every page with the mocks on shows, carries only its own two texts
// (launcher.<lang>.json): the workbench's, in both languages, cost 0.2 MB of heap on each page.
// Each top-level QA component calls one of these before its first render.
import { useI18n } from 'vue-i18n'
import launcherEn from './locales/launcher.en.json'
import launcherRu from './locales/launcher.ru.json'

export type QaMessages = { qa: Record<string, unknown> }

/** Merges a QA part's texts into the app's i18n, once (probeKey tells whether they are in). */
export function useQaTexts(probeKey: string, en: QaMessages, ru: QaMessages) {
  const i18n = useI18n({ useScope: 'global' })
  if (!i18n.te(probeKey, 'en')) {
    i18n.mergeLocaleMessage('en', en)
    i18n.mergeLocaleMessage('ru', ru)
  }
  return i18n
}

/** The launcher's texts (its label and hint). */
export function useQaLauncherMessages() {
  return useQaTexts('qa.launcher.label', launcherEn, launcherRu)
}
