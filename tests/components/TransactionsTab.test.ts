import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { settingsApi } from '@/api/settings'
import TransactionsTab from '@/components/transactions/TransactionsTab.vue'
import { resetAllSavedUiState } from '@/composables/savedUiState'
import { useSettingsStore } from '@/stores/settings'
import { API } from '@mocks/kernel/api'
import { server } from '@mocks/node'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const ADMIN = 'business.resident@demo.test'
const field = (wrapper: Wrapper, label: string) => wrapper.get(`#${wrapper.findAll('label').find((l) => l.text() === label)!.attributes('for')}`)
const rows = (wrapper: Wrapper) => wrapper.findAll('tbody tr')
const cells = (wrapper: Wrapper, column: number) => rows(wrapper).map((row) => row.findAll('td')[column]!.text())
const range = (wrapper: Wrapper) => wrapper.get('[role="status"].transactions-tab__range').text()
const button = (wrapper: Wrapper, name: string) => wrapper.findAll('button').find((b) => b.text() === name || b.attributes('aria-label') === name)!

describe('TransactionsTab', () => {
  it('shows the first page of the history with the range and the total', async () => {
    const { wrapper } = await mountApp(TransactionsTab, { route: '/balance/transactions', as: ADMIN })
    expect(rows(wrapper)).toHaveLength(20)
    expect(range(wrapper)).toMatch(/^1–20 of \d+$/)
    // Signed in the text, not only by colour.
    expect(cells(wrapper, 4).every((text) => /^[+−]/.test(text))).toBe(true)
    expect(wrapper.text()).toContain('Pending payment')
    expect(button(wrapper, 'Page 1').attributes('aria-current')).toBe('page')
  })

  it('pages on the API side', async () => {
    const { wrapper } = await mountApp(TransactionsTab, { route: '/balance/transactions', as: ADMIN })
    const firstDates = cells(wrapper, 0)
    await button(wrapper, 'Next').trigger('click')
    await settle()
    expect(range(wrapper)).toMatch(/^21–40 of \d+$/)
    expect(cells(wrapper, 0)).not.toEqual(firstDates)
    expect(button(wrapper, 'Page 2').attributes('aria-current')).toBe('page')
    await button(wrapper, 'Previous').trigger('click')
    await settle()
    expect(range(wrapper)).toMatch(/^1–20 of/)
    expect(button(wrapper, 'Previous').attributes('aria-disabled')).toBe('true')
  })

  it('filters by operation and balance, saves the filter for the user, and Reset clears it', async () => {
    const { wrapper } = await mountApp(TransactionsTab, { route: '/balance/transactions', as: ADMIN })
    await field(wrapper, 'Operation').setValue('transfer')
    await settle()
    await field(wrapper, 'Balance').setValue('cloud')
    await settle()
    expect(rows(wrapper).length).toBeGreaterThan(0)
    expect(cells(wrapper, 1).every((text) => text.startsWith('Transfer'))).toBe(true)
    expect(cells(wrapper, 2).every((text) => text === 'Cloud servers')).toBe(true)
    await expect(settingsApi.get()).resolves.toMatchObject({ uiState: { 'balance.transactions.filters': { operation: 'transfer', balance: 'cloud', from: '', to: '' } } })

    await resetAllSavedUiState()
    await settle()
    expect((field(wrapper, 'Operation').element as HTMLSelectElement).value).toBe('')
    expect((field(wrapper, 'Balance').element as HTMLSelectElement).value).toBe('')
    expect(rows(wrapper)).toHaveLength(20)
  })

  it('refuses a period that ends before it starts, on the field, without applying it', async () => {
    const { wrapper } = await mountApp(TransactionsTab, { route: '/balance/transactions', as: ADMIN })
    const before = range(wrapper)
    await field(wrapper, 'From').setValue('2026-03-10')
    await settle()
    await field(wrapper, 'To').setValue('2026-03-01')
    await settle()
    const to = field(wrapper, 'To')
    expect(to.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('The end of the period cannot be before its start.')
    expect((to.element as HTMLInputElement).value).toBe('2026-03-01')
    await expect(settingsApi.get()).resolves.toMatchObject({ uiState: { 'balance.transactions.filters': { from: '2026-03-10', to: '' } } })
    expect(range(wrapper)).not.toBe(before)
  })

  it('says so when nothing matches and offers to clear the filter', async () => {
    const { wrapper } = await mountApp(TransactionsTab, { route: '/balance/transactions', as: ADMIN })
    await field(wrapper, 'Operation').setValue('refund')
    await settle()
    expect(wrapper.text()).toContain('No transactions match the filters.')
    expect(wrapper.find('table').exists()).toBe(false)
    await wrapper.get('.transactions-tab__empty button').trigger('click')
    await settle()
    expect(rows(wrapper)).toHaveLength(20)
  })

  it('starts from the filter the user saved earlier, and ignores one the API would refuse', async () => {
    const { wrapper } = await mountApp(TransactionsTab, { route: '/balance/transactions', as: ADMIN })
    await useSettingsStore().saveUiState('balance.transactions.filters', { from: '', to: '', operation: 'bonus', balance: 'referral' })
    await settle()
    expect(rows(wrapper)).toHaveLength(3)
    expect((field(wrapper, 'Operation').element as HTMLSelectElement).value).toBe('bonus')
    await useSettingsStore().saveUiState('balance.transactions.filters', { from: '2026-05-01', to: '2026-01-01', operation: 'lost' })
    await settle()
    expect(rows(wrapper)).toHaveLength(20)
  })

  it('shows the failure and loads again on "Try again"', async () => {
    server.use(http.get(`${API}/transactions`, () => HttpResponse.json({ type: 'about:blank', title: 'server.unavailable', status: 503, code: 'server.unavailable' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }))
    const { wrapper } = await mountApp(TransactionsTab, { route: '/balance/transactions', as: ADMIN })
    expect(wrapper.get('[role="alert"]').text()).toContain('Could not load the transactions.')
    await button(wrapper, 'Try again').trigger('click')
    await settle()
    expect(rows(wrapper)).toHaveLength(20)
  })
})
