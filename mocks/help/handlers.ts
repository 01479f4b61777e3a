// Context help of every page, by the route name the app uses (`home`, `tickets`,
// `profile-security`…), with the related knowledge-base articles. No login needed, like the
// knowledge base; with a valid session, only the articles that concern the account (its type,
// residency and the user's role: no GDPR article for a resident). The texts and the articles load
// on the first request (./load.ts, ../knowledgeBase/load.ts), not with the mock.
import type { ContextHelp } from '@/api/types'
import { http } from '../kernel/api'
import { optionalAuth } from '../kernel/auth'
import { publicRoute } from '../kernel/guard'
import { problem } from '../kernel/problems'
import { loadKnowledgeBaseArticles } from '../knowledgeBase/load'
import { concernsReader, localeOf, summaryOf } from '../knowledgeBase/search'
import { loadContextHelp } from './load'

export const helpHandlers = [
  http.get('/help/{routeName}', publicRoute(async ({ response, request, params }) => {
    const locale = localeOf(request)
    const routeName = String(params.routeName)
    const [contextHelp, knowledgeBaseArticles] = await Promise.all([loadContextHelp(), loadKnowledgeBaseArticles()])
    const entry = Object.hasOwn(contextHelp, routeName) ? contextHelp[routeName] : undefined
    if (!entry) return problem(404, 'help.notFound')
    const ctx = await optionalAuth(request)
    const reader = ctx && { accountType: ctx.account.type, residency: ctx.account.residency, role: ctx.user.role }
    const body: ContextHelp = {
      routeName,
      title: entry.text[locale].title,
      paragraphs: [...entry.text[locale].paragraphs],
      articles: entry.articleSlugs.flatMap((slug) => {
        const article = knowledgeBaseArticles.find((a) => a.slug === slug)
        return article && (!reader || concernsReader(article, reader)) ? [summaryOf(article, locale)] : []
      }),
    }
    return response(200).json(body)
  })),
]
