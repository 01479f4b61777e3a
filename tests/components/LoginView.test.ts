import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@mocks/node'
import LoginView from '@/views/LoginView.vue'
import { useSessionStore } from '@/stores/session'
import { mountApp, settle } from '../helpers/mountApp'

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], email: string, password: string) {
  await wrapper.find('input[type="email"]').setValue(email)
  await wrapper.find('input[type="password"]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await untilDone(wrapper)
}

/** The password is checked by PBKDF2, which takes a moment of real time: until the button is no longer busy. */
async function untilDone(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper']) {
  await settle()
  await vi.waitFor(() => expect(wrapper.find('form button[type="submit"]').attributes('aria-disabled')).toBeUndefined(), { timeout: 5000 })
  await settle()
}

describe('LoginView', () => {
  it('shows one generic message for wrong credentials and keeps what was typed', async () => {
    const { wrapper } = await mountApp(LoginView, { route: '/login' })
    await fillAndSubmit(wrapper, 'business.resident@demo.test', 'wrong-password')
    expect(wrapper.find('[role="alert"]').text()).toBe('Incorrect email or password.')
    expect((wrapper.find('input[type="email"]').element as HTMLInputElement).value).toBe('business.resident@demo.test')
    expect((wrapper.find('input[type="password"]').element as HTMLInputElement).value).toBe('wrong-password')
  })

  it('marks an invalid email on the field, in the current language', async () => {
    const { wrapper } = await mountApp(LoginView, { route: '/login', locale: 'ru' })
    await fillAndSubmit(wrapper, 'not-an-email', 'x')
    const input = wrapper.find('input[type="email"]')
    expect(input.attributes('aria-invalid')).toBe('true')
    const error = wrapper.find(`#${input.attributes('aria-describedby')}`)
    expect(error.attributes('role')).toBe('alert')
    expect(error.text()).toBe('Введите адрес вида name@example.com.')
  })

  it('logs in and returns to the page asked for before login', async () => {
    const { wrapper, router } = await mountApp(LoginView, { route: '/login?redirect=/profile/settings' })
    await fillAndSubmit(wrapper, 'business.resident@demo.test', 'demo-password')
    expect(useSessionStore().isAuthenticated).toBe(true)
    // The profile page is a lazy chunk: navigation ends once it has loaded.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/profile/settings'))
  })

  it('never follows a redirect to another site', async () => {
    const { wrapper, router } = await mountApp(LoginView, { route: '/login?redirect=//evil.example/' })
    await fillAndSubmit(wrapper, 'business.resident@demo.test', 'demo-password')
    expect(router.currentRoute.value.fullPath).toBe('/')
  })

  it('says when the server cannot be reached, keeping the input', async () => {
    server.use(http.post('*/api/v1/auth/login', () => HttpResponse.error()))
    const { wrapper } = await mountApp(LoginView, { route: '/login' })
    await fillAndSubmit(wrapper, 'business.resident@demo.test', 'demo-password')
    expect(wrapper.find('[role="alert"]').text()).toContain('Could not reach the server')
    expect((wrapper.find('input[type="email"]').element as HTMLInputElement).value).toBe('business.resident@demo.test')
  })

  it('logs in with one click on a demo persona', async () => {
    const { wrapper, router } = await mountApp(LoginView, { route: '/login' })
    const button = wrapper.findAll('button').find((b) => b.text().includes('Log in as user.business.resident@demo.test'))
    expect(button).toBeTruthy()
    await button!.trigger('click')
    await untilDone(wrapper)
    expect(useSessionStore().user?.role).toBe('user')
    expect(router.currentRoute.value.name).toBe('home')
  })
})
