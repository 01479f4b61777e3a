// The idle prefetch of the likely next pages' code (src/router/prefetch.ts): only after the first
// page, only when idle, chunks only, nothing when the connection saves data.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type RouteComponent } from 'vue-router'
import { ROUTE } from '@/router/names'
import { FALLBACK_DELAY_MS } from '@/composables/whenIdle'
import { installRoutePrefetch, LIKELY_NEXT } from '@/router/prefetch'
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
