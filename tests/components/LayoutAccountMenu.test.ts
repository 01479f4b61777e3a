import { describe, expect, it, vi } from 'vitest'
import LayoutAccountMenu from '@/components/layout/LayoutAccountMenu.vue'
import { useSessionStore } from '@/stores/session'
import { mountApp, settle } from '../helpers/mountApp'

const MENU = ['Balance and payments', 'Tickets', 'Profile and settings', 'Referral program', 'Log out']

async function mountMenu() {
  const mounted = await mountApp(LayoutAccountMenu, { as: 'business.resident@demo.test' })
  const button = mounted.wrapper.get('button[aria-haspopup="menu"]')
  const items = () => mounted.wrapper.findAll('[role="menuitem"]')
  return { ...mounted, button, items }
}

describe('LayoutAccountMenu', () => {
  it('is a menu button showing the user, with exactly the four sections and Log out', async () => {
    const { button, items, wrapper } = await mountMenu()
    expect(button.text()).toContain('business.resident@demo.test')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(items().map((i) => i.text())).toEqual(MENU)
    expect(wrapper.findAll('[role="separator"]')).toHaveLength(1)
  })

  it('heads the menu with who is logged in: name, email, role, account number, as text outside the menu', async () => {
    const { wrapper } = await mountApp(LayoutAccountMenu, { as: 'business.nonresident@demo.test' })
    const header = wrapper.get('.menu-button__header')
    for (const text of ['Jonas Weber', 'business.nonresident@demo.test', 'Main administrator']) expect(header.text()).toContain(text)
    expect(header.text()).toMatch(/Account \d{6}/)
    expect(header.find('[role="menuitem"]').exists()).toBe(false)
    expect(header.element.closest('[role="menu"]')).toBeNull()
    expect(wrapper.get('[role="menu"]').text()).not.toContain('Jonas Weber')
  })

  it.each(['Enter', ' ', 'ArrowDown'])('opens on %j and focuses the first item', async (key) => {
    const { button, items } = await mountMenu()
    await button.trigger('keydown', { key })
    await settle()
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(document.activeElement).toBe(items()[0]!.element)
  })

  it('opens on ArrowUp at the last item, and arrows wrap around', async () => {
    const { button, items, wrapper } = await mountMenu()
    await button.trigger('keydown', { key: 'ArrowUp' })
    await settle()
    expect(document.activeElement).toBe(items()[4]!.element)
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(items()[0]!.element)
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'ArrowUp' })
    expect(document.activeElement).toBe(items()[4]!.element)
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'Home' })
    expect(document.activeElement).toBe(items()[0]!.element)
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'End' })
    expect(document.activeElement).toBe(items()[4]!.element)
  })

  it('closes on Escape and returns focus to the button', async () => {
    const { button, wrapper } = await mountMenu()
    await button.trigger('keydown', { key: 'Enter' })
    await settle()
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'Escape' })
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button.element)
  })

  it('logs out from the menu', async () => {
    const { button, items, router } = await mountMenu()
    await button.trigger('keydown', { key: 'Enter' })
    await settle()
    await items()[4]!.trigger('click')
    await settle()
    expect(useSessionStore().isAuthenticated).toBe(false)
    // The login page is a lazy chunk: navigation ends once it has loaded.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
  })
})
