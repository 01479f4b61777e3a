// The language and theme chosen on this browser. They apply before login (and on the login page);
// after login the user's saved settings win. With no choice yet, the browser's own preferences apply.
import type { Locale, ThemeName } from '@/api/types'

const KEY = 'ccp.preferences'

export interface BrowserPreferences {
  language: Locale
  theme: ThemeName
}

function browserDefaults(): BrowserPreferences {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]
  const language: Locale = languages.some((l) => l?.toLowerCase().startsWith('ru')) ? 'ru' : 'en'
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
  return { language, theme: dark ? 'dark' : 'light' }
}

export function readBrowserPreferences(): BrowserPreferences {
  const defaults = browserDefaults()
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<BrowserPreferences>
    return {
      language: stored.language === 'ru' || stored.language === 'en' ? stored.language : defaults.language,
      theme: stored.theme === 'dark' || stored.theme === 'light' || stored.theme === 'branded' ? stored.theme : defaults.theme,
    }
  } catch {
    return defaults
  }
}

export function writeBrowserPreferences(preferences: BrowserPreferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(preferences))
  } catch {
    // No storage: the choice lasts for this tab only.
  }
}
