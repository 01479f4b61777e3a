// The idle prefetch of the likely next pages' code (src/router/prefetch.ts): only after the first
// page, only when idle, chunks only, nothing when the connection saves data; a build preloads the
// chunks its map lists (scripts/vite/routeChunks.ts) instead of running them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type RouteComponent } from 'vue-router'
import { ROUTE } from '@/router/names'
import { FALLBACK_DELAY_MS } from '@/composables/whenIdle'
import { installRoutePrefetch, LIKELY_NEXT, LIKELY_NEXT_MODULES, preloadModules } from '@/router/prefetch'
import { routes } from '@/router/routes'
import { useFakeIdleTimers } from '../helpers/idleTimers'

const Page = defineComponent({ name: 'FakePage', render: () => h('p', 'page') })

function routerWith(loaders: Record<string, () => Promise<RouteComponent>>) {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: ROUTE.home, component: Page },
      { path: '/tickets', name: ROUTE.tickets, component: loaders.tickets! },
      { path: '/balance', component: loaders.balanceView!, children: [{ path: '', name: ROUTE.balance, component: loaders.balance! }] },
      { path: '/referral', name: ROUTE.referral, component: loaders.referral! },
    ],
  })
}

const locations = [{ name: ROUTE.tickets }, { name: ROUTE.balance }, { name: ROUTE.referral }]

describe('route prefetch', () => {
  useFakeIdleTimers()

  it('imports the likely next pages (and their parent layouts) once idle after the first page, never before', async () => {
    const loaders = { tickets: vi.fn(async () => Page), balanceView: vi.fn(async () => Page), balance: vi.fn(async () => Page), referral: vi.fn(async () => Page) }
    const router = routerWith(loaders)
    installRoutePrefetch(router, locations)
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS * 2)
    expect(Object.values(loaders).every((load) => load.mock.calls.length === 0)).toBe(true)

    await router.push('/')
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS - 10)
    expect(loaders.tickets).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(20)
    for (const load of Object.values(loaders)) expect(load).toHaveBeenCalledTimes(1)

    // Opening a page later finds its code there: nothing is imported twice by the prefetch.
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS * 5)
    expect(loaders.tickets).toHaveBeenCalledTimes(1)
  })

  it('waits for requestIdleCallback where there is one, and goes on past a chunk that fails', async () => {
    let idle: (() => void) | null = null
    vi.stubGlobal('requestIdleCallback', (run: () => void) => (idle = run))
    const loaders = { tickets: vi.fn(() => Promise.reject(new Error('Failed to fetch dynamically imported module'))), balanceView: vi.fn(async () => Page), balance: vi.fn(async () => Page), referral: vi.fn(async () => Page) }
    const router = routerWith(loaders)
    installRoutePrefetch(router, locations)
    await router.push('/')
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS * 3)
    expect(loaders.tickets).not.toHaveBeenCalled()
    expect(idle).not.toBeNull()

    idle!()
    await vi.advanceTimersByTimeAsync(0)
    expect(loaders.tickets).toHaveBeenCalledTimes(1)
    expect(loaders.referral).toHaveBeenCalledTimes(1)
  })

  it('fetches nothing when the connection asks to save data', async () => {
    vi.stubGlobal('navigator', { ...navigator, connection: { saveData: true } })
    const loaders = { tickets: vi.fn(async () => Page), balanceView: vi.fn(async () => Page), balance: vi.fn(async () => Page), referral: vi.fn(async () => Page) }
    const router = routerWith(loaders)
    installRoutePrefetch(router, locations)
    await router.push('/')
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS * 5)
    expect(Object.values(loaders).every((load) => load.mock.calls.length === 0)).toBe(true)
  })

  it('names routes of the side navigation that load lazily', () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    for (const location of LIKELY_NEXT) {
      const lazy = router.resolve(location).matched.flatMap((record) => Object.values(record.components ?? {})).filter((c) => typeof c === 'function')
      expect(lazy.length, JSON.stringify(location)).toBeGreaterThan(0)
    }
  })
})

