import { describe, expect, it } from 'vitest'
import { updateDb } from '@mocks/kernel/db'
import ServicePage from '@/components/services/ServicePage.vue'
import { mountApp } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const ADMIN = 'business.resident@demo.test'
/** The definition list as { term: description }. */
const facts = (wrapper: Wrapper) => Object.fromEntries(wrapper.findAll('dl > div').map((pair) => [pair.get('dt').text(), pair.get('dd').text()]))

describe('ServicePage', () => {
  it('shows a cloud server: what it is, its prices, its balance, its cost this month and its charges', async () => {
    const { wrapper } = await mountApp(ServicePage, { route: '/services/svc-1', as: ADMIN })
    expect(wrapper.get('h2').text()).toBe('web-prod-1')
    expect(facts(wrapper)).toMatchObject({
      Type: 'Cloud server',
      Configuration: '4 vCPU, 8 GB RAM, 80 GB SSD, Ubuntu 24.04, Saint Petersburg',
      Region: 'Saint Petersburg',
      'Price per month': expect.stringMatching(/^₽[\d,]+\.\d\d$/),
      'Price per hour': expect.stringMatching(/^₽[\d,]+\.\d\d$/),
      'Paid from balance': 'Cloud servers',
    })
    expect(facts(wrapper)).not.toHaveProperty('Paid until')
    expect(wrapper.text()).toContain('Cost this month')
    const charges = wrapper.findAll('.service-charges tbody tr')
    expect(charges.length).toBeGreaterThan(0)
    expect(charges.every((r) => r.text().includes('Charge') && r.text().includes('−₽'))).toBe(true)
  })

  it('shows a prepaid dedicated server with its billing period and the date it is paid until', async () => {
    const { wrapper } = await mountApp(ServicePage, { route: '/services/svc-9', as: ADMIN })
    expect(facts(wrapper)).toMatchObject({ Location: 'Moscow', 'Billing period': '1 month', 'Paid from balance': 'Dedicated servers', 'Paid until': expect.any(String) })
    expect(facts(wrapper)).not.toHaveProperty('Price per hour')
  })

  it('words a dedicated server’s cores with the Russian plural', async () => {
    updateDb((db) => {
      const configuration = db.accounts.find((a) => a.id === 'acc-business-res')!.services!.find((s) => s.id === 'svc-9')!.configuration
      if (configuration.kind === 'dedicated') configuration.cores = 4
    })
    const { wrapper } = await mountApp(ServicePage, { route: '/services/svc-9', as: ADMIN, locale: 'ru' })
    expect(facts(wrapper)['Конфигурация']).toContain('Intel Xeon E-2236 (4 ядра), 32 ГБ RAM')
  })

  it('says plainly when there is no such service (another account’s included)', async () => {
    const { wrapper } = await mountApp(ServicePage, { route: '/services/svc-3', as: ADMIN })
    expect(wrapper.get('h2').text()).toBe('This service was not found')
    expect(wrapper.get('a').text()).toBe('Back to services')
    expect(wrapper.find('dl').exists()).toBe(false)
  })
})
