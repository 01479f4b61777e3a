import { describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { areaMessages, CORE_PATHS, MOCK_LABEL_PATHS, type MessageTree } from '@/i18n/areas'
import { coreMessagesReady, createAppI18n, loadMessageGroup, pendingLocaleMessages } from '@/i18n'

// Read as plain JSON: an import would go through the i18n plugin, which precompiles messages.
const readLocale = (name: string) => JSON.parse(readFileSync(join(process.cwd(), 'locales', `${name}.json`), 'utf8')) as MessageTree

function keysOf(messages: MessageTree, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keysOf(value as MessageTree, `${prefix}${key}.`)))
}

const has = (messages: MessageTree, path: string) => path.split('.').reduce<unknown>((node, part) => (node as MessageTree | undefined)?.[part], messages) !== undefined

describe.each(['en', 'ru'])('the %s locale split into core and rest', (name) => {
  const messages = readLocale(name)
  const core = keysOf(areaMessages(messages, 'core'))
  const rest = keysOf(areaMessages(messages, 'rest'))

  it('puts every key in exactly one group, in the file order', () => {
    expect(core.filter((key) => rest.includes(key))).toEqual([])
    expect([...core, ...rest].sort()).toEqual(keysOf(messages).sort())
    expect(core).toEqual(keysOf(messages).filter((key) => core.includes(key)))
  })

  it('names only key paths that exist (core and the mock labels)', () => {
    expect([...CORE_PATHS, ...MOCK_LABEL_PATHS].filter((path) => !has(messages, path))).toEqual([])
  })

  it('keeps core small: the home page and the shell, not the pages behind them', () => {
    expect(core).toContain('home.title')
    expect(core).toContain('errors.unexpected')
    expect(core.some((key) => key.startsWith('tickets.'))).toBe(false)
    expect(core.length).toBeLessThan(rest.length / 2)
  })
})

describe('loading the messages', () => {
  it('arrives precompiled, one group of a language per import', async () => {
    const { default: core } = await import('../../locales/en.json?area=core')
    const app = (core as { app: Record<string, unknown> }).app
    expect(Object.keys(core)).toContain('home')
    expect(Object.keys(core)).not.toContain('tickets')
    expect(typeof app.name).not.toBe('string')
  })

  it('loads the shown language only, each group once, and a switch brings what the shown one has', async () => {
    const i18n = createAppI18n('ru')
    const merge = vi.spyOn(i18n.global, 'setLocaleMessage')
    const { t, te } = i18n.global
    await coreMessagesReady()
    expect(t('app.skipToContent')).toBe((readLocale('ru').app as MessageTree).skipToContent)
    expect(te('tickets.title', 'ru')).toBe(false)

    await Promise.all([loadMessageGroup('rest'), loadMessageGroup('rest')])
    await loadMessageGroup('rest')
    expect(merge.mock.calls.map((call) => (call as unknown[])[0])).toEqual(['ru', 'ru'])
    expect(te('tickets.title', 'ru')).toBe(true)
    expect(Object.keys(i18n.global.getLocaleMessage('en'))).toEqual([])
    expect(pendingLocaleMessages('ru')).toBeNull()

    const switching = pendingLocaleMessages('en')
    expect(switching).not.toBeNull()
    await switching
    expect(merge.mock.calls.map((call) => (call as unknown[])[0])).toEqual(['ru', 'ru', 'en', 'en'])
    expect(te('app.skipToContent', 'en') && te('tickets.title', 'en')).toBe(true)
    expect(pendingLocaleMessages('en')).toBeNull()
  }, 30_000)

  it('keeps the core texts when the rest joins them, and re-renders what shows them', async () => {
    const i18n = createAppI18n('en')
    await coreMessagesReady()
    const { t } = i18n.global
    const shown = computed(() => `${t('app.skipToContent')} / ${t('tickets.title')}`)
    expect(shown.value).toBe(`${(readLocale('en').app as MessageTree).skipToContent} / tickets.title`)
    await loadMessageGroup('rest')
    expect(shown.value).toBe(`${(readLocale('en').app as MessageTree).skipToContent} / ${(readLocale('en').tickets as MessageTree).title}`)
  }, 30_000) // the first import of each chunk compiles it (slow on a busy machine)
})
