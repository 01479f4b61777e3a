import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { readDb, updateDb } from '@mocks/kernel/db'
import { server } from '@mocks/node'
import DedicatedServerOrderForm from '@/components/services/order/DedicatedServerOrderForm.vue'
import { useDedicatedServerDraft } from '@/composables/useServiceOrderDrafts'
import { ROUTE } from '@/router/names'
import { useNoticesStore } from '@/stores/notices'
import { useSettingsStore } from '@/stores/settings'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']
const ADMIN = 'business.resident@demo.test'
const ACCOUNT = 'acc-business-res'
const DRAFT_KEY = 'services.dedicatedOrder.draft'

const account = () => readDb().accounts.find((a) => a.id === ACCOUNT)!
const nameInput = (wrapper: Wrapper) => {
  const label = wrapper.findAll('label').find((l) => l.text() === 'Name')!
  return wrapper.get(`#${label.attributes('for')}`)
}
const radio = (wrapper: Wrapper, value: string) => wrapper.get(`input[type="radio"][value="${value}"]`)
const checked = (wrapper: Wrapper, value: string) => (radio(wrapper, value).element as HTMLInputElement).checked
const summary = (wrapper: Wrapper) => wrapper.findAll('section').find((s) => s.get('h2').text() === 'Cost')!
const configuration = (wrapper: Wrapper) => wrapper.findAll('fieldset').find((f) => f.get('legend').text() === 'Configuration')!

async function mountForm() {
  const mounted = await mountApp(DedicatedServerOrderForm, { route: { name: ROUTE.orderDedicatedServer }, as: ADMIN })
  await settle()
  return mounted
}

/** Novosibirsk, the Intel Xeon E3-1230 v6 (4 500 ₽ a month, 4 050 ₽ after the personal 10%), a month. */
async function choose(wrapper: Wrapper, name: string) {
  await radio(wrapper, 'nsk').setValue()
  await radio(wrapper, 'xeon-e3-1230').setValue()
  await nameInput(wrapper).setValue(name)
  await settle()
}

async function order(wrapper: Wrapper) {
  await wrapper.get('form').trigger('submit')
  await settle()
}

describe('DedicatedServerOrderForm', () => {
  it('shows the API’s 402 with the missing amount and a top-up link when the balance dropped meanwhile, and keeps the form', async () => {
    const { wrapper } = await mountForm()
    await choose(wrapper, 'db-1')
    expect(summary(wrapper).get('[role="status"]').text()).toBe('The balance covers it')
    // Another tab spent most of the Dedicated servers balance after the form showed it.
    updateDb((db) => void (db.accounts.find((a) => a.id === ACCOUNT)!.balances.dedicated.money = 1_000_00))
    await order(wrapper)
    const alert = wrapper.get('form [role="alert"]')
    expect(alert.text()).toContain('₽3,050.00 is missing')
    expect(alert.get('a').attributes('href')).toBe('/balance/top-up?balance=dedicated&returnTo=/services/order/dedicated&amount=3050')
    expect(account().services!.some((s) => s.name === 'db-1')).toBe(false)
    expect((nameInput(wrapper).element as HTMLInputElement).value).toBe('db-1')
    expect(checked(wrapper, 'xeon-e3-1230')).toBe(true)
    // The balance is read again: the summary says the same now.
    expect(summary(wrapper).get('[role="status"]').text()).toContain('₽3,050.00 is missing')
  })

  it('retries a failed order with the same Idempotency-Key, debits the period once, clears the draft and opens the server with a confirmation', async () => {
    const { wrapper, router } = await mountForm()
    const keys: (string | null)[] = []
    let fail = true
    server.use(
      http.post('*/api/v1/services/dedicated-servers', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        if (fail) {
          fail = false
          return HttpResponse.error()
        }
        return undefined
      }),
    )
    await choose(wrapper, 'db-1')
    expect(useDedicatedServerDraft().state.value).toMatchObject({ name: 'db-1', location: 'nsk', modelId: 'xeon-e3-1230' })
    await order(wrapper)
    expect(wrapper.get('form [role="alert"]').text()).not.toBe('')
    expect((nameInput(wrapper).element as HTMLInputElement).value).toBe('db-1')

    await order(wrapper)
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    const created = account().services!.filter((s) => s.name === 'db-1')
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({ status: 'creating', pricePerMonthKopecks: 4_050_00 })
    expect(account().balances.dedicated.money).toBe(9_000_00 - 4_050_00)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe(ROUTE.service), { timeout: 5_000 })
    expect(router.currentRoute.value.params.id).toBe(created[0]!.id)
    expect(useNoticesStore().notices).toEqual([expect.objectContaining({ messageKey: 'services.order.created', params: { name: 'db-1' }, tone: 'success' })])
    expect(useDedicatedServerDraft().state.value).toEqual({ name: '', location: 'spb', modelId: '', periodMonths: 1, os: 'ubuntu-24.04' })
  })

  it('puts the API’s field errors on their fields (a model out of stock since the form loaded)', async () => {
    const { wrapper } = await mountForm()
    server.use(
      http.post('*/api/v1/services/dedicated-servers', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Validation failed', status: 422, code: 'validation.failed', errors: { modelId: 'validation.serviceOrder.outOfStock' } },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    await choose(wrapper, 'db-2')
    await order(wrapper)
    expect(configuration(wrapper).attributes('aria-invalid')).toBe('true')
    expect(configuration(wrapper).text()).toContain('This configuration is out of stock in the chosen location.')
    expect(document.activeElement).toBe(radio(wrapper, 'xeon-e3-1230').element)
  })

  it('fills an untouched form with a draft that arrives after it, and keeps what the user has changed', async () => {
    const { wrapper } = await mountForm()
    const settings = useSettingsStore()
    // The user's saved settings arrive after the form (a reload): it takes the draft.
    settings.uiState = { ...settings.uiState, [DRAFT_KEY]: { name: 'from-draft', location: 'msk', modelId: 'epyc-7313p', periodMonths: 6, os: 'debian-12' } }
    await settle()
    expect((nameInput(wrapper).element as HTMLInputElement).value).toBe('from-draft')
    expect(checked(wrapper, 'msk')).toBe(true)
    expect(checked(wrapper, 'epyc-7313p')).toBe(true)
    expect(checked(wrapper, '6')).toBe(true)
    expect(checked(wrapper, 'debian-12')).toBe(true)

    // Once the user has changed something, a draft from elsewhere does not overwrite it.
    await nameInput(wrapper).setValue('typed-here')
    await settle()
    settings.uiState = { ...settings.uiState, [DRAFT_KEY]: { name: 'other-tab', location: 'spb', modelId: '', periodMonths: 1, os: 'ubuntu-24.04' } }
    await settle()
    expect((nameInput(wrapper).element as HTMLInputElement).value).toBe('typed-here')
    expect(checked(wrapper, 'msk')).toBe(true)
  })
})
