// The knowledge base: plain-text articles in the requested language
// (`?locale=ru|en`, English by default). Public documentation, so no login is needed. The
// articles load on the first request (./load.ts), not with the mock.
import type { KnowledgeBaseArticle as WireArticle } from '@/api/types'
import { http } from '../kernel/api'
import { publicRoute } from '../kernel/guard'
import { problem } from '../kernel/problems'
import { loadKnowledgeBaseArticles } from './load'
import { localeOf, searchKnowledgeBase, summaryOf } from './search'

const RELATED_LIMIT = 3

export const knowledgeBaseHandlers = [
  http.get(
    '/knowledge-base',
    publicRoute(async ({ response, request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? ''
      const articles = await loadKnowledgeBaseArticles()
      return response(200).json({ items: searchKnowledgeBase(articles, q.slice(0, 200), localeOf(request)) })
    }),
  ),

  http.get('/knowledge-base/{slug}', publicRoute(async ({ response, request, params }) => {
    const locale = localeOf(request)
    const knowledgeBaseArticles = await loadKnowledgeBaseArticles()
    const article = knowledgeBaseArticles.find((a) => a.slug === params.slug)
    if (!article) return problem(404, 'knowledgeBase.notFound')
    const text = article.text[locale]
    const body: WireArticle = {
      ...summaryOf(article, locale),
      sections: text.sections.map((s) => ({ heading: s.heading, paragraphs: [...s.paragraphs] })),
      related: knowledgeBaseArticles
        .filter((a) => a.topic === article.topic && a.slug !== article.slug)
        .slice(0, RELATED_LIMIT)
        .map((a) => summaryOf(a, locale)),
    }
    return response(200).json(body)
  })),
]