describe('route preload in a build', () => {
  useFakeIdleTimers()

  // A built router holds only functions; its pages' source paths are in their import()s' text.
  const sourceOf = (load: unknown) => /src\/[\w/]+\.vue/.exec(String(load))?.[0]

  it("lists exactly the source modules of the likely next pages and their layouts", () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const modules = LIKELY_NEXT.flatMap((location) => router.resolve(location).matched.flatMap((record) => Object.values(record.components ?? {})))
      .filter((component) => typeof component === 'function')
      .map(sourceOf)
    expect(modules).not.toContain(undefined)
    expect(new Set(modules)).toEqual(new Set(LIKELY_NEXT_MODULES))
  })

  function stubMap(map: Record<string, string[]> | null) {
    const fetch = vi.fn(async () => (map ? new Response(JSON.stringify(map)) : new Response('', { status: 404 })))
    vi.stubGlobal('fetch', fetch)
    return fetch
  }
  const links = () => [...document.head.querySelectorAll('link')].map((link) => [link.rel, new URL(link.href).pathname])
  // happy-dom would fetch a linked stylesheet and fail (there is no server): here it loads as empty.
  const happyDOM = (window as unknown as { happyDOM: { settings: { disableCSSFileLoading: boolean; handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM
  const cssSettings = { ...happyDOM.settings }
  beforeEach(() => {
    happyDOM.settings.disableCSSFileLoading = true
    happyDOM.settings.handleDisabledFileLoadingAsSuccess = true
  })
  afterEach(() => {
    happyDOM.settings.disableCSSFileLoading = cssSettings.disableCSSFileLoading
    happyDOM.settings.handleDisabledFileLoadingAsSuccess = cssSettings.handleDisabledFileLoadingAsSuccess
  })

  it("adds a modulepreload for each chunk of the pages' files and links their stylesheets, once each, none for what the page has", async () => {
    document.head.innerHTML = '<link rel="modulepreload" href="/assets/boot-1.js">'
    const fetch = stubMap({
      'src/views/TicketsView.vue': ['assets/TicketsView-1.js', 'assets/boot-1.js', 'assets/tickets-1.js', 'assets/TicketsView-1.css'],
      'src/views/ReferralView.vue': ['assets/ReferralView-1.js', 'assets/tickets-1.js'],
      'src/views/LoginView.vue': ['assets/LoginView-1.js'],
    })
    await preloadModules(['src/views/TicketsView.vue', 'src/views/ReferralView.vue', 'src/views/Unknown.vue'], '/')
    expect(fetch).toHaveBeenCalledWith('/assets/route-chunks.json')
    expect(links()).toEqual([
      ['modulepreload', '/assets/boot-1.js'],
      ['modulepreload', '/assets/TicketsView-1.js'],
      ['modulepreload', '/assets/tickets-1.js'],
      ['stylesheet', '/assets/TicketsView-1.css'],
      ['modulepreload', '/assets/ReferralView-1.js'],
    ])
  })

  it('removes a stylesheet that fails to load, so the page asks for it again when opened', async () => {
    document.head.innerHTML = ''
    stubMap({ 'src/views/TicketsView.vue': ['assets/TicketsView-1.js', 'assets/TicketsView-1.css'] })
    await preloadModules(['src/views/TicketsView.vue'], '/')
    document.head.querySelector('link[rel="stylesheet"]')?.dispatchEvent(new Event('error'))
    expect(links()).toEqual([['modulepreload', '/assets/TicketsView-1.js']])
  })

  it('preloads nothing when the map cannot be read', async () => {
    document.head.innerHTML = ''
    stubMap(null)
    await preloadModules(['src/views/TicketsView.vue'], '/')
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await preloadModules(['src/views/TicketsView.vue'], '/')
    expect(links()).toEqual([])
  })

  it('is what a build runs when idle after the first page', async () => {
    const prefetch = vi.fn(async () => undefined)
    const router = routerWith({ tickets: vi.fn(async () => Page), balanceView: vi.fn(async () => Page), balance: vi.fn(async () => Page), referral: vi.fn(async () => Page) })
    installRoutePrefetch(router, locations, prefetch)
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS * 2)
    expect(prefetch).not.toHaveBeenCalled()
    await router.push('/')
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS + 10)
    expect(prefetch).toHaveBeenCalledTimes(1)
  })
})
