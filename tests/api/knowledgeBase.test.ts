import { describe, expect, it } from 'vitest'
import { ApiError, setAuthToken } from '@/api/client'
import { helpApi } from '@/api/help'
import { knowledgeBaseApi } from '@/api/knowledgeBase'
import { loginAs } from '../helpers/mountApp'

describe('mock API: knowledge base', () => {
  it('lists every article in the requested language without a query, no login needed', async () => {
    setAuthToken(null)
    const en = await knowledgeBaseApi.search('', 'en')
    const ru = await knowledgeBaseApi.search('', 'ru')
    expect(en.length).toBeGreaterThanOrEqual(10)
    expect(ru.map((a) => a.slug).sort()).toEqual(en.map((a) => a.slug).sort())
    expect(ru.find((a) => a.slug === 'create-ticket')?.title).toBe('Как создать тикет и получить ответ поддержки')
  })

  it.each([
    ['en', 'referral reward', 'referral-program'],
    ['en', 'API keys', 'api-keys'],
    ['en', 'invoices', 'billing-documents'],
    ['en', 'two-step', 'two-step-authentication'],
    ['ru', 'реферальная ссылка', 'referral-program'],
    ['ru', 'тикеты', 'create-ticket'],
    ['ru', 'Пароля', 'change-password'],
  ] as const)('in %s, "%s" finds %s first', async (locale, q, slug) => {
    const results = await knowledgeBaseApi.search(q, locale)
    expect(results[0]?.slug).toBe(slug)
  })

  it('finds words of the text, not only of the title', async () => {
    // "hypervisor" is nowhere; "courier" is only in the text about originals of billing documents.
    expect(await knowledgeBaseApi.search('hypervisor', 'en')).toEqual([])
    expect((await knowledgeBaseApi.search('courier', 'en')).map((a) => a.slug)).toContain('original-billing-documents')
  })

  it('returns an article with its sections and related articles of the same topic', async () => {
    const article = await knowledgeBaseApi.article('change-password', 'ru')
    expect(article.title).toMatch(/[А-Яа-я]/)
    expect(article.sections.length).toBeGreaterThanOrEqual(3)
    expect(article.sections.every((s) => s.heading.trim() && s.paragraphs.length > 0)).toBe(true)
    // `every` holds for an empty list too: there must be related articles to check.
    expect(article.related.length).toBeGreaterThan(0)
    expect(article.sections[0]?.heading).toMatch(/[А-Яа-я]/)
    expect(article.related.every((r) => r.topic === 'security' && r.slug !== 'change-password')).toBe(true)
  })

  it('answers 404 for an unknown article', async () => {
    const error = (await knowledgeBaseApi.article('no-such-article', 'en').catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(404)
    expect(error.code).toBe('knowledgeBase.notFound')
  })
})

describe('mock API: context help', () => {
  it('gives each page its own help with links to the related articles, in both languages', async () => {
    const tickets = await helpApi.forRoute('tickets', 'en')
    expect(tickets.title).toBe('Tickets')
    expect(tickets.paragraphs.length).toBeGreaterThanOrEqual(2)
    expect(tickets.articles.map((a) => a.slug)).toEqual(['create-ticket', 'control-panel-overview'])
    const referral = await helpApi.forRoute('referral', 'ru')
    expect(referral.title).toBe('Реферальная программа')
    expect(referral.articles[0]?.title).toBe('Реферальная программа')
  })

  it('offers a resident business account no GDPR article, and a non-resident one the GDPR article', async () => {
    await loginAs('business.resident@demo.test')
    const resident = (await helpApi.forRoute('profile', 'en')).articles.map((a) => a.slug)
    expect(resident).not.toContain('gdpr')
    expect(resident).toContain('change-profile-data')
    await loginAs('business.nonresident@demo.test')
    expect((await helpApi.forRoute('profile', 'ru')).articles.map((a) => a.slug)).toContain('gdpr')
  })

  it('offers the article on original billing documents only to the accounts that have the block', async () => {
    const slugsFor = async (email: string) => {
      await loginAs(email)
      return (await helpApi.forRoute('balance-documents', 'en')).articles.map((a) => a.slug)
    }
    expect(await slugsFor('sole.resident@demo.test')).toEqual(['billing-documents', 'original-billing-documents'])
    expect(await slugsFor('personal.resident@demo.test')).toEqual(['billing-documents'])
    expect(await slugsFor('business.nonresident@demo.test')).toEqual(['billing-documents'])
  })

  it('lists every related article without a session, or with one that is no longer valid, and never answers 401', async () => {
    setAuthToken(null)
    expect((await helpApi.forRoute('profile', 'en')).articles.map((a) => a.slug)).toContain('gdpr')
    setAuthToken('not-a-session')
    expect((await helpApi.forRoute('profile', 'en')).articles.map((a) => a.slug)).toContain('gdpr')
  })

  it('answers 404 for a page without help', async () => {
    const error = (await helpApi.forRoute('not-found', 'en').catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(404)
    expect((await helpApi.forRoute('constructor', 'en').catch((e: unknown) => e)) as ApiError).toMatchObject({ status: 404 })
  })
})
