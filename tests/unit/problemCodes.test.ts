// Every reason the API can give has words for people: each problem `code` (the contract's
// ProblemCode, the same set the mocks return) under `errors.` and each field error code under
// `validation.` in both locales. Scans the source, so a new code cannot ship unworded.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import document from '../../openapi/dist/openapi.json'

const root = join(__dirname, '../..')
// Read as plain JSON: an import goes through the i18n plugin, which compiles the messages.
const locales = Object.fromEntries(['en', 'ru'].map((locale) => [locale, JSON.parse(readFileSync(join(root, `locales/${locale}.json`), 'utf8')) as unknown]))

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
}

function has(messages: unknown, key: string): boolean {
  const value = key.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), messages)
  return typeof value === 'string' && value.trim() !== ''
}

const missingIn = (keys: Iterable<string>, prefix = '') =>
  Object.entries(locales).flatMap(([locale, messages]) => [...keys].filter((key) => !has(messages, prefix + key)).map((key) => `${locale}: ${prefix}${key}`))

const quoted = (text: string) => [...text.matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)'/g)].map((m) => m[1]!)

const mockSources = sourcesUnder('mocks')
const documented = new Set<string>(document.components.schemas.ProblemCode.enum)

/** Codes passed to `problem(<status>, …)` as literals (also both sides of a `cond ? 'a' : 'b'`). */
const returned = new Set(mockSources.flatMap((text) => [...text.matchAll(/\bproblem\(\s*\d{3}\s*,\s*([^,)]+)/g)].flatMap((m) => quoted(m[1]!))))
/** Codes a mock picks before passing them on (`problem(409, blocker)`): any literal that is a documented code. */
const mentioned = new Set(mockSources.flatMap(quoted).filter((code) => documented.has(code)))

describe('problem codes', () => {
  it('finds the codes the mocks return', () => {
    expect(returned.size).toBeGreaterThan(20)
    expect(returned).toContain('tickets.notFound')
    expect(returned).toContain('auth.sessionExpired')
  })

  it('are all in the contract’s ProblemCode, and the contract lists none the mocks never return', () => {
    expect([...returned].filter((code) => !documented.has(code))).toEqual([])
    expect([...documented].filter((code) => !returned.has(code) && !mentioned.has(code))).toEqual([])
  })

  it('each have a message under errors. in both locales', () => {
    expect(missingIn(new Set([...documented, ...returned]), 'errors.')).toEqual([])
  })
})

describe('field error codes', () => {
  /** `validation.*` literals of the mocks (the contract's run-time check too), the form schemas and the document. */
  const used = new Set(
    [...mockSources, ...sourcesUnder('src/validation'), JSON.stringify(document)]
      .flatMap((text) => [...text.matchAll(/['"](validation\.[A-Za-z]+(?:\.[A-Za-z]+)*)['"]/g)].map((m) => m[1]!))
      .filter((code) => !documented.has(code)),
  )

  it('finds the codes of the mocks, the forms and the contract', () => {
    for (const code of ['validation.required', 'validation.type', 'validation.unknownField', 'validation.ticket.subjectRequired', 'validation.innChecksum']) {
      expect(used).toContain(code)
    }
  })

  it('each have a message in both locales', () => {
    expect(missingIn(used)).toEqual([])
  })
})
