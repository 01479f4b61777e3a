import { describe, expect, it, vi } from 'vitest'
import KnowledgeBaseArticleView from '@/views/KnowledgeBaseArticleView.vue'
import KnowledgeBaseView from '@/views/KnowledgeBaseView.vue'
import { mountApp, settle } from '../helpers/mountApp'

describe('KnowledgeBaseView', () => {
  it('lists the articles by topic', async () => {
    const { wrapper } = await mountApp(KnowledgeBaseView, { route: '/knowledge-base', as: 'business.resident@demo.test' })
    const topics = wrapper.findAll('h2').map((h) => h.text())
    expect(topics).toEqual(['Getting started and support', 'Balance and payments', 'Profile', 'Security', 'Users', 'Panel settings', 'Referral program'])
    expect(wrapper.findAll('.kb-list__item').length).toBeGreaterThanOrEqual(10)
  })

  it('searches as the user types and keeps the query in the address', async () => {
    const { wrapper, router } = await mountApp(KnowledgeBaseView, { route: '/knowledge-base', as: 'business.resident@demo.test', locale: 'ru' })
    await wrapper.get('input[type="search"]').setValue('реферальная ссылка')
    await vi.waitFor(() => expect(router.currentRoute.value.query.q).toBe('реферальная ссылка'))
    await settle()
    expect(wrapper.get('[role="status"]').text()).toMatch(/^Найден.* по запросу «реферальная ссылка»/)
    expect(wrapper.find('.kb-list__title').text()).toBe('Реферальная программа')
  })

  it('says when nothing is found and offers a ticket', async () => {
    const { wrapper } = await mountApp(KnowledgeBaseView, { route: '/knowledge-base?q=hypervisor', as: 'business.resident@demo.test' })
    expect(wrapper.text()).toContain('Nothing found for “hypervisor”.')
    expect(wrapper.findAll('a').some((a) => a.text() === 'Create ticket')).toBe(true)
  })
})

describe('KnowledgeBaseArticleView', () => {
  it('shows the article with a heading per section', async () => {
    const { wrapper } = await mountApp(KnowledgeBaseArticleView, { route: '/knowledge-base/referral-program', as: 'business.resident@demo.test' })
    expect(wrapper.get('h1').text()).toBe('Referral program')
    expect(wrapper.findAll('.kb-article h2').map((h) => h.text())).toEqual(['How the program works', 'The reward', 'Payment and withdrawal', 'Request to participate'])
    expect(wrapper.text()).toContain('Did not find the answer?')
  })

  it('says when there is no such article', async () => {
    const { wrapper } = await mountApp(KnowledgeBaseArticleView, { route: '/knowledge-base/nope', as: 'business.resident@demo.test' })
    expect(wrapper.get('h1').text()).toBe('Article not found')
  })
})
