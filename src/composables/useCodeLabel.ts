// Words for the codes the API sends ('top-up', 'reconciliation-act', 'services-transfer'), read
// from the locale keys under a prefix. Codes are kebab-case, locale keys camelCase. A code that
// a newer backend sends and this version of the panel does not know is shown as it comes.
import { useI18n } from 'vue-i18n'

/** `bank-transfer` → `bankTransfer`. */
export const localeKeyOf = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())

export function useCodeLabel() {
  const { t, te } = useI18n()
  return (prefix: string, code: string): string => {
    const key = `${prefix}.${localeKeyOf(code)}`
    return te(key) ? t(key) : code
  }
}
