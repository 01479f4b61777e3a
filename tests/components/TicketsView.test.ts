import { describe, expect, it, vi } from 'vitest'
import { settingsApi } from '@/api/settings'
import { resetAllSavedUiState } from '@/composables/savedUiState'
import { useSettingsStore } from '@/stores/settings'
import TicketsView from '@/views/TicketsView.vue'
import { loginAs, mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const rows = (wrapper: Wrapper) => wrapper.findAll('tbody tr').map((r) => r.find('a').text())
const field = (wrapper: Wrapper, label: string) => wrapper.get(`#${wrapper.findAll('label').find((l) => l.text() === label)!.attributes('for')}`)

describe('TicketsView', () => {
  it('lists the account’s tickets for the main administrator and marks unread answers', async () => {
    const { wrapper } = await mountApp(TicketsView, { route: '/tickets', as: 'business.resident@demo.test' })
    expect(rows(wrapper)).toEqual(['#1003 Дополнительный публичный IP-адрес', '#1001 Облачный сервер не запускается после изменения конфигурации', '#1002 Закрывающие документы за октябрь'])
    const unread = wrapper.findAll('tbody tr').filter((r) => r.text().includes('New answer'))
    expect(unread).toHaveLength(1)
    expect(unread[0]!.text()).toContain('#1001')
    expect(wrapper.text()).toContain('3 tickets · with a new answer: 1')
    expect(wrapper.text()).toContain('Opened by')
  })

  it('shows a user only their own tickets', async () => {
    const { wrapper } = await mountApp(TicketsView, { route: '/tickets', as: 'user.business.resident@demo.test' })
    expect(rows(wrapper)).toEqual(['#1003 Дополнительный публичный IP-адрес'])
    expect(wrapper.text()).not.toContain('Opened by')
  })

  it('filters by status and subject, saves the filter for the user, and Reset clears it', async () => {
    const { wrapper } = await mountApp(TicketsView, { route: '/tickets', as: 'business.resident@demo.test' })
    await field(wrapper, 'Status').setValue('closed')
    await settle()
    expect(rows(wrapper)).toEqual(['#1002 Закрывающие документы за октябрь'])

    // The search is saved once the user pauses typing.
    await field(wrapper, 'Search by subject').setValue('server')
    await vi.waitFor(() => expect(wrapper.text()).toContain('No tickets match the filter.'))
    await expect(settingsApi.get()).resolves.toMatchObject({ uiState: { 'tickets.filters': { status: 'closed', search: 'server' } } })

    await resetAllSavedUiState()
    await settle()
    expect((field(wrapper, 'Status').element as HTMLSelectElement).value).toBe('all')
    expect((field(wrapper, 'Search by subject').element as HTMLInputElement).value).toBe('')
    expect(rows(wrapper)).toHaveLength(3)
  })

  it('starts from the filter the user saved earlier', async () => {
    const { wrapper } = await mountApp(TicketsView, { route: '/tickets', as: 'business.resident@demo.test' })
    await useSettingsStore().saveUiState('tickets.filters', { status: 'answered', search: '' })
    await settle()
    expect(rows(wrapper)).toEqual(['#1001 Облачный сервер не запускается после изменения конфигурации'])
    expect((field(wrapper, 'Status').element as HTMLSelectElement).value).toBe('answered')
  })

  it('offers to create the first ticket when there are none', async () => {
    const { wrapper } = await mountApp(TicketsView, { route: '/tickets', as: 'personal.nonresident@demo.test' })
    expect(wrapper.text()).toContain('You have no tickets yet.')
    expect(wrapper.findAll('a').some((a) => a.text() === 'Create ticket')).toBe(true)
  })

  it('with 100 times the tickets shows one page of them, the totals of all, and pages on the API side', async () => {
    const token = await loginAs('business.resident@demo.test')
    const scaled = await fetch('http://localhost/api/v1/__qa/scale', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ factor: 100 }) })
    expect(scaled.status).toBe(200)
    const { wrapper } = await mountApp(TicketsView, { route: '/tickets', as: 'business.resident@demo.test' })

    expect(wrapper.text()).toContain('300 tickets · with a new answer: 100')
    expect(wrapper.findAll('tbody tr')).toHaveLength(20)
    const firstPage = rows(wrapper)
    await wrapper.get('nav[aria-label="Pages of tickets"]').findAll('button').find((b) => b.text() === '2')!.trigger('click')
    await settle()
    expect(wrapper.findAll('tbody tr')).toHaveLength(20)
    expect(rows(wrapper).some((row) => firstPage.includes(row))).toBe(false)
    expect(wrapper.get('[aria-current="page"]').text()).toBe('2')
  })
})
