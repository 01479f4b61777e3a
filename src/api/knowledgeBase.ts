import { api } from './client'
import type { KnowledgeBaseArticle, KnowledgeBaseArticleSummary, Locale } from './types'

export const knowledgeBaseApi = {
  search: async (q: string, locale: Locale) =>
    (await api.get<{ items: KnowledgeBaseArticleSummary[] }>(`/knowledge-base?${new URLSearchParams({ q: q.trim(), locale })}`)).items,
  article: (slug: string, locale: Locale) => api.get<KnowledgeBaseArticle>(`/knowledge-base/${encodeURIComponent(slug)}?locale=${locale}`),
}
