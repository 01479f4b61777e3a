import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useHelpStore } from '@/stores/help'
import { useSessionStore } from '@/stores/session'

beforeEach(() => setActivePinia(createPinia()))

const slugs = () => useHelpStore().entry?.articles.map((a) => a.slug) ?? []

describe('useHelpStore', () => {
  it('loads the page’s help again after another user logs in, since the articles depend on the account', async () => {
    const session = useSessionStore()
    const help = useHelpStore()
    await session.login({ email: 'business.resident@demo.test', password: 'demo-password' })
    await help.load('profile', 'en')
    expect(slugs()).not.toContain('gdpr')
    await session.logout()
    await session.login({ email: 'business.nonresident@demo.test', password: 'demo-password' })
    await help.load('profile', 'en')
    expect(slugs()).toContain('gdpr')
  })
})
