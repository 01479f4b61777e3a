import { describe, it, expect } from 'vitest'
import { knowledgeBaseArticles } from '../../mocks/knowledgeBase/articles'
import type { KnowledgeBaseArticleText, Locale } from '../../mocks/knowledgeBase/articles'
import { contextHelp } from '../../mocks/help/content'
import { ROUTE } from '@/router/names'

const LOCALES: Locale[] = ['en', 'ru']

// Every page has its help; the not-found page is the only one without.
const ROUTE_NAMES = Object.values(ROUTE).filter((name) => name !== ROUTE.notFound)

/** Every string an article text holds, to scan for markup. */
function stringsOf(text: KnowledgeBaseArticleText): string[] {
  return [text.title, text.summary, ...text.keywords, ...text.sections.flatMap((s) => [s.heading, ...s.paragraphs])]
}

const articleCases = knowledgeBaseArticles.map((a) => [a.slug, a] as const)

describe('knowledgeBaseArticles', () => {
  it('holds at least 10 articles', () => {
    expect(knowledgeBaseArticles.length).toBeGreaterThanOrEqual(10)
  })

  it('has unique kebab-case slugs', () => {
    const slugs = knowledgeBaseArticles.map((a) => a.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it.each(articleCases)('%s has an ISO revision date', (_slug, article) => {
    expect(article.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}/)
    expect(Number.isNaN(Date.parse(article.updatedAt))).toBe(false)
  })

  it.each(articleCases)('%s has complete English and Russian text', (_slug, article) => {
    for (const locale of LOCALES) {
      const text = article.text[locale]
      expect(text.title.trim()).not.toBe('')
      expect(text.summary.trim()).not.toBe('')
      expect(text.keywords.length).toBeGreaterThan(0)
      expect(text.sections.length).toBeGreaterThanOrEqual(3)
      for (const section of text.sections) {
        expect(section.heading.trim()).not.toBe('')
        expect(section.paragraphs.length).toBeGreaterThan(0)
        for (const p of section.paragraphs) expect(p.trim()).not.toBe('')
      }
    }
  })

  it.each(articleCases)('%s contains no HTML', (_slug, article) => {
    for (const locale of LOCALES) {
      for (const s of stringsOf(article.text[locale])) expect(s).not.toContain('<')
    }
  })
})

describe('contextHelp', () => {
  const slugs = new Set(knowledgeBaseArticles.map((a) => a.slug))

  it.each(ROUTE_NAMES)('has an entry for the route %s', (route) => {
    const entry = contextHelp[route]
    expect(entry).toBeDefined()
    for (const locale of LOCALES) {
      expect(entry?.text[locale].title.trim()).not.toBe('')
      expect(entry?.text[locale].paragraphs.length).toBeGreaterThanOrEqual(2)
    }
  })

  it.each(Object.entries(contextHelp))('%s links only to existing articles', (_route, entry) => {
    expect(entry.articleSlugs.length).toBeGreaterThan(0)
    for (const slug of entry.articleSlugs) expect(slugs.has(slug), slug).toBe(true)
  })

  it.each(Object.entries(contextHelp))('%s contains no HTML', (_route, entry) => {
    for (const locale of LOCALES) {
      const { title, paragraphs } = entry.text[locale]
      for (const s of [title, ...paragraphs]) expect(s).not.toContain('<')
    }
  })
})
