// Panel settings accepted by the API: the same lists the Panel settings tab offers.
import { mixed, object } from 'yup'
import type { Locale, ThemeName } from '@/api/types'

export const LOCALES: Locale[] = ['ru', 'en']
export const THEMES: ThemeName[] = ['dark', 'light', 'branded']

export const settingsPatchSchema = object({
  language: mixed<Locale>().nullable().oneOf([...LOCALES, undefined], 'validation.oneOf'),
  theme: mixed<ThemeName>().nullable().oneOf([...THEMES, undefined], 'validation.oneOf'),
  uiState: object().optional().default(undefined),
}).noUnknown(true, 'validation.unknownField')
