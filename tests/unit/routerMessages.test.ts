import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { loadMessageGroup } from '@/i18n'
import { installMessagesGuard } from '@/router/messages'
import { ROUTE } from '@/router/names'

vi.mock('@/i18n', () => ({ loadMessageGroup: vi.fn() }))

const Page = defineComponent({ render: () => null })
let slowChunk: (() => void) | null = null

function makeRouter() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: ROUTE.home, component: Page },
      {
        path: '/tickets',
        name: ROUTE.tickets,
        component: () => new Promise<typeof Page>((resolve) => (slowChunk = () => resolve(Page))),
      },
    ],
  })
  installMessagesGuard(router)
  return router
}

describe('the messages guard', () => {
  let finishRest: () => void
  beforeEach(() => {
    vi.mocked(loadMessageGroup).mockReset()
    vi.mocked(loadMessageGroup).mockImplementation(() => new Promise<void>((resolve) => (finishRest = resolve)))
  })

  it('lets the home page show with core only', async () => {
    const router = makeRouter()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe(ROUTE.home)
    expect(loadMessageGroup).not.toHaveBeenCalled()
  })

  it('starts the rest as the navigation starts, alongside the page chunk, and shows the page once both are in', async () => {
    const router = makeRouter()
    await router.push('/')
    slowChunk = null
    const navigation = router.push('/tickets')
    // Started as the navigation starts: the page's chunk is being fetched meanwhile.
    await vi.waitFor(() => expect(slowChunk).not.toBeNull())
    expect(loadMessageGroup).toHaveBeenCalledWith('rest')
    slowChunk!()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(router.currentRoute.value.name).toBe(ROUTE.home)
    finishRest()
    await navigation
    expect(router.currentRoute.value.name).toBe(ROUTE.tickets)
  })

  it('fails the navigation when the texts cannot load (the page-load error offers a retry)', async () => {
    vi.mocked(loadMessageGroup).mockImplementation(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')))
    const router = makeRouter()
    const failed = vi.fn()
    router.onError(failed)
    await router.push('/')
    slowChunk = null
    const navigation = router.push('/tickets').catch(() => undefined)
    await vi.waitFor(() => expect(slowChunk).not.toBeNull())
    slowChunk!()
    await navigation
    expect(router.currentRoute.value.name).toBe(ROUTE.home)
    expect(failed).toHaveBeenCalled()
  })
})
