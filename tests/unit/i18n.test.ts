import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick } from 'vue'
import { useFormats } from '@/composables/useFormats'
import { russianPluralRule } from '@/i18n/plural'
import { createTestI18n } from '../helpers/i18n'

type Messages = { [key: string]: string | Messages }

// Read as plain JSON: an import would go through the i18n plugin, which precompiles messages.
const readLocale = (name: string, dir = 'locales') => JSON.parse(readFileSync(join(process.cwd(), dir, `${name}.json`), 'utf8')) as Messages
const en = readLocale('en')
const ru = readLocale('ru')
// The QA workbench's texts load with its lazy chunk (src/qa/messages.ts): the same rules apply.
const qaEn = readLocale('en', 'src/qa/locales')
const qaRu = readLocale('ru', 'src/qa/locales')
// …apart from the launcher's two, which every page shows (launcher.<lang>.json).
const qaLauncherEn = readLocale('launcher.en', 'src/qa/locales')
const qaLauncherRu = readLocale('launcher.ru', 'src/qa/locales')

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keysOf(value, `${prefix}${key}.`)))
}

function unsortedObjects(messages: Messages, path = '(root)'): string[] {
  const keys = Object.keys(messages)
  const here = keys.join() === [...keys].sort().join() ? [] : [path]
  return here.concat(...Object.entries(messages).map(([key, value]) => (typeof value === 'string' ? [] : unsortedObjects(value, key))))
}

describe('locales', () => {
  it('have exactly the same keys in Russian and English', () => {
    expect(keysOf(ru)).toEqual(keysOf(en))
  })

  it('keep their keys sorted, so a diff shows where a key belongs', () => {
    expect(unsortedObjects(en)).toEqual([])
    expect(unsortedObjects(ru)).toEqual([])
  })

  it('keep the QA workbench texts apart, with the same keys in both languages, sorted', () => {
    expect(keysOf(qaRu)).toEqual(keysOf(qaEn))
    expect(unsortedObjects(qaEn)).toEqual([])
    expect(unsortedObjects(qaRu)).toEqual([])
    expect(Object.keys(qaEn)).toEqual(['qa'])
    expect(en.qa).toBeUndefined()
    expect(keysOf(qaLauncherEn)).toEqual(['qa.launcher.hint', 'qa.launcher.label'])
    expect(keysOf(qaLauncherRu)).toEqual(keysOf(qaLauncherEn))
    expect(keysOf(qaEn).filter((key) => key.startsWith('qa.launcher.'))).toEqual([])
  })

  it('have no empty message', () => {
    const empty = [en, ru].flatMap((messages) => keysOf(messages).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Messages)[part], messages) === ''))
    expect(empty).toEqual([])
  })
})

describe('russianPluralRule', () => {
  it.each([
    [1, 0],
    [2, 1],
    [4, 1],
    [5, 2],
    [11, 2],
    [12, 2],
    [14, 2],
    [21, 0],
    [22, 1],
    [25, 2],
    [101, 0],
    [111, 2],
  ])('picks form %i → %i of "one | few | many"', (count, form) => {
    expect(russianPluralRule(count, 3)).toBe(form)
  })

  it('uses the first of four forms for zero', () => {
    expect(russianPluralRule(0, 4)).toBe(0)
    expect(russianPluralRule(1, 4)).toBe(1)
    expect(russianPluralRule(3, 4)).toBe(2)
    expect(russianPluralRule(7, 4)).toBe(3)
  })
})

describe('i18n formats', () => {
  it('formats rubles in the current language, and again when it changes', async () => {
    const i18n = createTestI18n('ru')
    const Money = defineComponent({ setup: () => { const { rubles } = useFormats(); return () => h('span', rubles(4_850_000)) } })
    const wrapper = mount(Money, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('48\u00a0500,00\u00a0₽')
    i18n.global.locale.value = 'en'
    await nextTick()
    expect(wrapper.text()).toBe('₽48,500.00')
  })


  it('pluralises Russian messages with three forms', () => {
    const { global } = createTestI18n('ru')
    expect(global.t('home.support.openTickets', 0)).toBe('Нет открытых тикетов')
    expect(global.t('home.support.openTickets', 1)).toBe('1 открытый тикет')
    expect(global.t('home.support.openTickets', 3)).toBe('3 открытых тикета')
    expect(global.t('home.support.openTickets', 11)).toBe('11 открытых тикетов')
    expect(global.t('home.support.unreadTickets', 21)).toBe('21 тикет с новым ответом')
    expect(global.t('home.support.unreadTickets', 24)).toBe('24 тикета с новым ответом')
  })
})
