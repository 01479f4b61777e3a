// Route-level data loading (src/router/routeData.ts): the request of the page being entered starts
// with the navigation, before the page's code has loaded, and the page's own call joins it.
import { flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { describe, expect, it, vi } from 'vitest'
import { ticketsApi } from '@/api/tickets'
import { ROUTE } from '@/router/names'
import { installRouteData } from '@/router/routeData'
import { useSessionStore } from '@/stores/session'
import TicketsView from '@/views/TicketsView.vue'
import { server } from '@mocks/node'
import { createTestI18n } from '../helpers/i18n'
import { RouterHost } from '../helpers/mountApp'

const Home = defineComponent({ name: 'FakeHome', render: () => h('h1', 'Home') })

/** A router whose Tickets page's code arrives only when the test says so. */
async function appWithPendingTicketsPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  await useSessionStore().login({ email: 'business.resident@demo.test', password: 'demo-password' })
  let deliver: (component: Component) => void = () => undefined
  const code = new Promise<Component>((resolve) => (deliver = resolve))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: ROUTE.home, component: Home },
      { path: '/tickets', name: ROUTE.tickets, component: () => code },
      // What the page links to.
      { path: '/tickets/new', name: ROUTE.ticketCreate, component: Home },
      { path: '/tickets/:id', name: ROUTE.ticket, component: Home },
    ],
  })
  installRouteData(router)
  await router.push('/')
  const wrapper = mount(RouterHost, { global: { plugins: [pinia, createTestI18n('en'), router] }, attachTo: document.body })
  const deliverRealPage = () => deliver(TicketsView)
  return { router, wrapper, deliverRealPage }
}

describe('route data', () => {
  it('asks for the tickets while the page’s code is still loading, and the page does not ask again', async () => {
    const { router, wrapper, deliverRealPage } = await appWithPendingTicketsPage()
    const page = vi.spyOn(ticketsApi, 'page')

    const navigation = router.push('/tickets')
    await vi.waitFor(() => expect(page).toHaveBeenCalledTimes(1))
    expect(router.currentRoute.value.name).toBe(ROUTE.home)

    deliverRealPage()
    await navigation
    await vi.waitFor(() => expect(wrapper.text()).toContain('3 tickets · with a new answer: 1'))
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
    expect(page).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('never holds the navigation for the data: a failed early request is the page’s error, and its retry asks again', async () => {
    server.use(http.get('*/api/v1/tickets', () => HttpResponse.json({ type: 'about:blank', title: 'server.error', status: 503, code: 'server.unavailable' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } })))
    const { router, wrapper, deliverRealPage } = await appWithPendingTicketsPage()
    const page = vi.spyOn(ticketsApi, 'page')

    const navigation = router.push('/tickets')
    await vi.waitFor(() => expect(page).toHaveBeenCalledTimes(1))
    await flushPromises()
    deliverRealPage()
    await navigation
    expect(router.currentRoute.value.name).toBe(ROUTE.tickets)
    const retry = await vi.waitFor(() => {
      const button = wrapper.findAll('button').find((b) => b.text() === 'Try again')
      expect(button).toBeDefined()
      return button!
    })
    expect(page).toHaveBeenCalledTimes(1)

    server.resetHandlers()
    await retry.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('3 tickets'))
    expect(page).toHaveBeenCalledTimes(2)
    wrapper.unmount()
  })
})
