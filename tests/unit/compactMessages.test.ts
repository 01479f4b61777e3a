// scripts/vite/compactMessages.ts rewrites every precompiled message the app ships: each one must
// still read exactly as the unplugin's own AST reads, in both languages, with placeholders and plurals.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { baseCompile } from '@intlify/message-compiler'
import { createI18nWithMessages } from '@/i18n'
import type { Locale } from '@/api/types'
import { compactMessageModule, compactMessageTree } from '../../scripts/vite/compactMessages'

type Tree = { [key: string]: string | Tree }

const readTree = (file: string) => JSON.parse(readFileSync(join(process.cwd(), file), 'utf8')) as Tree
const FILES = ['locales/{lang}.json', 'src/qa/locales/{lang}.json', 'src/qa/locales/launcher.{lang}.json']

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`)))
}

// The unplugin's compilation (@intlify/bundle-utils): JIT ASTs, minified (short keys) in a build.
const compile = (text: string, minify: boolean) => baseCompile(text, { jit: true, minify, location: false }).ast

// Every named placeholder reads back as its own name, so a dropped or moved part shows.
const named = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `‹${key}›` : undefined), has: () => true })

describe.each([true, false])('compacted messages (minified AST: %s)', (minify) => {
  it.each(['en', 'ru'] as Locale[])('read exactly as the original ASTs in %s', (locale) => {
    const messages = FILES.flatMap((file) => leaves(readTree(file.replace('{lang}', locale))))
    expect(messages.length).toBeGreaterThan(1000)
    const original: Record<string, unknown> = {}
    const compacted: Record<string, unknown> = {}
    messages.forEach(([, text], index) => {
      const ast = compile(text, minify)
      original[`m${index}`] = ast
      compacted[`m${index}`] = compactMessageTree(JSON.parse(JSON.stringify(ast)))
    })
    const before = createI18nWithMessages(locale, { [locale]: original }).global
    const after = createI18nWithMessages(locale, { [locale]: compacted }).global
    let plurals = 0
    messages.forEach(([key, text], index) => {
      const id = `m${index}`
      expect(after.t(id, named), key).toBe(before.t(id, named))
      if (text.includes('|')) {
        plurals++
        for (const count of [0, 1, 2, 5, 21]) expect(after.t(id, { ...named, count, n: count }, count), key).toBe(before.t(id, { count, n: count }, count))
      }
    })
    expect(plurals).toBeGreaterThan(5)
  })
})

describe('compactMessageTree', () => {
  it('keeps only the static text of a static message body, and every other node whole', () => {
    const plain = compile('Log out', true)
    const withPlaceholder = compile('Hello, {name}!', true)
    expect(compactMessageTree(plain)).toEqual({ t: 0, b: { t: 2, s: 'Log out' } })
    expect(compactMessageTree(withPlaceholder)).toEqual(withPlaceholder)
  })

  it('refuses a message compiled to a function (a non-JIT build)', () => {
    expect(() => compactMessageTree({ a: () => 'x' })).toThrow(/function/)
  })
})

describe('compactMessageModule', () => {
  it("rewrites the unplugin's module as the compacted literal", () => {
    const code = `const resource = {"a":${JSON.stringify(compile('Log out', true))}}\nexport default resource`
    expect(compactMessageModule(code)).toBe('export default {"a":{"t":0,"b":{"t":2,"s":"Log out"}}}\n')
  })

  it('leaves any other module alone (a dev server adds its hot-update code)', () => {
    expect(compactMessageModule('const resource = {}\nexport default resource\nif (import.meta.hot) {}')).toBeNull()
    expect(compactMessageModule('export default {}')).toBeNull()
  })
})
