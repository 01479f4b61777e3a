// Every support screen when the API fails: the failure is announced (role="alert") in the user's
// language with the reason, and "Try again" loads the data once the API answers again.
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import HelpContextPanel from '@/components/help/HelpContextPanel.vue'
import { useHelpStore } from '@/stores/help'
import KnowledgeBaseView from '@/views/KnowledgeBaseView.vue'
import ReferralView from '@/views/ReferralView.vue'
import TicketsView from '@/views/TicketsView.vue'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const UNAVAILABLE = { type: 'about:blank', title: 'Unavailable', status: 503, code: 'server.unavailable' }

/** The next request to `path` (GET) fails with 503; the ones after it reach the mock API again. */
function failOnce(path: string) {
  server.use(http.get(`*/api/v1${path}`, () => HttpResponse.json(UNAVAILABLE, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }))
}

async function retry(wrapper: Wrapper, label: string) {
  await wrapper.findAll('[role="alert"] button').find((b) => b.text() === label)!.trigger('click')
  await settle()
}

describe('support screens when the API fails', () => {
  it('tickets: says so in Russian, and the retry shows the list', async () => {
    failOnce('/tickets')
    const { wrapper } = await mountApp(TicketsView, { route: '/tickets', as: 'business.resident@demo.test', locale: 'ru' })
    expect(wrapper.get('[role="alert"]').text()).toContain('Не удалось загрузить тикеты. Сервис временно недоступен.')
    expect(wrapper.findAll('tbody tr')).toHaveLength(0)
    await retry(wrapper, 'Повторить')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
  })

  it('knowledge base: says so, and the retry shows the articles', async () => {
    failOnce('/knowledge-base')
    const { wrapper } = await mountApp(KnowledgeBaseView, { route: '/knowledge-base', as: 'business.resident@demo.test' })
    expect(wrapper.get('[role="alert"]').text()).toContain('Could not load the articles. The service is temporarily unavailable.')
    await retry(wrapper, 'Try again')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.findAll('.kb-list__item').length).toBeGreaterThanOrEqual(10)
  })

  it('context help: says so inside the panel, and the retry shows the page’s help', async () => {
    failOnce('/help/:route')
    const { wrapper } = await mountApp(HelpContextPanel, { route: '/tickets', as: 'business.resident@demo.test' })
    useHelpStore().open()
    await settle()
    expect(wrapper.get('aside [role="alert"]').text()).toContain('Could not load the help for this page.')
    await retry(wrapper, 'Try again')
    expect(wrapper.get('aside').text()).toContain('All requests to support are listed here')
  })

  it('referral program: says so, and the retry shows the request form', async () => {
    failOnce('/referral')
    const { wrapper } = await mountApp(ReferralView, { route: '/referral', as: 'personal.resident@demo.test' })
    expect(wrapper.get('[role="alert"]').text()).toContain('Could not load the referral program.')
    expect(wrapper.find('form').exists()).toBe(false)
    await retry(wrapper, 'Try again')
    expect(wrapper.find('form').exists()).toBe(true)
  })
})
