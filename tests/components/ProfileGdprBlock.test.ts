import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { emptyBalances } from '@mocks/balance/ledger'
import { updateDb } from '@mocks/kernel/db'
import { server } from '@mocks/node'
import ProfileGdprBlock from '@/components/profile/ProfileGdprBlock.vue'
import { useSessionStore } from '@/stores/session'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']
const button = (wrapper: Wrapper, name: string) => wrapper.findAll('button').find((b) => b.text() === name)

async function fillDeleteDialog(wrapper: Wrapper, email: string, password: string) {
  await button(wrapper, 'Delete account')!.trigger('click')
  await settle()
  const inputs = wrapper.get('dialog').findAll('input')
  await inputs[0]!.setValue(email)
  await inputs[1]!.setValue(password)
  await wrapper.get('dialog form').trigger('submit')
  await settle()
}

afterEach(() => vi.useRealTimers())

describe('ProfileGdprBlock', () => {
  it('requests the archive, says it is being prepared, then offers the download', async () => {
    const { wrapper } = await mountApp(ProfileGdprBlock, { route: '/profile', as: 'business.nonresident@demo.test' })
    expect(button(wrapper, 'Download archive (JSON)')).toBeUndefined()
    await button(wrapper, 'Request archive')!.trigger('click')
    await settle()
    expect(wrapper.get('[role="status"]').text()).toContain('is being prepared')
    expect(button(wrapper, 'Request archive')!.attributes('aria-disabled')).toBe('true')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 10_000)
    // The block asks again by itself while the archive is being prepared.
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toContain('is ready to download'), { timeout: 3000 })
    expect(button(wrapper, 'Download archive (JSON)')).toBeDefined()
  })

  it('shows why the account cannot be deleted', async () => {
    const { wrapper } = await mountApp(ProfileGdprBlock, { route: '/profile', as: 'business.nonresident@demo.test' })
    await fillDeleteDialog(wrapper, 'business.nonresident@demo.test', 'demo-password')
    // The API checks the password hash first, which takes a moment.
    await vi.waitFor(() =>
      expect(wrapper.get('dialog [role="alert"]').text()).toBe(
        'The account cannot be deleted while the balance is positive and services are active. Spend or withdraw the balance and delete the services first.',
      ),
    )
  })

  it('checks the typed confirmation before asking the API', async () => {
    const { wrapper } = await mountApp(ProfileGdprBlock, { route: '/profile', as: 'business.nonresident@demo.test' })
    let asked = false
    server.use(
      http.delete('*/api/v1/account', () => {
        asked = true
        return new HttpResponse(null, { status: 204 })
      }),
    )
    await fillDeleteDialog(wrapper, 'someone@else.example', 'demo-password')
    expect(wrapper.get('dialog').text()).toContain('Type the account email exactly as shown.')
    expect(wrapper.get('dialog input').attributes('aria-invalid')).toBe('true')
    expect(asked).toBe(false)
  })

  it('forgets the typed email and password when the dialog is cancelled', async () => {
    const { wrapper } = await mountApp(ProfileGdprBlock, { route: '/profile', as: 'business.nonresident@demo.test' })
    await fillDeleteDialog(wrapper, 'business.nonresident@demo.test', 'demo-password')
    await vi.waitFor(() => expect(wrapper.find('dialog [role="alert"]').exists()).toBe(true))
    await wrapper.get('dialog').findAll('button').find((b) => b.text() === 'Cancel')!.trigger('click')
    await settle()
    await button(wrapper, 'Delete account')!.trigger('click')
    await settle()
    expect(wrapper.get('dialog').findAll('input').map((input) => (input.element as HTMLInputElement).value)).toEqual(['', ''])
    expect(wrapper.find('dialog [role="alert"]').exists()).toBe(false)
  })

  it('deletes an account without balance and services, ends the session and opens the login page', async () => {
    updateDb((db) => {
      const account = db.accounts.find((a) => a.id === 'acc-business-nonres')!
      account.services = []
      account.balances = emptyBalances()
    })
    const { wrapper, router } = await mountApp(ProfileGdprBlock, { route: '/profile', as: 'business.nonresident@demo.test' })
    await fillDeleteDialog(wrapper, 'business.nonresident@demo.test', 'demo-password')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/login?reason=deleted'))
    expect(useSessionStore().isAuthenticated).toBe(false)
  })
})
