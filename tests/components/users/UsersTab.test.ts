import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import UsersTab from '@/components/users/UsersTab.vue'
import { updateDb } from '@mocks/kernel/db'
import { server } from '@mocks/node'
import { mountApp, settle } from '../../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const ADMIN = 'business.resident@demo.test'
const USER = 'user.business.resident@demo.test'
const INVITED = 'pavel.sokolov@demo.test'
const SLOW = { timeout: 5000 }

const rows = (wrapper: Wrapper) => wrapper.get('table').findAll('tbody tr')
const rowOf = (wrapper: Wrapper, email: string) => rows(wrapper).find((row) => row.get('th').text() === email)
const button = (scope: Pick<Wrapper, 'findAll'>, name: string) => scope.findAll('button').find((b) => b.text() === name)
const dialog = (wrapper: Wrapper) => wrapper.findAll('dialog').find((d) => (d.element as HTMLDialogElement).open)
const field = (scope: Pick<Wrapper, 'findAll'>, label: string) => {
  const labelElement = scope.findAll('label').find((l) => l.text() === label)!
  return scope.findAll('input').find((input) => input.attributes('id') === labelElement.attributes('for'))!
}
const problem = (status: number, code: string, extra: object = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: code, status, code, ...extra }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } })

async function mountAsAdmin() {
  const mounted = await mountApp(UsersTab, { route: '/profile/users', as: ADMIN })
  await vi.waitFor(() => expect(rows(mounted.wrapper).length).toBeGreaterThan(0), SLOW)
  return mounted
}

