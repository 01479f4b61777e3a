import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from '@mocks/node'
import { referralApi } from '@/api/referral'
import { REFERRAL_REVIEW_DELAY_MS } from '@mocks/kernel/qaSettings'
import ReferralView from '@/views/ReferralView.vue'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const field = (wrapper: Wrapper, label: string) => wrapper.get(`#${wrapper.findAll('label').find((l) => l.text() === label)!.attributes('for')}`)
const value = (wrapper: Wrapper, label: string) => (field(wrapper, label).element as HTMLInputElement).value

async function fill(wrapper: Wrapper, url: string) {
  await field(wrapper, 'Site or channel URL').setValue(url)
  await field(wrapper, 'Audience').setValue('Backend developers, about 8 000 subscribers.')
  await field(wrapper, 'How you will promote our services').setValue('Weekly posts with hosting tips and the link.')
  await wrapper.get('input[type="checkbox"]').setValue(true)
}

afterEach(() => vi.useRealTimers())

describe('ReferralView', () => {
  it('states the terms with the numbers formatted for the language', async () => {
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'personal.resident@demo.test', locale: 'ru' })
    const text = wrapper.text().replace(/\s/g, ' ')
    expect(text).toContain('Вознаграждение — 10 % от расходов')
    expect(text).toContain('15 % — за месяц, в котором их расходы превысили 1 000 000 ₽')
    expect(text).toContain('до 15-го числа следующего месяца')
    expect(text).toContain('от 10 000 ₽')
  })

  it('marks an invalid URL and a missing consent on their fields and keeps what was typed', async () => {
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'personal.resident@demo.test' })
    await fill(wrapper, 'my-blog.example')
    await wrapper.get('input[type="checkbox"]').setValue(false)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(field(wrapper, 'Site or channel URL').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Enter a web address starting with http:// or https://')
    expect(wrapper.text()).toContain('Agree to the program terms to send the request.')
    expect(value(wrapper, 'Site or channel URL')).toBe('my-blog.example')
    expect(value(wrapper, 'Audience')).toBe('Backend developers, about 8 000 subscribers.')
    expect((await referralApi.get()).status).toBe('none')
  })

  it('keeps the input when sending fails', async () => {
    server.use(http.post('*/api/v1/referral/request', () => HttpResponse.error()))
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'personal.resident@demo.test' })
    await fill(wrapper, 'https://my-blog.example')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toContain('Could not reach the server')
    expect(value(wrapper, 'Site or channel URL')).toBe('https://my-blog.example')
  })

  it('shows the request sent meanwhile from another tab when the second one is refused', async () => {
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'personal.resident@demo.test' })
    await referralApi.request({ url: 'https://other-tab.example', audience: 'Backend developers, about 8 000 subscribers.', promotion: 'Weekly posts with hosting tips and the link.', consent: true })
    await fill(wrapper, 'https://my-blog.example')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.text()).toContain('Under review')
    expect(wrapper.text()).toContain('https://other-tab.example')
  })

  it('shows the request under review, then the personal link once the program approves it', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'personal.resident@demo.test' })
    await fill(wrapper, 'https://my-blog.example')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.text()).toContain('Under review')
    expect(wrapper.text()).toContain('https://my-blog.example')
    expect(wrapper.find('form').exists()).toBe(false)

    vi.setSystemTime(Date.now() + REFERRAL_REVIEW_DELAY_MS)
    vi.advanceTimersByTime(3_000)
    await settle()
    expect(wrapper.text()).toContain('Approved')
    const link = field(wrapper, 'Referral link')
    expect((link.element as HTMLInputElement).value).toMatch(/\/register\?ref=[A-Z0-9]{10}$/)
    expect(wrapper.text()).toContain('No referrals yet.')
  })

  it('copies the referral link and shows the referrals’ statistics', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'business.resident@demo.test' })
    await wrapper.findAll('button').find((b) => b.text() === 'Copy link')!.trigger('click')
    await settle()
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/register\?ref=DEVOPS7K2Q$/))
    expect(wrapper.text()).toContain('The link has been copied.')
    const october = wrapper.findAll('tbody tr').find((r) => r.text().includes('October 2026'))
    expect(october?.findAll('td').map((c) => c.text())).toEqual(['₽1,230,000.00', '15%', '₽184,500.00', 'November 10, 2026'])
  })

  it('starts each month row with a capital in Russian and keeps the money columns right-aligned', async () => {
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'business.resident@demo.test', locale: 'ru' })
    const months = wrapper.findAll('tbody th').map((th) => th.text())
    expect(months).toContain('Октябрь 2026 г.')
    expect(months.every((month) => month.charAt(0) === month.charAt(0).toLocaleUpperCase('ru'))).toBe(true)
    const october = wrapper.findAll('tbody tr').find((r) => r.text().includes('Октябрь 2026'))!
    expect(october.findAll('td').slice(0, 3).every((cell) => cell.classes('data-table__num'))).toBe(true)
  })

  it('tells a user who is not the main administrator who can apply', async () => {
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'user.business.resident@demo.test' })
    // This account already takes part, so the user sees the link; a new account shows the note.
    expect(wrapper.text()).toContain('Your referral link')
    server.use(http.get('*/api/v1/referral', () => HttpResponse.json({ status: 'none', request: null, link: null, stats: null, canApply: false })))
    const other = await mountApp(ReferralView, { route: '/referral', as: 'user.business.resident@demo.test' })
    expect(other.wrapper.text()).toContain('Only the main administrator of the account can send a request')
    expect(other.wrapper.find('form').exists()).toBe(false)
  })
})
