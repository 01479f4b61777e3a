// The knowledge-base articles (both languages, ~80 KB of text) are data the mock loads on first
// use, a chunk of their own, not part of the mock chunk every page load fetches: the knowledge
// base and context-help handlers await them (the first search loads them all, then they stay).
import type { KnowledgeBaseArticle } from './articles'

let articles: Promise<KnowledgeBaseArticle[]> | null = null

export function loadKnowledgeBaseArticles(): Promise<KnowledgeBaseArticle[]> {
  articles ??= import('./articles').then(
    (module) => module.knowledgeBaseArticles,
    (error: unknown) => {
      articles = null // a failed chunk load is tried again by the next request
      throw error
    },
  )
  return articles
}
