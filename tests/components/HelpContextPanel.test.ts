import { describe, expect, it, vi } from 'vitest'
import HelpContextPanel from '@/components/help/HelpContextPanel.vue'
import { useHelpStore } from '@/stores/help'
import { mountApp, settle } from '../helpers/mountApp'

describe('HelpContextPanel', () => {
  it('shows the help of the page the user is on, with links to its articles', async () => {
    const { wrapper } = await mountApp(HelpContextPanel, { route: '/tickets', as: 'business.resident@demo.test' })
    useHelpStore().open()
    await settle()
    // A side panel (complementary landmark), not a modal dialog.
    expect(wrapper.find('dialog').exists()).toBe(false)
    const panel = wrapper.get('aside')
    expect(panel.isVisible()).toBe(true)
    expect(wrapper.get(`#${CSS.escape(panel.attributes('aria-labelledby')!)}`).text()).toBe('Help: Tickets')
    expect(panel.text()).toContain('All requests to support are listed here')
    const links = panel.findAll('a').map((a) => [a.text(), a.attributes('href')])
    expect(links).toContainEqual(['Create a ticket and get an answer from support', '/knowledge-base/create-ticket'])
  })

  it('follows the page and the language', async () => {
    const { wrapper, router, i18n } = await mountApp(HelpContextPanel, { route: '/referral', as: 'business.resident@demo.test' })
    useHelpStore().open()
    await settle()
    expect(wrapper.get('aside h2').text()).toBe('Help: Referral program')
    i18n.global.locale.value = 'ru'
    await settle()
    expect(wrapper.get('aside h2').text()).toBe('Справка: Реферальная программа')
    expect(wrapper.get('aside').text()).toContain('Рекомендуйте наши услуги')
    // Following a link closes the panel; opened again, it helps with the new page.
    await router.push('/profile/security')
    await settle()
    expect(useHelpStore().isOpen).toBe(false)
    useHelpStore().open()
    await settle()
    expect(wrapper.get('aside h2').text()).toBe('Справка: Безопасность')
  })

  it('offers the knowledge base when a page has no help of its own, and "Create ticket"', async () => {
    const { wrapper, router } = await mountApp(HelpContextPanel, { route: '/no/such/page', as: 'business.resident@demo.test' })
    useHelpStore().open()
    await settle()
    expect(wrapper.get('aside').text()).toContain('This page has no help of its own yet.')
    await wrapper.findAll('aside button').find((b) => b.text() === 'Create ticket')!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('ticket-create'))
    expect(useHelpStore().isOpen).toBe(false)
  })

  it('opens with focus on its heading; Escape closes it and gives focus back to what opened it', async () => {
    const { wrapper } = await mountApp(HelpContextPanel, { route: '/tickets', as: 'business.resident@demo.test' })
    const opener = document.createElement('button')
    document.body.append(opener)
    opener.focus()
    useHelpStore().open()
    await settle()
    expect(document.activeElement).toBe(wrapper.get('aside h2').element)
    await wrapper.get('aside').trigger('keydown', { key: 'Escape' })
    await settle()
    expect(useHelpStore().isOpen).toBe(false)
    expect(wrapper.get('aside').isVisible()).toBe(false)
    expect(document.activeElement).toBe(opener)
    opener.remove()
  })

  it('makes "Create ticket" its primary action and "Close help" a plain button', async () => {
    const { wrapper } = await mountApp(HelpContextPanel, { route: '/tickets', as: 'business.resident@demo.test' })
    useHelpStore().open()
    await settle()
    const buttons = wrapper.findAll('aside button')
    expect(buttons.find((b) => b.text() === 'Create ticket')!.classes()).toContain('btn--primary')
    expect(buttons.find((b) => b.text() === 'Close help')!.classes()).not.toContain('btn--primary')
  })
})
