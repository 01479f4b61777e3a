import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SecurityTab from '@/components/security/SecurityTab.vue'
import { server } from '@mocks/node'
import { mountApp, settle } from '../../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const PERSONA = 'personal.resident@demo.test'
const SLOW = { timeout: 5000 }

const sessionsTable = (wrapper: Wrapper) => wrapper.get('table')
const rows = (wrapper: Wrapper) => sessionsTable(wrapper).findAll('tbody tr')
const button = (scope: Pick<Wrapper, 'findAll'>, name: string) => scope.findAll('button').find((b) => b.text() === name)
const dialog = (wrapper: Wrapper) => wrapper.findAll('dialog').find((d) => (d.element as HTMLDialogElement).open)

/** Logs the persona in from another browser (another simulated client); answers its token. */
async function logInElsewhere(client: string): Promise<string> {
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Mock-Client': client },
    body: JSON.stringify({ email: PERSONA, password: 'demo-password' }),
  })
  return ((await response.json()) as { token: string }).token
}

const requestWith = (token: string) => fetch('/api/v1/security/sessions', { headers: { Authorization: `Bearer ${token}` } })

afterEach(() => {
  document.body.innerHTML = ''
})

describe('SecurityTab: active sessions', { timeout: 20_000 }, () => {
  it('lists the sessions, the current one marked "This device" without "End session", and ends another one', async () => {
    const phone = await logInElsewhere('phone')
    const laptop = await logInElsewhere('laptop')
    const { wrapper } = await mountApp(SecurityTab, { route: '/profile/security', as: PERSONA })
    await vi.waitFor(() => expect(rows(wrapper)).toHaveLength(3), SLOW)

    expect(sessionsTable(wrapper).findAll('thead th').map((th) => th.text())).toEqual(['Device and browser', 'IP address', 'Location', 'Last activity', 'Actions'])
    const [current, ...others] = rows(wrapper)
    expect(current!.get('th').text()).toContain('This device')
    expect(button(current!, 'End session')).toBeUndefined()
    for (const row of others) {
      expect(row.text()).not.toContain('This device')
      expect(row.findAll('td')[0]!.text()).toMatch(/^\d{1,3}(\.\d{1,3}){3}$/)
      expect(button(row, 'End session')).toBeDefined()
    }

    const ended = others[0]!
    const endedIp = ended.findAll('td')[0]!.text()
    await button(ended, 'End session')!.trigger('click')
    await settle()
    expect(rows(wrapper)).toHaveLength(2)
    expect(rows(wrapper).map((row) => row.findAll('td')[0]!.text())).not.toContain(endedIp)
    expect(wrapper.get('.sessions__message').text()).toMatch(new RegExp(`^The session of .+ \\(${endedIp.replaceAll('.', '\\.')}\\) is ended\\.$`))
    // One of the two other browsers is logged out now, the other one is not.
    const statuses = [(await requestWith(phone)).status, (await requestWith(laptop)).status]
    expect(statuses.sort()).toEqual([200, 401])
    expect(button(wrapper, 'End all other sessions')!.attributes('disabled')).toBeUndefined()
  })

  it('ends all other sessions only after confirming, then disables the button', async () => {
    const phone = await logInElsewhere('phone')
    const laptop = await logInElsewhere('laptop')
    const { wrapper } = await mountApp(SecurityTab, { route: '/profile/security', as: PERSONA })
    await vi.waitFor(() => expect(rows(wrapper)).toHaveLength(3), SLOW)

    await button(wrapper, 'End all other sessions')!.trigger('click')
    await settle()
    expect(dialog(wrapper)!.text()).toContain('2 other sessions will be logged out; this device stays logged in.')
    await button(dialog(wrapper)!, 'Cancel')!.trigger('click')
    await settle()
    expect(dialog(wrapper)).toBeUndefined()
    expect(rows(wrapper)).toHaveLength(3)
    expect((await requestWith(phone)).status).toBe(200)

    await button(wrapper, 'End all other sessions')!.trigger('click')
    await settle()
    await button(dialog(wrapper)!, 'End sessions')!.trigger('click')
    await settle()
    expect(dialog(wrapper)).toBeUndefined()
    expect(rows(wrapper)).toHaveLength(1)
    expect(rows(wrapper)[0]!.text()).toContain('This device')
    expect(wrapper.get('.sessions__message').text()).toBe('2 sessions ended.')
    expect(wrapper.text()).toContain('Your account is logged in on this device only.')
    expect(button(wrapper, 'End all other sessions')!.attributes('disabled')).toBeDefined()
    expect((await requestWith(phone)).status).toBe(401)
    expect((await requestWith(laptop)).status).toBe(401)
  })

  it('shows a failed load with "Try again", and the list once the API answers', async () => {
    server.use(
      http.get('*/api/v1/security/sessions', () => HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'server.unavailable' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), {
        once: true,
      }),
    )
    const { wrapper } = await mountApp(SecurityTab, { route: '/profile/security', as: PERSONA })
    const alert = wrapper.findAll('[role="alert"]').find((a) => a.text().includes('Could not load the sessions.'))!
    expect(alert).toBeDefined()
    await button(alert, 'Try again')!.trigger('click')
    await settle()
    expect(rows(wrapper)).toHaveLength(1)
    expect(wrapper.text()).not.toContain('Could not load the sessions.')
  })
})
