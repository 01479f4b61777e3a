import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@mocks/node'
import { ticketsApi } from '@/api/tickets'
import TicketCreateView from '@/views/TicketCreateView.vue'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const field = (wrapper: Wrapper, label: string) => {
  const labelElement = wrapper.findAll('label').find((l) => l.text() === label)
  if (!labelElement) throw new Error(`no field ${label}`)
  return wrapper.get(`#${labelElement.attributes('for')}`)
}
const errorOf = (wrapper: Wrapper, label: string) => {
  const input = field(wrapper, label)
  const ids = input.attributes('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => wrapper.find(`#${id}[role="alert"]`)).find((e) => e.exists())?.text() ?? ''
}

async function fill(wrapper: Wrapper) {
  await field(wrapper, 'Subject').setValue('Backups do not start')
  await field(wrapper, 'Category').setValue('technical')
  await field(wrapper, 'Related service (optional)').setValue('cloud-servers')
  await field(wrapper, 'Message').setValue('The daily backup of server web-1 has not run since Monday.')
}

/** Errors come as RFC 9457 problem details (the contract's content type). */
const PROBLEM = { 'Content-Type': 'application/problem+json' }

describe('TicketCreateView', () => {
  it('refuses an empty ticket with a message on each field, and sends nothing', async () => {
    const sent = vi.fn()
    server.events.on('request:start', ({ request }) => void (request.method === 'POST' && sent()))
    const { wrapper } = await mountApp(TicketCreateView, { route: '/tickets/new', as: 'business.resident@demo.test' })
    sent.mockClear()
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(errorOf(wrapper, 'Subject')).toBe('Give the ticket a subject.')
    expect(errorOf(wrapper, 'Category')).toBe('Choose a category.')
    expect(errorOf(wrapper, 'Message')).toBe('Describe your question.')
    expect(field(wrapper, 'Subject').attributes('aria-invalid')).toBe('true')
    expect(errorOf(wrapper, 'Related service (optional)')).toBe('')
    expect(sent).not.toHaveBeenCalled()
    server.events.removeAllListeners()
  })

  it('creates the ticket and opens its page', async () => {
    const { wrapper, router } = await mountApp(TicketCreateView, { route: '/tickets/new', as: 'business.resident@demo.test' })
    await fill(wrapper)
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tickets/1008'))
    await expect(ticketsApi.get('1008')).resolves.toMatchObject({ subject: 'Backups do not start', category: 'technical', service: 'cloud-servers' })
  })

  it('keeps everything typed when the server fails, and says so', async () => {
    server.use(http.post('*/api/v1/tickets', () => HttpResponse.json({ type: 'about:blank', title: 'x', status: 503, code: 'server.unavailable' }, { status: 503, headers: PROBLEM })))
    const { wrapper, router } = await mountApp(TicketCreateView, { route: '/tickets/new', as: 'business.resident@demo.test' })
    await fill(wrapper)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toContain('temporarily unavailable')
    expect((field(wrapper, 'Subject').element as HTMLInputElement).value).toBe('Backups do not start')
    expect((field(wrapper, 'Message').element as HTMLTextAreaElement).value).toContain('web-1')
    expect((field(wrapper, 'Category').element as HTMLSelectElement).value).toBe('technical')
    expect(router.currentRoute.value.name).toBe('ticket-create')
  })

  it('shows the API’s field messages in the current language', async () => {
    server.use(http.post('*/api/v1/tickets', () => HttpResponse.json({ type: 'about:blank', title: 'x', status: 422, code: 'validation.failed', errors: { subject: 'validation.ticket.subjectLength' } }, { status: 422, headers: PROBLEM })))
    const { wrapper } = await mountApp(TicketCreateView, { route: '/tickets/new', as: 'business.resident@demo.test', locale: 'ru' })
    await field(wrapper, 'Тема').setValue('Не запускаются бэкапы')
    await field(wrapper, 'Категория').setValue('technical')
    await field(wrapper, 'Сообщение').setValue('Ежедневный бэкап сервера web-1 не запускается с понедельника.')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(errorOf(wrapper, 'Тема')).toBe('Тема — от 5 до 120 символов.')
    expect((field(wrapper, 'Тема').element as HTMLInputElement).value).toBe('Не запускаются бэкапы')
  })

  it('prefills an editable request to transfer services to another account', async () => {
    const { wrapper } = await mountApp(TicketCreateView, { route: '/tickets/new?topic=transfer', as: 'personal.resident@demo.test' })
    expect(wrapper.get('h1').text()).toBe('Transfer services to another account')
    expect((field(wrapper, 'Subject').element as HTMLInputElement).value).toBe('Transfer services to another account')
    expect((field(wrapper, 'Category').element as HTMLSelectElement).value).toBe('services-transfer')
    const message = field(wrapper, 'Message')
    expect((message.element as HTMLTextAreaElement).value).toContain('Email of the receiving account:')
    await message.setValue('Please move web-1 to new.owner@example.com.')
    await wrapper.get('form').trigger('submit')
    await settle()
    const [created] = await ticketsApi.list({ q: 'transfer' })
    expect(created).toMatchObject({ category: 'services-transfer', subject: 'Transfer services to another account' })
  })
})
