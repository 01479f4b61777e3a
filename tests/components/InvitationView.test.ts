import { afterEach, describe, expect, it, vi } from 'vitest'
import { ROUTE } from '@/router/names'
import { useSessionStore } from '@/stores/session'
import InvitationView from '@/views/InvitationView.vue'
import { readDb, updateDb } from '@mocks/kernel/db'
import { mailboxOf } from '@mocks/mailbox/service'
import { SEEDED_INVITATION_TOKEN } from '@mocks/users/seed'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const INVITED = 'pavel.sokolov@demo.test'
const SLOW = { timeout: 5000 }
const PASSWORD = 'new-password-7'

const button = (wrapper: Wrapper, name: string) => wrapper.findAll('button').find((b) => b.text() === name)
const field = (wrapper: Wrapper, label: string) => {
  const labelElement = wrapper.findAll('label').find((l) => l.text() === label)!
  return wrapper.get(`#${CSS.escape(labelElement.attributes('for')!)}`)
}

function expireInvitation() {
  updateDb((db) => {
    db.users.find((u) => u.email === INVITED)!.invitation!.expiresAt = new Date(Date.now() - 60_000).toISOString()
  })
}

async function openInvitation(token = SEEDED_INVITATION_TOKEN) {
  const mounted = await mountApp(InvitationView, { route: `/invite/${token}` })
  await vi.waitFor(() => expect(mounted.wrapper.text()).not.toContain('Opening the invitation…'), SLOW)
  return mounted
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('InvitationView', { timeout: 20_000 }, () => {
  it('says who invited whom to which account, and accepting with a password logs in as a user', async () => {
    const { wrapper, router } = await openInvitation()
    expect(wrapper.get('h1').text()).toBe('Invitation to the control panel')
    expect(wrapper.get('.invitation__intro').text()).toMatch(/^Елена Смирнова invites you, Павел Соколов, to work in account \d{6} as a user\.$/)
    expect((field(wrapper, 'Email').element as HTMLInputElement).value).toBe(INVITED)
    expect(wrapper.text()).toContain('The password must have:')

    // The registration rules and a matching confirmation, before anything is sent.
    await field(wrapper, 'Password').setValue('short')
    await field(wrapper, 'Confirm password').setValue('shorter')
    await button(wrapper, 'Accept invitation')!.trigger('click')
    await settle()
    expect(field(wrapper, 'Password').attributes('aria-invalid')).toBe('true')
    expect(field(wrapper, 'Confirm password').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('The passwords do not match.')
    expect(useSessionStore().isAuthenticated).toBe(false)

    await field(wrapper, 'Password').setValue(PASSWORD)
    await field(wrapper, 'Confirm password').setValue(PASSWORD)
    await button(wrapper, 'Accept invitation')!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe(ROUTE.home), SLOW)
    const session = useSessionStore()
    expect(session.user?.email).toBe(INVITED)
    expect(session.isAdmin).toBe(false)
  })

  it('an expired link says so and asks the administrator for a new invitation', async () => {
    expireInvitation()
    const { wrapper } = await openInvitation()
    expect(wrapper.text()).toContain('This invitation has expired')
    expect(wrapper.find('form').exists()).toBe(false)

    await button(wrapper, 'Ask for a new invitation')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toContain('We asked the administrator to send a new invitation.'), SLOW)
    expect(button(wrapper, 'Ask for a new invitation')).toBeUndefined()
    expect(document.activeElement).toBe(wrapper.get('.invitation__refusal').element)
    const admins = mailboxOf(readDb(), 'business.resident@demo.test')
    expect(admins.some((mail) => mail.kind === 'invitation-renewal-request')).toBe(true)
  })

  it('a link that expires while the page is open says so on "Accept invitation"', async () => {
    const { wrapper } = await openInvitation()
    expireInvitation()
    await field(wrapper, 'Password').setValue(PASSWORD)
    await field(wrapper, 'Confirm password').setValue(PASSWORD)
    await button(wrapper, 'Accept invitation')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('This invitation has expired'), SLOW)
    expect(button(wrapper, 'Ask for a new invitation')).toBeDefined()
    expect(document.activeElement).toBe(wrapper.get('.invitation__refusal').element)
    expect(useSessionStore().isAuthenticated).toBe(false)
  })

  it.each([
    ['an accepted link', 'seed-accepted-invitation-dmitry-orlov', 'This invitation has already been accepted.'],
    ['an unknown link', 'no-such-invitation', 'This invitation link is not valid.'],
  ])('%s says so and leads to Log in', async (_case, token, text) => {
    const { wrapper } = await openInvitation(token)
    expect(wrapper.text()).toContain(text)
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.get('a.btn').text()).toBe('Log in')
    expect(wrapper.get('a.btn').attributes('href')).toBe('/login')
  })
})
