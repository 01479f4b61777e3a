import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { readDb, updateDb } from '@mocks/kernel/db'
import { server } from '@mocks/node'
import BalanceOverviewTab from '@/components/balance/BalanceOverviewTab.vue'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']
const ADMIN = 'business.resident@demo.test'
const button = (wrapper: Wrapper, name: string) => wrapper.findAll('button').find((b) => b.text() === name)
const card = (wrapper: Wrapper, title: string) => wrapper.findAll('section').find((s) => s.get('h2').text() === title)!
const mainMoney = () => readDb().accounts.find((a) => a.id === 'acc-business-res')!.balances.main.money

async function openAndFill(wrapper: Wrapper, amount: string, to = 'cloud') {
  await button(wrapper, 'Transfer')!.trigger('click')
  await settle()
  const dialog = wrapper.get('dialog')
  await dialog.get('input').setValue(amount)
  await dialog.findAll('select')[1]!.setValue(to)
}

async function submit(wrapper: Wrapper) {
  await wrapper.get('dialog form').trigger('submit')
  await settle()
}

describe('BalanceOverviewTab', () => {
  it('shows each balance with its money, bonuses, daily spending and forecast, and the referral balance', async () => {
    const { wrapper } = await mountApp(BalanceOverviewTab, { route: '/balance', as: ADMIN })
    expect(card(wrapper, 'Main balance').text()).toContain('₽48,500.00')
    expect(card(wrapper, 'Main balance').text()).toContain('No active services')
    const cloud = card(wrapper, 'Cloud servers').text()
    expect(cloud).toContain('₽9,850.00')
    expect(cloud).toContain('Bonuses₽1,000.00')
    // Two running cloud servers, 7.20 ₽ + 13.88 ₽ an hour (the 10% discount included): 505.92 ₽ a day;
    // (9 850 + 1 000) / 505.92 = 21 whole days.
    expect(cloud).toContain('Spending per day₽505.92')
    expect(cloud).toContain('Enough for 21 days')
    expect(card(wrapper, 'Referral balance').text()).toContain('₽12,450.00')
    expect(button(wrapper, 'Transfer to main balance')).toBeDefined()
  })

  it('refuses an amount above what the source holds on the field, without asking the API', async () => {
    const { wrapper } = await mountApp(BalanceOverviewTab, { route: '/balance', as: ADMIN })
    let asked = false
    server.use(http.post('*/api/v1/balance/transfers', () => void (asked = true)))
    await openAndFill(wrapper, '48 500,01')
    await submit(wrapper)
    expect(wrapper.get('dialog').text()).toContain('The amount is more than the source balance holds')
    expect(wrapper.get('dialog input').attributes('aria-invalid')).toBe('true')
    expect((wrapper.get('dialog input').element as HTMLInputElement).value).toBe('48 500,01')
    expect(asked).toBe(false)
  })

  it('keeps the form after a failed request and retries it with the same Idempotency-Key, transferring once', async () => {
    const { wrapper } = await mountApp(BalanceOverviewTab, { route: '/balance', as: ADMIN })
    const keys: (string | null)[] = []
    let fail = true
    server.use(
      http.post('*/api/v1/balance/transfers', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        if (fail) {
          fail = false
          return HttpResponse.error()
        }
        return undefined
      }),
    )
    await openAndFill(wrapper, '1000')
    await submit(wrapper)
    expect(wrapper.get('dialog [role="alert"]').text()).not.toBe('')
    expect((wrapper.get('dialog input').element as HTMLInputElement).value).toBe('1000')
    expect(mainMoney()).toBe(4_850_000)

    await submit(wrapper)
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    expect(mainMoney()).toBe(4_850_000 - 1_000_00)
    expect(wrapper.text()).toContain('₽1,000.00 transferred from Main balance to Cloud servers.')
    expect(card(wrapper, 'Cloud servers').text()).toContain('₽10,850.00')

    // The next transfer is a new submission with a key of its own.
    await openAndFill(wrapper, '1000')
    await submit(wrapper)
    expect(keys).toHaveLength(3)
    expect(keys[2]).not.toBe(keys[0])
    expect(mainMoney()).toBe(4_850_000 - 2_000_00)
  })

  it('says the balances changed when they did meanwhile (409), reloads them and keeps the form', async () => {
    const { wrapper } = await mountApp(BalanceOverviewTab, { route: '/balance', as: ADMIN })
    await openAndFill(wrapper, '1000')
    // A payment lands while the dialog is open.
    updateDb((db) => {
      const account = db.accounts.find((a) => a.id === 'acc-business-res')!
      account.balances.main.money += 500_00
      account.balanceVersion += 1
    })
    await submit(wrapper)
    expect(wrapper.get('dialog [role="alert"]').text()).toContain('The balance changed while you were filling in the form')
    expect((wrapper.get('dialog input').element as HTMLInputElement).value).toBe('1000')
    expect(wrapper.get('dialog').text()).toContain('Available to transfer: ₽49,000.00')
    expect(mainMoney()).toBe(4_900_000)

    await submit(wrapper)
    expect(wrapper.find('dialog [role="alert"]').exists()).toBe(false)
    expect(mainMoney()).toBe(4_900_000 - 1_000_00)
  })
})
