import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { referralApi } from '@/api/referral'
import RegisterView from '@/views/RegisterView.vue'
import { useSessionStore } from '@/stores/session'
import { loginAs, mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

function radio(wrapper: Wrapper, label: string) {
  const option = wrapper.findAll('label').find((l) => l.text().startsWith(label))
  if (!option) throw new Error(`no option ${label}`)
  return option.find('input')
}

function field(wrapper: Wrapper, label: string) {
  const element = wrapper.findAll('label').find((l) => l.text().replace('*', '').trim() === label)
  if (!element) throw new Error(`no field ${label}`)
  return wrapper.find(`#${element.attributes('for')}`)
}

async function submit(wrapper: Wrapper) {
  await wrapper.find('form').trigger('submit')
  await settle()
}

describe('RegisterView', () => {
  it('offers the four account types and residency', async () => {
    const { wrapper } = await mountApp(RegisterView, { route: '/register' })
    for (const label of ['Personal account', 'Business account', 'Sole trader', 'State institution', 'Resident of the RF', 'Non-resident of the RF']) {
      expect(radio(wrapper, label).exists()).toBe(true)
    }
  })

  it('allows only residency in the RF for a sole trader', async () => {
    const { wrapper } = await mountApp(RegisterView, { route: '/register' })
    await radio(wrapper, 'Business account').setValue()
    await radio(wrapper, 'Non-resident of the RF').setValue()
    await radio(wrapper, 'Sole trader').setValue()
    await flushPromises()
    expect(radio(wrapper, 'Non-resident of the RF').attributes('disabled')).toBeDefined()
    expect((radio(wrapper, 'Resident of the RF').element as HTMLInputElement).checked).toBe(true)
  })

  it('shows field messages for missing and mismatched values, keeping what was typed', async () => {
    const { wrapper } = await mountApp(RegisterView, { route: '/register' })
    await field(wrapper, 'Email').setValue('new@example.com')
    await field(wrapper, 'Password').setValue('short')
    await field(wrapper, 'Confirm password').setValue('other')
    await submit(wrapper)
    const alerts = wrapper.findAll('[role="alert"]').map((a) => a.text())
    expect(alerts).toEqual(expect.arrayContaining(['Fill in this field.', 'The password does not meet the rules below.', 'The passwords do not match.']))
    expect((field(wrapper, 'Email').element as HTMLInputElement).value).toBe('new@example.com')
    expect(field(wrapper, 'Password').attributes('aria-invalid')).toBe('true')
  })

  it('shows the password rules as they are met', async () => {
    const { wrapper } = await mountApp(RegisterView, { route: '/register' })
    await field(wrapper, 'Password').setValue('abc1')
    const rules = wrapper.findAll('li').map((li) => li.text())
    expect(rules).toEqual(expect.arrayContaining([expect.stringMatching(/From 8 to 128 characters\s*\(not yet\)/), expect.stringMatching(/At least one digit\s*\(done\)/)]))
  })

  it('shows the server refusing a taken email on the email field', async () => {
    const { wrapper } = await mountApp(RegisterView, { route: '/register' })
    await radio(wrapper, 'Personal account').setValue()
    await field(wrapper, 'Email').setValue('personal.resident@demo.test')
    await field(wrapper, 'Password').setValue('secret-123')
    await field(wrapper, 'Confirm password').setValue('secret-123')
    await submit(wrapper)
    expect(field(wrapper, 'Email').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('An account with this email already exists')
  })

  it('registers and lands on the home page logged in', async () => {
    const { wrapper, router } = await mountApp(RegisterView, { route: '/register' })
    await radio(wrapper, 'State institution').setValue()
    await field(wrapper, 'Email').setValue('school@example.ru')
    await field(wrapper, 'Password').setValue('secret-123')
    await field(wrapper, 'Confirm password').setValue('secret-123')
    await submit(wrapper)
    // Registration hashes the password (PBKDF2), which takes a moment.
    await vi.waitFor(() => expect(useSessionStore().user).toMatchObject({ email: 'school@example.ru', accountType: 'state', residency: 'resident', role: 'admin' }))
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'))
  })

  it('says the visitor was invited only when they came by a referral link', async () => {
    const { wrapper } = await mountApp(RegisterView, { route: '/register' })
    expect(wrapper.text()).not.toContain('invitation')
    const invited = await mountApp(RegisterView, { route: '/register?ref=DEVOPS7K2Q', locale: 'ru' })
    expect(invited.wrapper.text()).toContain('Вы регистрируетесь по приглашению участника нашей реферальной программы.')
  })

  it('says a link with an unknown code is not valid, and still lets the visitor register', async () => {
    const { wrapper } = await mountApp(RegisterView, { route: '/register?ref=NOSUCHCODE' })
    expect(wrapper.text()).not.toContain('You are registering by an invitation')
    expect(wrapper.text()).toContain('This invitation link is not valid')
    expect(wrapper.find('button[type="submit"]').exists()).toBe(true)
  })

  it('sends the code of the referral link, so the new account counts as the participant’s referral', async () => {
    const { wrapper } = await mountApp(RegisterView, { route: '/register?ref=DEVOPS7K2Q' })
    expect(wrapper.text()).toContain('You are registering by an invitation from a participant of our referral program.')
    await radio(wrapper, 'Personal account').setValue()
    await field(wrapper, 'Email').setValue('invited@example.com')
    await field(wrapper, 'Password').setValue('secret-123')
    await field(wrapper, 'Confirm password').setValue('secret-123')
    await submit(wrapper)
    await vi.waitFor(() => expect(useSessionStore().user).toMatchObject({ email: 'invited@example.com' }))
    await loginAs('business.resident@demo.test')
    expect((await referralApi.get()).stats?.referrals).toBe(15) // 14 in the seed
  })
})
