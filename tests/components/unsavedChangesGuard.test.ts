// Leaving the page (reload, closing the tab) with a form that holds unsaved input asks first: the
// form cancels `beforeunload`, and the browser then asks. A clean form lets the page go.
import { describe, expect, it } from 'vitest'
import ProfileTabView from '@/views/ProfileTabView.vue'
import ReferralView from '@/views/ReferralView.vue'
import TicketCreateView from '@/views/TicketCreateView.vue'
import TicketView from '@/views/TicketView.vue'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

/** Whether leaving the page now would make the browser ask. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

const input = (wrapper: Wrapper, label: string) => {
  const element = wrapper.findAll('label').find((l) => l.text() === label)
  if (!element) throw new Error(`no field ${label}`)
  return wrapper.get(`#${CSS.escape(element.attributes('for')!)}`)
}

describe('leaving a page with an unsaved form', () => {
  it('asks on the profile edit form once something is typed, and no longer after Cancel', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await wrapper.findAll('button').find((b) => b.text() === 'Change')!.trigger('click')
    await settle()
    expect(leavingAsks()).toBe(false)
    await input(wrapper, 'Position').setValue('Chief executive officer')
    expect(leavingAsks()).toBe(true)
    await wrapper.findAll('button').find((b) => b.text() === 'Cancel')!.trigger('click')
    await settle()
    expect(leavingAsks()).toBe(false)
    wrapper.unmount()
  })

  it('asks on the ticket form once something is typed, and not once the ticket is created', async () => {
    const { wrapper, router } = await mountApp(TicketCreateView, { route: '/tickets/new', as: 'business.resident@demo.test' })
    expect(leavingAsks()).toBe(false)
    await input(wrapper, 'Subject').setValue('Backups do not start')
    expect(leavingAsks()).toBe(true)
    await input(wrapper, 'Category').setValue('technical')
    await input(wrapper, 'Message').setValue('The daily backup of server web-1 has not run since Monday.')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(router.currentRoute.value.path).toBe('/tickets/1008')
    expect(leavingAsks()).toBe(false)
    wrapper.unmount()
  })

  it('asks on the reply form while a reply is typed but not sent', async () => {
    const { wrapper } = await mountApp(TicketView, { route: '/tickets/1001', as: 'business.resident@demo.test' })
    expect(leavingAsks()).toBe(false)
    await wrapper.get('textarea').setValue('It works now, thank you.')
    expect(leavingAsks()).toBe(true)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(leavingAsks()).toBe(false)
    wrapper.unmount()
  })

  it('asks on the referral request form once something is typed', async () => {
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'personal.resident@demo.test' })
    expect(leavingAsks()).toBe(false)
    await input(wrapper, 'Site or channel URL').setValue('https://t.me/hosting_tips')
    expect(leavingAsks()).toBe(true)
    wrapper.unmount()
    expect(leavingAsks()).toBe(false)
  })
})
