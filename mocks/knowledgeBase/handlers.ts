// The knowledge base: plain-text articles in the requested language
// (`?locale=ru|en`, English by default). Public documentation, so no login is needed.
import type { KnowledgeBaseArticle as WireArticle } from '@/api/types'
import { http } from '../kernel/api'
import { publicRoute } from '../kernel/guard'
import { problem } from '../kernel/problems'
import { knowledgeBaseArticles } from './articles'
import { localeOf, searchKnowledgeBase, summaryOf } from './search'

const RELATED_LIMIT = 3

export const knowledgeBaseHandlers = [
  http.get(
    '/knowledge-base',
    publicRoute(({ response, request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? ''
      return response(200).json({ items: searchKnowledgeBase(q.slice(0, 200), localeOf(request)) })
    }),
  ),

  http.get('/knowledge-base/{slug}', publicRoute(({ response, request, params }) => {
    const locale = localeOf(request)
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
