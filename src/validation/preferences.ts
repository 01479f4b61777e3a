// The languages and themes the panel offers, defined once. Kept apart from the yup schemas so the
// first screen (the header's language and theme pickers) does not pull yup into the entry chunk.
import type { Locale, ThemeName } from '@/api/types'

export const LOCALES: Locale[] = ['ru', 'en']
export const THEMES: ThemeName[] = ['dark', 'light', 'branded']
