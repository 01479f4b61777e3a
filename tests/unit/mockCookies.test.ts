// The browser build replaces tough-cookie (MSW's cookie jar, which brings the public suffix list)
// with mocks/kernel/noCookieJar.ts, an always-empty jar (vite.config.ts). That is only right while
// the mock API uses no cookies and the jar has what MSW's cookie store calls.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as shim from '@mocks/kernel/noCookieJar'

const MOCKS = join(__dirname, '../../mocks')
/** The shim, and the API server that passes a Node response's headers on, whatever they are. */
const NOT_HANDLERS = new Set(['kernel/noCookieJar.ts', 'server.ts'])

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourcesUnder(path)
    return /\.(ts|js)$/.test(name) && !name.endsWith('.gen.js') ? [path] : []
  })
}

/** The file without its comments (which may well mention cookies). */
function codeOf(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

describe('the mock API and cookies', () => {
  const sources = sourcesUnder(MOCKS).filter((path) => !NOT_HANDLERS.has(relative(MOCKS, path).replaceAll('\\', '/')))

  it('has no handler that reads cookies or sets one', () => {
    expect(sources.length).toBeGreaterThan(50)
    const offenders = sources.filter((path) => /\bcookies\b|set-cookie|document\.cookie|headers\.get\(\s*['"`]cookie/i.test(codeOf(path)))
    expect(offenders.map((path) => relative(MOCKS, path))).toEqual([])
  })

  it('has the browser build use the empty jar instead of tough-cookie', () => {
    // Read as text: the config's file URLs do not resolve under the test environment.
    const config = readFileSync(join(__dirname, '../../vite.config.ts'), 'utf8')
    expect(config).toMatch(/'tough-cookie':\s*fileURLToPath\(new URL\('\.\/mocks\/kernel\/noCookieJar\.ts'/)
  })

  it('offers what MSW’s cookie store imports from tough-cookie and calls', () => {
    const store = readFileSync(join(__dirname, '../../node_modules/msw/lib/core/utils/cookieStore.mjs'), 'utf8')
    const imported = store.match(/import\s*\{([^}]*)\}\s*from\s*["']tough-cookie["']/)?.[1]
    expect(imported, 'MSW no longer imports tough-cookie this way: check mocks/kernel/noCookieJar.ts').toBeDefined()
    const names = imported!.split(',').map((name) => name.trim()).filter(Boolean)
    expect(names.sort()).toEqual(['Cookie', 'CookieJar', 'MemoryCookieStore'])
    // The methods it calls on the jar and on Cookie, and the index it reads and writes on the store.
    expect([...new Set([...store.matchAll(/#jar\.(\w+)/g)].map((m) => m[1]))].sort()).toEqual(['getCookiesSync', 'setCookie'])
    expect([...new Set([...store.matchAll(/\bCookie\.(\w+)/g)].map((m) => m[1]))]).toEqual(['fromJSON'])
    expect([...new Set([...store.matchAll(/#memoryStore\.(\w+)/g)].map((m) => m[1]))]).toEqual(['idx'])
  })

  it('has an empty jar that keeps nothing', async () => {
    const store = new shim.MemoryCookieStore()
    const jar = new shim.CookieJar(store)
    // MSW passes the Set-Cookie text and the URL, which the jar does not need.
    const msw = { setCookie: jar.setCookie.bind(jar) as (cookie: string, url: string) => Promise<void>, getCookiesSync: jar.getCookiesSync.bind(jar) as (url: string) => unknown[] }
    await msw.setCookie('session=abc; Path=/', 'http://localhost/api/v1/profile')
    expect(msw.getCookiesSync('http://localhost/api/v1/profile')).toEqual([])
    expect(store.idx).toEqual({})
    expect((shim.Cookie.fromJSON as (json: unknown) => unknown)({ key: 'session', value: 'abc', domain: 'localhost', path: '/' })).toBeNull()
  })
})
