// A page whose code cannot be fetched (offline): the app says so and retries, and a ticket form
// whose ticket was created before its page failed to open does not create a second one.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { RouterView, type Router } from 'vue-router'
import { ticketsApi } from '@/api/tickets'
import LayoutRouteLoadError from '@/components/layout/LayoutRouteLoadError.vue'
import { pageLoad } from '@/router/loadFailure'
import { ROUTE } from '@/router/names'
import { mountApp, settle } from '../helpers/mountApp'

/** The message above the page, as App.vue places it. */
const hostOf = (page: Component) => defineComponent({ name: 'TestHost', render: () => [h(LayoutRouteLoadError), h(page)] })
const Host = hostOf(RouterView)
const Page: Component = { render: () => h('h1', 'The page') }

/** A lazy page whose chunk fails to load while `offline()` says so, as Chromium words it. */
function flakyPage(offline: () => boolean) {
  return () => (offline() ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/TicketView-x1.js')) : Promise.resolve(Page))
}

/** The ticket page's chunk fails while offline. */
function breakTicketPage(router: Router, offline: () => boolean) {
  router.removeRoute(ROUTE.ticket)
  router.addRoute({ path: '/tickets/:id', name: ROUTE.ticket, component: flakyPage(offline), meta: { titleKey: 'pages.ticket' } })
}

describe('LayoutRouteLoadError', () => {
  it.each([
    ['en', 'The page could not be loaded. Check the connection and try again.', 'Try again'],
    ['ru', 'Не удалось загрузить страницу. Проверьте подключение и попробуйте снова.', 'Повторить'],
  ] as const)('says so in %s when a page cannot be loaded, and opens it on "Try again"', async (locale, message, retry) => {
    let offline = true
    const { wrapper, router } = await mountApp(Host, { route: '/', as: 'business.resident@demo.test', locale })
    router.addRoute({ path: '/flaky', name: 'test-flaky', component: flakyPage(() => offline) })
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)

    await router.push('/flaky').catch(() => undefined)
    await settle()
    expect(router.currentRoute.value.path).toBe('/')
    expect(wrapper.get('[role="alert"]').text()).toContain(message)

    offline = false
    const button = wrapper.get('[role="alert"] button')
    expect(button.text()).toBe(retry)
    await button.trigger('click')
    await settle()
    expect(router.currentRoute.value.path).toBe('/flaky')
    expect(wrapper.get('h1').text()).toBe('The page')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  // A browser that keeps the failed module as failed (Chromium 150) refuses it again at once: only
  // a fresh page load asks for it again.
  it('keeps the message when the retry fails too, and loads the page afresh', async () => {
    const open = vi.spyOn(pageLoad, 'open').mockImplementation(() => undefined)
    const { wrapper, router } = await mountApp(Host, { route: '/', as: 'business.resident@demo.test' })
    router.addRoute({ path: '/flaky', name: 'test-flaky', component: flakyPage(() => true) })
    await router.push('/flaky?tab=1').catch(() => undefined)
    await settle()
    expect(open).not.toHaveBeenCalled()
    await wrapper.get('[role="alert"] button').trigger('click')
    await settle()
    expect(router.currentRoute.value.path).toBe('/')
    expect(wrapper.get('[role="alert"]').text()).toContain('The page could not be loaded.')
    expect(open).toHaveBeenCalledWith('/flaky?tab=1')
    open.mockRestore()
  })

  it('stays away for other navigation failures', async () => {
    const { wrapper, router } = await mountApp(Host, { route: '/', as: 'business.resident@demo.test' })
    router.addRoute({ path: '/broken', name: 'test-broken', component: () => Promise.reject(new Error('a bug in the page')) })
    await router.push('/broken').catch(() => undefined)
    await settle()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})

describe('TicketCreateView when the ticket page cannot be loaded', () => {
  it('creates one ticket however often Send is pressed, and opens it once the page loads', async () => {
    let offline = true
    const { default: TicketCreateView } = await import('@/views/TicketCreateView.vue')
    const { wrapper, router } = await mountApp(hostOf(TicketCreateView), { route: '/tickets/new', as: 'business.resident@demo.test' })
    breakTicketPage(router, () => offline)
    const before = (await ticketsApi.list()).length

    const input = (label: string) => wrapper.get(`#${wrapper.findAll('label').find((l) => l.text() === label)!.attributes('for')}`)
    await input('Subject').setValue('Backups do not start')
    await input('Category').setValue('technical')
    await input('Message').setValue('The daily backup of server web-1 has not run since Monday.')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toContain('The page could not be loaded.')
    expect(router.currentRoute.value.path).toBe('/tickets/new')

    await wrapper.get('form').trigger('submit')
    await settle()
    expect(await ticketsApi.list()).toHaveLength(before + 1)

    offline = false
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/tickets/1008'))
    expect(await ticketsApi.list()).toHaveLength(before + 1)
  })
})
