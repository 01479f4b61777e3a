import { http } from 'msw'
import { Secret, TOTP } from 'otpauth'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@mocks/node'
import { problem } from '@mocks/kernel/problems'
import { authApi } from '@/api/auth'
import LoginView from '@/views/LoginView.vue'
import { useSessionStore } from '@/stores/session'
import { mountApp, RouterHost, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']
const EMAIL = 'secure.resident@demo.test'
/** secure.resident's documented secret and one of its documented backup codes (README, personas). */
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const BACKUP_CODE = 'q7rk-2mvd'

const codeInput = (wrapper: Wrapper) => wrapper.find('input[autocomplete="one-time-code"]')

async function logInWithPassword(wrapper: Wrapper) {
  await wrapper.find('input[type="email"]').setValue(EMAIL)
  await wrapper.find('input[type="password"]').setValue('demo-password')
  await wrapper.find('form').trigger('submit')
  // The password is checked by PBKDF2, which takes a moment of real time.
  await vi.waitFor(() => expect(codeInput(wrapper).exists()).toBe(true), { timeout: 5000 })
  await settle()
}

async function submitCode(wrapper: Wrapper, code: string) {
  await codeInput(wrapper).setValue(code)
  await wrapper.find('form').trigger('submit')
  await settle()
  // Until the answer is in: the button is busy meanwhile (and gone once the step is left).
  await vi.waitFor(() => expect(wrapper.find('form button[type="submit"][aria-disabled="true"]').exists()).toBe(false), { timeout: 5000 })
  await settle()
}

describe('LoginView after the session was ended elsewhere', () => {
  // First in the file: every router made here listens for 401s for good (the app makes one), and
  // the first listener to hear one is the one that navigates.
  it('a 401 of an ended session sends the browser to log in with that reason', async () => {
    const { wrapper, router } = await mountApp(RouterHost, { route: '/profile/settings', as: 'business.resident@demo.test' })
    server.use(http.get('*/api/v1/auth/session', () => problem(401, 'auth.sessionEnded')))
    await authApi.session().catch(() => undefined)
    expect(useSessionStore().isAuthenticated).toBe(false)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
    expect(router.currentRoute.value.query).toEqual({ redirect: '/profile/settings', reason: 'ended' })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Your session was ended from another device or because the password was changed.'))
  })

  it('says the session was ended, not that it expired', async () => {
    const { wrapper } = await mountApp(LoginView, { route: '/login?reason=ended' })
    expect(wrapper.text()).toContain('Your session was ended from another device or because the password was changed.')
    expect(wrapper.text()).not.toContain('Your session has expired')
  })
})

describe('LoginView, the second step of two-step authentication', () => {
  it('asks for the code after the right password, on the same page, with focus on the field', async () => {
    const { wrapper, router } = await mountApp(LoginView, { route: '/login' })
    await logInWithPassword(wrapper)
    expect(wrapper.find('h2').text()).toBe('Two-step authentication')
    expect(wrapper.text()).toContain('A backup code works too')
    expect(document.activeElement).toBe(codeInput(wrapper).element)
    expect(useSessionStore().isAuthenticated).toBe(false)
    expect(router.currentRoute.value.name).toBe('login')
    // The challenge lives in the page only: nothing of it is stored.
    expect(JSON.stringify({ ...localStorage })).not.toContain('challenge')
  })

  it('logs in with the code of the authenticator app and returns to the page asked for', async () => {
    const { wrapper, router } = await mountApp(LoginView, { route: '/login?redirect=/profile/settings' })
    await logInWithPassword(wrapper)
    await submitCode(wrapper, new TOTP({ secret: Secret.fromBase32(SECRET) }).generate())
    expect(useSessionStore().user?.email).toBe(EMAIL)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/profile/settings'))
  })

  it('accepts a backup code instead of the app’s code', async () => {
    const { wrapper } = await mountApp(LoginView, { route: '/login' })
    await logInWithPassword(wrapper)
    await submitCode(wrapper, BACKUP_CODE.toUpperCase())
    expect(useSessionStore().user?.email).toBe(EMAIL)
  })

  it('says a wrong code on the field, announced, and clears it', async () => {
    const { wrapper } = await mountApp(LoginView, { route: '/login', locale: 'ru' })
    await logInWithPassword(wrapper)
    await submitCode(wrapper, '000000')
    const input = codeInput(wrapper)
    expect(input.attributes('aria-invalid')).toBe('true')
    expect((input.element as HTMLInputElement).value).toBe('')
    const error = wrapper.find(`#${input.attributes('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))}`)
    expect(error.attributes('role')).toBe('alert')
    expect(error.text()).toBe('Код неверный или уже использован. Проверьте время на телефоне и введите текущий код.')
    expect(document.activeElement).toBe(input.element)
    expect(useSessionStore().isAuthenticated).toBe(false)
  })

  it('refuses what is not a code at all before asking the API', async () => {
    let asked = false
    server.use(http.post('*/api/v1/auth/login/two-factor', () => void (asked = true)))
    const { wrapper } = await mountApp(LoginView, { route: '/login' })
    await logInWithPassword(wrapper)
    await submitCode(wrapper, '12345')
    expect(codeInput(wrapper).attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Enter the 6-digit code from the app, or a backup code like abcd-1234.')
    expect(asked).toBe(false)
  })

  it('goes back to the password with a message when the challenge has expired, keeping the email', async () => {
    server.use(http.post('*/api/v1/auth/login/two-factor', () => problem(401, 'auth.challengeExpired')))
    const { wrapper } = await mountApp(LoginView, { route: '/login' })
    await logInWithPassword(wrapper)
    await submitCode(wrapper, '123456')
    expect(codeInput(wrapper).exists()).toBe(false)
    expect(wrapper.find('[role="alert"]').text()).toBe('The time to enter the code has run out. Log in again with your password.')
    expect((wrapper.find('input[type="email"]').element as HTMLInputElement).value).toBe(EMAIL)
    const password = wrapper.find('input[type="password"]')
    expect((password.element as HTMLInputElement).value).toBe('')
    expect(document.activeElement).toBe(password.element)
  })

  it('says for how long it is refused after too many wrong codes', async () => {
    server.use(http.post('*/api/v1/auth/login/two-factor', () => problem(429, 'auth.tooManyCodes', { retryAfter: 540 }, { 'Retry-After': '540' })))
    const { wrapper } = await mountApp(LoginView, { route: '/login' })
    await logInWithPassword(wrapper)
    await submitCode(wrapper, '123456')
    expect(wrapper.find('.alert[role="alert"]').text()).toBe('Too many wrong codes. Try again in 9 minutes.')
    expect(codeInput(wrapper).exists()).toBe(true)
  })

  it('"Back" returns to the password with the email kept', async () => {
    const { wrapper } = await mountApp(LoginView, { route: '/login' })
    await logInWithPassword(wrapper)
    const back = wrapper.findAll('button').find((b) => b.text() === 'Back')!
    await back.trigger('click')
    await settle()
    expect(codeInput(wrapper).exists()).toBe(false)
    expect((wrapper.find('input[type="email"]').element as HTMLInputElement).value).toBe(EMAIL)
  })

  it('a demo login of a persona with two-step authentication goes to the same second step', async () => {
    const { wrapper } = await mountApp(LoginView, { route: '/login' })
    const button = wrapper.findAll('button').find((b) => b.text().includes(`Log in as ${EMAIL}`))
    expect(button).toBeTruthy()
    await button!.trigger('click')
    await vi.waitFor(() => expect(codeInput(wrapper).exists()).toBe(true), { timeout: 5000 })
    expect(wrapper.text()).toContain(`The password for ${EMAIL} is right.`)
  })
})