async function openAddUser(wrapper: Wrapper) {
  await button(wrapper, 'Add user')!.trigger('click')
  await settle()
  return dialog(wrapper)!
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('UsersTab', { timeout: 20_000 }, () => {
  it('tells a user that only the main administrator manages users, without asking the API', async () => {
    const asked: string[] = []
    const listen = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/users')) asked.push(request.method)
    }
    server.events.on('request:start', listen)
    try {
      const { wrapper } = await mountApp(UsersTab, { route: '/profile/users', as: USER })
      await settle()
      expect(wrapper.text()).toContain('Only the main administrator of the account can add and remove users.')
      expect(wrapper.find('table').exists()).toBe(false)
      expect(button(wrapper, 'Add user')).toBeUndefined()
      expect(asked).toEqual([])
    } finally {
      server.events.removeListener('request:start', listen)
    }
  })

  it('lists the users with role and status; the main administrator cannot be removed', async () => {
    const { wrapper } = await mountAsAdmin()
    expect(wrapper.get('table').findAll('thead th').map((th) => th.text())).toEqual(['Email', 'Name', 'Role', 'Status', 'Invited on', 'Last login', 'Actions'])

    const admin = rowOf(wrapper, ADMIN)!
    expect(admin.text()).toContain('Main administrator')
    expect(admin.text()).toContain('Active')
    expect(button(admin, 'Remove')).toBeUndefined()
    expect(button(admin, 'Resend invitation')).toBeUndefined()

    const colleague = rowOf(wrapper, USER)!
    expect(colleague.findAll('td')[1]!.text()).toBe('User')
    expect(colleague.findAll('td')[2]!.text()).toBe('Active')
    expect(button(colleague, 'Remove')).toBeDefined()
    expect(button(colleague, 'Resend invitation')).toBeUndefined()

    const invited = rowOf(wrapper, INVITED)!
    expect(invited.findAll('td')[0]!.text()).toBe('Павел Соколов')
    expect(invited.findAll('td')[2]!.text()).toMatch(/^Not activated\s*Invitation valid until /)
    expect(invited.findAll('td')[4]!.text()).toBe('Never')
    expect(button(invited, 'Resend invitation')!.attributes('disabled')).toBeUndefined()
  })

  it('says when an invitation has expired', async () => {
    updateDb((db) => {
      const invitation = db.users.find((u) => u.email === INVITED)!.invitation!
      invitation.expiresAt = new Date(Date.now() - 60_000).toISOString()
    })
    const { wrapper } = await mountAsAdmin()
    expect(rowOf(wrapper, INVITED)!.findAll('td')[2]!.text()).toMatch(/^Not activated\s*The invitation has expired\s*Resend invitation$/)
    expect(button(rowOf(wrapper, INVITED)!, 'Resend invitation')).toBeDefined()
  })

  it('adds a user: a taken email is refused on its field with what was typed kept, then the invitation is sent', async () => {
    const { wrapper } = await mountAsAdmin()
    const before = rows(wrapper).length
    let form = await openAddUser(wrapper)

    // The form's own check first: nothing is sent.
    await field(form, 'Email').setValue('not-an-email')
    await field(form, 'Name').setValue('Анна Смирнова')
    await button(form, 'Send invitation')!.trigger('click')
    await settle()
    expect(field(form, 'Email').attributes('aria-invalid')).toBe('true')
    expect(form.text()).toContain('Enter an email like name@example.com.')

    // An email already on an account: the API refuses it on the field.
    await field(form, 'Email').setValue('personal.resident@demo.test')
    await button(form, 'Send invitation')!.trigger('click')
    await vi.waitFor(() => expect(form.text()).toContain('This email already belongs to a user of an account.'), SLOW)
    expect(field(form, 'Email').attributes('aria-invalid')).toBe('true')
    expect((field(form, 'Email').element as HTMLInputElement).value).toBe('personal.resident@demo.test')
    expect((field(form, 'Name').element as HTMLInputElement).value).toBe('Анна Смирнова')
    expect(document.activeElement).toBe(field(form, 'Email').element)

    await field(form, 'Email').setValue('anna.smirnova@example.com')
    await button(form, 'Send invitation')!.trigger('click')
    await vi.waitFor(() => expect(dialog(wrapper)).toBeUndefined(), SLOW)
    expect(wrapper.get('[role="status"].users-tab__message').text()).toBe('Invitation sent to anna.smirnova@example.com.')
    expect(rows(wrapper)).toHaveLength(before + 1)
    const added = rowOf(wrapper, 'anna.smirnova@example.com')!
    expect(added.findAll('td')[2]!.text()).toContain('Not activated')
    // Just sent: resending waits a minute.
    expect(button(added, 'Resend invitation')!.attributes('disabled')).toBeDefined()

    // The same person again: already invited here.
    form = await openAddUser(wrapper)
    expect((field(form, 'Email').element as HTMLInputElement).value).toBe('')
    await field(form, 'Email').setValue('Anna.Smirnova@example.com')
    await field(form, 'Name').setValue('Анна')
    await button(form, 'Send invitation')!.trigger('click')
    await vi.waitFor(() => expect(form.text()).toContain('This person has already been invited to the account.'), SLOW)
  })

  it('resends an invitation; then "Resend invitation" waits a minute', async () => {
    const { wrapper } = await mountAsAdmin()
    await button(rowOf(wrapper, INVITED)!, 'Resend invitation')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.get('.users-tab__message').text()).toContain(`The invitation was sent again to ${INVITED}`), SLOW)
    expect(button(rowOf(wrapper, INVITED)!, 'Resend invitation')!.attributes('disabled')).toBeDefined()
    expect(rowOf(wrapper, INVITED)!.text()).toContain('Sent less than a minute ago')
  })

  it('says "try again in a minute" when the API finds the last invitation too recent', async () => {
    // Another administrator resent it a moment ago (another browser): the list here does not know.
    server.use(http.post('*/api/v1/users/:id/invitation', () => problem(429, 'users.resendTooSoon', { retryAfter: 42 }, { 'Retry-After': '42' }), { once: true }))
    const { wrapper } = await mountAsAdmin()
    await button(rowOf(wrapper, INVITED)!, 'Resend invitation')!.trigger('click')
    await settle()
    expect(wrapper.findAll('[role="alert"]').map((a) => a.text())).toContain(`Could not resend the invitation to ${INVITED}. The invitation was sent less than a minute ago. Try again in a minute.`)
  })

  it('removes a user after a confirmation that names them and says what ends', async () => {
    const { wrapper } = await mountAsAdmin()
    await button(rowOf(wrapper, USER)!, 'Remove')!.trigger('click')
    await settle()
    const confirm = dialog(wrapper)!
    expect(confirm.text()).toContain(`Remove Дмитрий Орлов (${USER}) from the account?`)
    expect(confirm.text()).toContain('Their sessions end at once and their API keys are revoked.')

    await button(confirm, 'Cancel')!.trigger('click')
    await settle()
    expect(dialog(wrapper)).toBeUndefined()
    expect(rowOf(wrapper, USER)).toBeDefined()

    await button(rowOf(wrapper, USER)!, 'Remove')!.trigger('click')
    await settle()
    await button(dialog(wrapper)!, 'Remove')!.trigger('click')
    await vi.waitFor(() => expect(dialog(wrapper)).toBeUndefined(), SLOW)
    expect(rowOf(wrapper, USER)).toBeUndefined()
    expect(wrapper.get('.users-tab__message').text()).toBe('Дмитрий Орлов was removed from the account.')
  })

  it('shows a failed load with "Try again", and the list once the API answers', async () => {
    server.use(http.get('*/api/v1/users', () => problem(503, 'server.unavailable'), { once: true }))
    const { wrapper } = await mountApp(UsersTab, { route: '/profile/users', as: ADMIN })
    await settle()
    const alert = wrapper.findAll('[role="alert"]').find((a) => a.text().includes('Could not load the users.'))!
    expect(alert).toBeDefined()
    await button(alert, 'Try again')!.trigger('click')
    await vi.waitFor(() => expect(rows(wrapper).length).toBeGreaterThan(0), SLOW)
    expect(wrapper.text()).not.toContain('Could not load the users.')
  })
})
