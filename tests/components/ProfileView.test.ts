import { describe, expect, it, vi } from 'vitest'
import { mountApp, RouterHost, settle } from '../helpers/mountApp'

describe('ProfileView tabs', () => {
  it('shows the five tabs with the current one selected', async () => {
    const { wrapper } = await mountApp(RouterHost, { route: '/profile/settings', as: 'business.resident@demo.test' })
    const tabs = wrapper.findAll('[role="tab"]')
    expect(tabs.map((t) => t.text())).toEqual(['Profile', 'Panel settings', 'Security', 'API keys', 'Users'])
    expect(tabs.map((t) => t.attributes('aria-selected'))).toEqual(['false', 'true', 'false', 'false', 'false'])
    expect(tabs.map((t) => t.attributes('tabindex'))).toEqual(['-1', '0', '-1', '-1', '-1'])
    expect(wrapper.get('[role="tabpanel"]').attributes('aria-labelledby')).toBe(tabs[1]!.attributes('id'))
  })

  it('moves to the next tab and its URL with the arrow keys', async () => {
    const { wrapper, router } = await mountApp(RouterHost, { route: '/profile/settings', as: 'business.resident@demo.test' })
    await wrapper.findAll('[role="tab"]')[1]!.trigger('keydown', { key: 'ArrowRight' })
    // The Security tab's component loads on its first visit (a lazy route), which takes a moment.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('profile-security'), { timeout: 5000 })
    await settle()
    await wrapper.findAll('[role="tab"]')[2]!.trigger('keydown', { key: 'End' })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('profile-users'))
    await settle()
    await wrapper.findAll('[role="tab"]')[4]!.trigger('keydown', { key: 'ArrowRight' })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('profile'))
  })

  it('keeps Security selected on its Login history sub-page', async () => {
    const { wrapper } = await mountApp(RouterHost, { route: '/profile/security/login-history', as: 'business.resident@demo.test' })
    const selected = wrapper.findAll('[role="tab"]').filter((t) => t.attributes('aria-selected') === 'true')
    expect(selected.map((t) => t.text())).toEqual(['Security'])
  })
})
