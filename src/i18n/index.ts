// vue-i18n in composition mode. Messages come precompiled from locales/*.json (the Vite plugin),
// so the runtime carries no message compiler. The app loads them by language and group
// (src/i18n/areas.ts): the shown language's core before mounting, its rest before a page that needs
// it (src/router/messages.ts) or when idle, and another language's groups before switching to it.
// The entry chunk carries no messages at all.
import { markRaw } from 'vue'
import { createI18n } from 'vue-i18n'
import type en from '../../locales/en.json'
import type { Locale } from '@/api/types'
import type { MessageGroup } from './areas'
import { russianPluralRule } from './plural'

export type MessageSchema = typeof en
type LocaleMessages = Record<string, unknown>

export const SUPPORTED_LOCALES: Locale[] = ['ru', 'en']

export function isLocale(value: unknown): value is Locale {
  return value === 'ru' || value === 'en'
}

/** An i18n instance with the messages given (tests and the mock's labels pass them all at once). */
export function createI18nWithMessages(locale: Locale, messages: Partial<Record<Locale, LocaleMessages>>) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    // Both locales have every key (tests/unit/i18n.test.ts), so the fallback is never needed to
    // show a text: it never causes English to load while Russian is shown.
    fallbackLocale: 'en',
    messages: messages as Record<Locale, MessageSchema>,
    pluralRules: { ru: russianPluralRule },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createI18nWithMessages>

// One chunk per language and group. Written out: a bundler only splits import()s it can read.
const IMPORTS: Record<Locale, Record<MessageGroup, () => Promise<{ default: LocaleMessages }>>> = {
  en: { core: () => import('../../locales/en.json?area=core'), rest: () => import('../../locales/en.json?area=rest') },
  ru: { core: () => import('../../locales/ru.json?area=core'), rest: () => import('../../locales/ru.json?area=rest') },
}

interface Loader {
  i18n: AppI18n
  /** Loads started or done, by `locale:group`; a failed one is dropped, so the next call tries again. */
  loads: Map<string, { promise: Promise<void>; done: boolean }>
  /** The groups the shown language has asked for: a switch brings them in the new language too. */
  wanted: Set<MessageGroup>
}

/** The app's i18n (createAppI18n). Without it (tests, the mock) everything counts as loaded. */
let loader: Loader | null = null

const isTree = (node: unknown): node is LocaleMessages => !!node && typeof node === 'object' && !Array.isArray(node)

/** `source`'s keys over `target`'s, into `target` (plain objects: the precompiled messages). */
function mergeInto(target: LocaleMessages, source: LocaleMessages): LocaleMessages {
  for (const [key, value] of Object.entries(source)) {
    const present = target[key]
    target[key] = isTree(present) && isTree(value) ? mergeInto({ ...present }, value) : value
  }
  return target
}

/**
 * A group's messages join the locale's as one new plain object. vue-i18n's own merge copies them
 * key by key into its deeply reactive store (and every lookup then walks proxies); the texts never
 * change once loaded, so the locale's tree is kept raw, and replacing it is what re-renders.
 */
function installMessages(i18n: AppI18n, locale: Locale, messages: LocaleMessages): void {
  const current = (i18n.global.getLocaleMessage(locale) ?? {}) as LocaleMessages
  i18n.global.setLocaleMessage(locale, markRaw(mergeInto({ ...current }, messages)) as MessageSchema)
}

function load(locale: Locale, group: MessageGroup): { promise: Promise<void>; done: boolean } {
  const { i18n, loads } = loader!
  const key = `${locale}:${group}`
  let entry = loads.get(key)
  if (!entry) {
    const started = { promise: Promise.resolve(), done: false }
    started.promise = IMPORTS[locale][group]().then(
      (module) => {
        installMessages(i18n, locale, module.default)
        started.done = true
      },
      (error: unknown) => {
        if (loads.get(key) === started) loads.delete(key)
        throw error
      },
    )
    loads.set(key, (entry = started))
  }
  return entry
}

/** The app's i18n: no messages yet, and the core of `locale` starts loading at once. */
export function createAppI18n(locale: Locale): AppI18n {
  const i18n = createI18nWithMessages(locale, {})
  loader = { i18n, loads: new Map(), wanted: new Set(['core']) }
  load(locale, 'core').promise.catch(() => undefined)
  return i18n
}

/** Brings in `group` of the shown language (a language switched to later gets it as well). */
export function loadMessageGroup(group: MessageGroup): Promise<void> {
  if (!loader) return Promise.resolve()
  loader.wanted.add(group)
  return load(loader.i18n.global.locale.value, group).promise
}

/**
 * What still has to load before `locale` can be shown (the groups the shown language has), or null
 * when it is all there. Call it before switching the language, so no key flashes.
 */
export function pendingLocaleMessages(locale: Locale): Promise<void> | null {
  if (!loader) return null
  const current = loader
  const missing = () => [...current.wanted].map((group) => load(locale, group)).filter((entry) => !entry.done)
  if (!missing().length) return null
  return (async () => {
    // A page may ask for another group while this loads: it is brought in too, before the switch.
    for (let pending = missing(); pending.length; pending = missing()) await Promise.all(pending.map((entry) => entry.promise))
  })()
}

/** Resolves once the shown language's core is in; never rejects (the app then shows anyway). */
export function coreMessagesReady(): Promise<void> {
  if (!loader) return Promise.resolve()
  return load(loader.i18n.global.locale.value, 'core').promise.catch((error: unknown) => console.error('The interface texts could not be loaded', error))
}
