// Context help of every page, by the route name the app uses (`home`, `tickets`,
// `profile-security`…), with the related knowledge-base articles. No login needed, like the
// knowledge base.
import { http, HttpResponse } from 'msw'
import type { ContextHelp } from '@/api/types'
import { contextHelp } from '../db/contextHelp'
import { knowledgeBaseArticles } from '../db/knowledgeBase'
import { localeOf, summaryOf } from '../db/knowledgeBaseSearch'
import { API, problem } from '../http'

export const helpHandlers = [
  http.get(`${API}/help/:routeName`, ({ request, params }) => {
    const locale = localeOf(request)
    const routeName = String(params.routeName)
    const entry = Object.hasOwn(contextHelp, routeName) ? contextHelp[routeName] : undefined
    if (!entry) return problem(404, 'help.notFound')
    const body: ContextHelp = {
      routeName,
      title: entry.text[locale].title,
      paragraphs: [...entry.text[locale].paragraphs],
      articles: entry.articleSlugs.flatMap((slug) => {
        const article = knowledgeBaseArticles.find((a) => a.slug === slug)
        return article ? [summaryOf(article, locale)] : []
      }),
    }
    return HttpResponse.json(body)
  }),
]
