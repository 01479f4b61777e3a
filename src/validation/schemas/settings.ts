// Panel settings accepted by the API: the same lists the Panel settings tab offers.
import { mixed, object } from 'yup'
import type { Locale, ThemeName } from '@/api/types'
import { LOCALES, THEMES } from '../preferences'

export { LOCALES, THEMES }

export const settingsPatchSchema = object({
  language: mixed<Locale>().nullable().oneOf([...LOCALES, undefined], 'validation.oneOf'),
  theme: mixed<ThemeName>().nullable().oneOf([...THEMES, undefined], 'validation.oneOf'),
  uiState: object().optional().default(undefined),
}).noUnknown(true, 'validation.unknownField')
