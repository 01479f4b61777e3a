import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import ServicesTab from '@/components/services/ServicesTab.vue'
import { server } from '@mocks/node'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const ADMIN = 'business.resident@demo.test'
const row = (wrapper: Wrapper, name: string) => wrapper.findAll('tbody tr').find((r) => r.get('th').text() === name)!
const button = (scope: Pick<Wrapper, 'findAll'>, name: string) => scope.findAll('button').find((b) => b.text() === name)!
const dialog = () => document.querySelector('dialog[open]') as HTMLDialogElement | null

describe('ServicesTab', () => {
  it('lists every service of the account with its type, configuration, status, price, balance and date', async () => {
    const { wrapper } = await mountApp(ServicesTab, { route: '/services', as: ADMIN })
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Name', 'Type', 'Configuration', 'Status', 'Price per month', 'Balance', 'Since', 'Actions'])
    expect(wrapper.findAll('tbody tr')).toHaveLength(6)
    const web = row(wrapper, 'web-prod-1')
    expect(web.get('a').attributes('href')).toBe('/services/svc-1')
    expect(web.findAll('td').map((td) => td.text()).slice(0, 5)).toEqual([
      'Cloud server',
      '4 vCPU, 8 GB RAM, 80 GB SSD, Ubuntu 24.04, Saint Petersburg',
      'Active',
      expect.stringMatching(/^₽[\d,]+\.\d\d$/),
      'Cloud servers',
    ])
    expect(row(wrapper, 'staging').text()).toContain('Stopped')
    expect(button(row(wrapper, 'staging'), 'Start staging')).toBeTruthy()
    expect(row(wrapper, 'db-main').findAll('td')[4]!.text()).toBe('Dedicated servers')
  })

  it('keeps "Delete" disabled until the typed name matches, then removes the service', async () => {
    const { wrapper } = await mountApp(ServicesTab, { route: '/services', as: ADMIN })
    await button(row(wrapper, 'backups'), 'Delete backups').trigger('click')
    await settle()
    const open = dialog()!
    expect(open.getAttribute('aria-labelledby')).toBeTruthy()
    const submit = [...open.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete')!
    const input = open.querySelector('input')!
    expect(submit.disabled).toBe(true)
    input.value = 'backup'
    input.dispatchEvent(new Event('input'))
    await settle()
    expect(submit.disabled).toBe(true)
    input.value = 'backups'
    input.dispatchEvent(new Event('input'))
    await settle()
    expect(submit.disabled).toBe(false)
    submit.click()
    await settle()
    expect(wrapper.findAll('tbody tr').map((r) => r.get('th').text())).not.toContain('backups')
    expect(wrapper.get('[role="status"].service-messages').text()).toBe('backups is deleted.')
    wrapper.unmount()
  })

  it('says how much a refused start is missing and links to topping up that balance', async () => {
    server.use(
      http.post('*/api/v1/services/svc-7/start', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'service.insufficientBalance', status: 402, code: 'service.insufficientBalance', missingKopecks: 12_345 },
          { status: 402, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { wrapper } = await mountApp(ServicesTab, { route: '/services', as: ADMIN })
    await button(row(wrapper, 'staging'), 'Start staging').trigger('click')
    await settle()
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('Could not start staging.')
    expect(alert.text()).toContain('₽123.45 is missing')
    expect(alert.get('a').attributes('href')).toBe('/balance/top-up?balance=cloud&amount=124')
    expect(alert.get('a').text()).toBe('Top up the Cloud servers balance')
    expect(row(wrapper, 'staging').text()).toContain('Stopped')
  })

  it('shows a failed load with "Try again", and the list once the API answers', async () => {
    server.use(http.get('*/api/v1/services', () => HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'server.unavailable' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }))
    const { wrapper } = await mountApp(ServicesTab, { route: '/services', as: ADMIN })
    expect(wrapper.get('[role="alert"]').text()).toContain('Could not load the services.')
    await button(wrapper, 'Try again').trigger('click')
    await settle()
    expect(wrapper.findAll('tbody tr')).toHaveLength(6)
  })

  it('says there are no services yet and offers both orders', async () => {
    const { wrapper } = await mountApp(ServicesTab, { route: '/services', as: 'personal.nonresident@demo.test' })
    expect(wrapper.text()).toContain('No services yet')
    expect(wrapper.findAll('a').map((a) => a.text())).toEqual(expect.arrayContaining(['Order cloud server', 'Order dedicated server']))
    expect(wrapper.find('table').exists()).toBe(false)
  })
})
