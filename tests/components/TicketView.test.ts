import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { ticketsApi } from '@/api/tickets'
import { SUPPORT_REPLY_DELAY_MS } from '@mocks/kernel/qaSettings'
import TicketView from '@/views/TicketView.vue'
import { mountApp, settle } from '../helpers/mountApp'
import { addProfileChangeTicket } from '../helpers/profileChangeTicket'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const button = (wrapper: Wrapper, name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button ${name}`)
  return found
}
const messages = (wrapper: Wrapper) => wrapper.findAll('.ticket-thread__message').map((m) => m.text())

// A ticket waiting for support polls (usePolling): each test's page goes away with it, or its
// timer fires after the file's DOM is gone (an unhandled "document is not defined" on a slow run).
enableAutoUnmount(afterEach)
afterEach(() => vi.useRealTimers())

describe('TicketView', () => {
  it('shows the thread with the support answer and marks the answer read', async () => {
    const { wrapper } = await mountApp(TicketView, { route: '/tickets/1001', as: 'business.resident@demo.test' })
    expect(wrapper.get('h1').text()).toBe('Облачный сервер не запускается после изменения конфигурации')
    expect(wrapper.text()).toContain('#1001')
    expect(wrapper.text()).toContain('Answered')
    expect(messages(wrapper)).toHaveLength(2)
    expect(messages(wrapper)[1]).toContain('Support')
    await settle()
    expect((await ticketsApi.get('1001')).unread).toBe(false)
  })

  it('sends a reply, clears the field, and refuses an empty one', async () => {
    const { wrapper } = await mountApp(TicketView, { route: '/tickets/1001', as: 'business.resident@demo.test' })
    const textarea = wrapper.get('textarea')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.text()).toContain('Write your reply.')
    await textarea.setValue('It works now, thank you.')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(messages(wrapper).at(-1)).toContain('It works now, thank you.')
    expect((textarea.element as HTMLTextAreaElement).value).toBe('')
    expect(wrapper.text()).toContain('Support has received your message')
  })

  it('closes the ticket and reopens it', async () => {
    const { wrapper } = await mountApp(TicketView, { route: '/tickets/1001', as: 'business.resident@demo.test' })
    await button(wrapper, 'Close ticket').trigger('click')
    await settle()
    expect(wrapper.text()).toContain('The ticket is closed')
    expect(wrapper.find('textarea').exists()).toBe(false)
    await button(wrapper, 'Reopen ticket').trigger('click')
    await settle()
    expect(wrapper.find('textarea').exists()).toBe(true)
    expect((await ticketsApi.get('1001')).status).toBe('open')
  })

  it('keeps a reply written to a ticket closed in another tab until it is reopened', async () => {
    const { wrapper } = await mountApp(TicketView, { route: '/tickets/1001', as: 'business.resident@demo.test' })
    await ticketsApi.setStatus('1001', 'closed')
    await wrapper.get('textarea').setValue('One more question about the resize.')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.text()).toContain('The ticket is closed')
    await button(wrapper, 'Reopen ticket').trigger('click')
    await settle()
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('One more question about the resize.')
  })

  it('shows the support answer to a new ticket without a reload', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    const { wrapper } = await mountApp(TicketView, { route: '/tickets/1003', as: 'business.resident@demo.test' })
    await ticketsApi.reply('1003', 'Есть новости по адресу?')
    vi.advanceTimersByTime(2_000)
    await settle()
    expect(messages(wrapper).at(-1)).toContain('Есть новости по адресу?')
    vi.setSystemTime(Date.now() + SUPPORT_REPLY_DELAY_MS)
    vi.advanceTimersByTime(2_000)
    await settle()
    expect(messages(wrapper).at(-1)).toContain('передали его дежурным инженерам')
    expect(wrapper.get('.visually-hidden[role="status"]').text()).toBe('Support has answered.')
  })

  it('shows the old and new values of a profile change, labelled and formatted as on the Profile tab', async () => {
    addProfileChangeTicket(
      [
        { field: 'actualAddress', oldValue: 'Moscow, Tverskaya 1', newValue: 'Moscow, Arbat 2' },
        { field: 'fax', oldValue: '', newValue: '+74951234567' },
        { field: 'retiredField', oldValue: 'a', newValue: 'b' },
      ],
      'Please confirm.',
    )
    const { wrapper, i18n } = await mountApp(TicketView, { route: '/tickets/2001', as: 'business.resident@demo.test' })
    const rows = () => wrapper.findAll('.ticket-change tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows()).toEqual([
      ['Actual address', 'Moscow, Tverskaya 1', 'Moscow, Arbat 2'],
      ['Fax', '(empty)', '+7 495 123-45-67'],
      // A field this version of the panel does not know keeps its API name.
      ['retiredField', 'a', 'b'],
    ])
    expect(wrapper.text()).toContain('Profile data')
    i18n.global.locale.value = 'ru'
    await settle()
    expect(rows()[0]?.[0]).toBe('Фактический адрес')
  })

  it('says a ticket of another account does not exist', async () => {
    const { wrapper } = await mountApp(TicketView, { route: '/tickets/1004', as: 'business.resident@demo.test' })
    expect(wrapper.get('h1').text()).toBe('Ticket not found')
    expect(wrapper.text()).toContain('does not exist or is not available to you')
  })
})
