import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@mocks/node'
import { authApi } from '@/api/auth'
import ChangePasswordView from '@/views/ChangePasswordView.vue'
import { useNoticesStore } from '@/stores/notices'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']
const EMAIL = 'personal.resident@demo.test'

function field(wrapper: Wrapper, label: string) {
  const id = wrapper.findAll('label').find((l) => l.text() === label)!.attributes('for')
  return wrapper.find(`#${id}`)
}
const value = (wrapper: Wrapper, label: string) => (field(wrapper, label).element as HTMLInputElement).value

async function fill(wrapper: Wrapper, current: string, next: string, confirmation = next) {
  await field(wrapper, 'Current password').setValue(current)
  await field(wrapper, 'New password').setValue(next)
  await field(wrapper, 'Confirm new password').setValue(confirmation)
  await wrapper.find('form').trigger('submit')
  await settle()
}

describe('ChangePasswordView', () => {
  it('refuses a confirmation that differs from the new password, without asking the API', async () => {
    let asked = false
    server.use(http.post('*/api/v1/security/password', () => void (asked = true)))
    const { wrapper } = await mountApp(ChangePasswordView, { route: '/profile/security/password', as: EMAIL })
    await fill(wrapper, 'demo-password', 'new-secret-1', 'new-secret-2')
    const confirmation = field(wrapper, 'Confirm new password')
    expect(confirmation.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('The passwords do not match.')
    expect(document.activeElement).toBe(confirmation.element)
    expect(asked).toBe(false)
  })

  it('a wrong current password clears only that field and says so on it', async () => {
    const { wrapper } = await mountApp(ChangePasswordView, { route: '/profile/security/password', as: EMAIL })
    await fill(wrapper, 'not-my-password', 'new-secret-1')
    const current = field(wrapper, 'Current password')
    await vi.waitFor(() => expect(current.attributes('aria-invalid')).toBe('true'), { timeout: 5000 })
    expect(wrapper.text()).toContain('The password is incorrect.')
    expect(value(wrapper, 'Current password')).toBe('')
    expect(value(wrapper, 'New password')).toBe('new-secret-1')
    expect(value(wrapper, 'Confirm new password')).toBe('new-secret-1')
    expect(document.activeElement).toBe(current.element)
  })

  it('changes the password, goes back to the Security tab and says other sessions were ended', async () => {
    await authApi.login({ email: EMAIL, password: 'demo-password' }) // another browser's session
    const { wrapper, router } = await mountApp(ChangePasswordView, { route: '/profile/security/password', as: EMAIL })
    await fill(wrapper, 'demo-password', 'new-secret-1')
    // Hashing the new password takes a moment (PBKDF2).
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('profile-security'), { timeout: 15_000 })
    const [notice] = useNoticesStore().notices
    expect(notice?.messageKey).toBe('security.password.changedEnded')
    expect(Number(notice?.params?.count)).toBeGreaterThanOrEqual(1)
    await expect(authApi.login({ email: EMAIL, password: 'new-secret-1' })).resolves.toHaveProperty('token')
  }, 30_000)
})
