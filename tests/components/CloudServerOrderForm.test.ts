import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { readDb, updateDb } from '@mocks/kernel/db'
import { server } from '@mocks/node'
import CloudServerOrderForm from '@/components/services/order/CloudServerOrderForm.vue'
import { useCloudServerDraft } from '@/composables/useServiceOrderDrafts'
import { ROUTE } from '@/router/names'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']
const PERSONAL = 'personal.resident@demo.test'
const ACCOUNT = 'acc-personal-res'

/** The text input labelled `label`. */
function input(wrapper: Wrapper, label: string) {
  const labelElement = wrapper.findAll('label').find((l) => l.text() === label)!
  return wrapper.get(`#${labelElement.attributes('for')}`)
}
const summary = (wrapper: Wrapper) => wrapper.findAll('section').find((s) => s.get('h2').text() === 'Cost')!
const services = () => readDb().accounts.find((a) => a.id === ACCOUNT)!.services ?? []

async function mountForm() {
  const mounted = await mountApp(CloudServerOrderForm, { route: { name: ROUTE.orderCloudServer }, as: PERSONAL })
  await settle()
  return mounted
}

async function fill(wrapper: Wrapper, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await input(wrapper, label).setValue(value)
  await settle()
}

async function order(wrapper: Wrapper) {
  await wrapper.get('form').trigger('submit')
  await settle()
}

describe('CloudServerOrderForm', () => {
  it('prices the configuration with the catalogue and says whether the Cloud servers balance covers the first day', async () => {
    const { wrapper } = await mountForm()
    // 2 vCPU × 600 ₽ + 4 GB × 300 ₽ + 40 GB SSD × 12 ₽ in Saint Petersburg.
    expect(summary(wrapper).text()).toContain('Per month₽2,880.00')
    expect(summary(wrapper).text()).toContain('Per hour₽4.00')
    expect(summary(wrapper).text()).toContain('Money and bonuses₽420.00')
    expect(summary(wrapper).get('[role="status"]').text()).toBe('The balance covers it')

    await fill(wrapper, { vCPU: '8', 'RAM, GB': '32' })
    expect(summary(wrapper).text()).toContain('Per month₽14,880.00')
    expect(summary(wrapper).get('[role="status"]').text()).toContain('₽76.08 is missing')
    const link = summary(wrapper).get('a')
    expect(link.text()).toBe('Top up the balance')
    expect(link.attributes('href')).toBe('/balance/top-up?balance=cloud&returnTo=/services/order/cloud&amount=77')
  })

  it('prices exactly what the order rules accept: no price while one fails, a price once the fields pass', async () => {
    const { wrapper } = await mountForm()
    await fill(wrapper, { 'RAM, GB': '17' })
    expect(summary(wrapper).text()).toContain('Complete the configuration to see the price.')
    // "3.0" is the whole number 3 to the rules (and to the API): no message on the field, so a price.
    await fill(wrapper, { vCPU: '3.0' })
    expect(summary(wrapper).text()).not.toContain('Complete the configuration')
    expect(summary(wrapper).text()).toContain('Per month₽7,380.00')
  })

  it('refuses what the balance cannot cover before asking the API, and keeps the form', async () => {
    const { wrapper } = await mountForm()
    let asked = false
    server.use(http.post('*/api/v1/services/cloud-servers', () => void (asked = true)))
    await fill(wrapper, { vCPU: '8', 'RAM, GB': '32', Name: 'big-one' })
    await order(wrapper)
    expect(asked).toBe(false)
    expect(wrapper.get('form [role="alert"]').text()).toContain('does not cover it: ₽76.08 is missing')
    expect((input(wrapper, 'Name').element as HTMLInputElement).value).toBe('big-one')
  })

  it('shows the API’s 402 with the missing amount and a top-up link when the balance dropped meanwhile', async () => {
    const { wrapper } = await mountForm()
    // Another tab spent the money after the form showed the balance.
    updateDb((db) => void (db.accounts.find((a) => a.id === ACCOUNT)!.balances.cloud.money = 50_00))
    await fill(wrapper, { Name: 'web-1' })
    await order(wrapper)
    const alert = wrapper.get('form [role="alert"]')
    expect(alert.text()).toContain('₽46.00 is missing')
    expect(alert.get('a').attributes('href')).toBe('/balance/top-up?balance=cloud&returnTo=/services/order/cloud&amount=46')
    expect(services().some((s) => s.name === 'web-1')).toBe(false)
    // The balance is read again: the summary says the same now.
    expect(summary(wrapper).get('[role="status"]').text()).toContain('₽46.00 is missing')
  })

  it('retries a failed order with the same Idempotency-Key, orders once, clears the draft and opens the server', async () => {
    const { wrapper, router } = await mountForm()
    const keys: (string | null)[] = []
    let fail = true
    server.use(
      http.post('*/api/v1/services/cloud-servers', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        if (fail) {
          fail = false
          return HttpResponse.error()
        }
        return undefined
      }),
    )
    await fill(wrapper, { vCPU: '4', Name: 'web-1' })
    expect(useCloudServerDraft().state.value).toMatchObject({ name: 'web-1', vcpu: '4' })
    await order(wrapper)
    expect(wrapper.get('form [role="alert"]').text()).not.toBe('')
    expect((input(wrapper, 'Name').element as HTMLInputElement).value).toBe('web-1')

    await order(wrapper)
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    const created = services().filter((s) => s.name === 'web-1')
    expect(created).toHaveLength(1)
    // The server's page loads lazily.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe(ROUTE.service), { timeout: 5_000 })
    expect(router.currentRoute.value.params.id).toBe(created[0]!.id)
    expect(useCloudServerDraft().state.value).toMatchObject({ name: '', vcpu: 2 })
  })

  it('puts the API’s field errors on their fields', async () => {
    const { wrapper } = await mountForm()
    server.use(
      http.post('*/api/v1/services/cloud-servers', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Validation failed', status: 422, code: 'validation.failed', errors: { name: 'validation.serviceOrder.nameTaken' } },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    await fill(wrapper, { Name: 'web-2' })
    await order(wrapper)
    expect(input(wrapper, 'Name').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('A service with this name already exists in the account.')
  })
})
