import { describe, expect, it, vi } from 'vitest'
import HelpContextPanel from '@/components/help/HelpContextPanel.vue'
import { useHelpStore } from '@/stores/help'
import { mountApp, settle } from '../helpers/mountApp'

describe('HelpContextPanel', () => {
  it('shows the help of the page the user is on, with links to its articles', async () => {
    const { wrapper } = await mountApp(HelpContextPanel, { route: '/tickets', as: 'business.resident@demo.test' })
    useHelpStore().open()
    await settle()
    const dialog = wrapper.get('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.get('h2').text()).toBe('Help: Tickets')
    expect(dialog.text()).toContain('All requests to support are listed here')
    const links = dialog.findAll('a').map((a) => [a.text(), a.attributes('href')])
    expect(links).toContainEqual(['Create a ticket and get an answer from support', '/knowledge-base/create-ticket'])
  })

  it('follows the page and the language', async () => {
    const { wrapper, router, i18n } = await mountApp(HelpContextPanel, { route: '/referral', as: 'business.resident@demo.test' })
    useHelpStore().open()
    await settle()
    expect(wrapper.get('dialog h2').text()).toBe('Help: Referral program')
    i18n.global.locale.value = 'ru'
    await settle()
    expect(wrapper.get('dialog h2').text()).toBe('Справка: Реферальная программа')
    expect(wrapper.get('dialog').text()).toContain('Рекомендуйте наши услуги')
    // Following a link closes the panel; opened again, it helps with the new page.
    await router.push('/profile/security')
    await settle()
    expect(useHelpStore().isOpen).toBe(false)
    useHelpStore().open()
    await settle()
    expect(wrapper.get('dialog h2').text()).toBe('Справка: Безопасность')
  })

  it('offers the knowledge base when a page has no help of its own, and "Create ticket"', async () => {
    const { wrapper, router } = await mountApp(HelpContextPanel, { route: '/no/such/page', as: 'business.resident@demo.test' })
    useHelpStore().open()
    await settle()
    expect(wrapper.get('dialog').text()).toContain('This page has no help of its own yet.')
    await wrapper.findAll('dialog button').find((b) => b.text() === 'Create ticket')!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('ticket-create'))
    expect(useHelpStore().isOpen).toBe(false)
  })
})
