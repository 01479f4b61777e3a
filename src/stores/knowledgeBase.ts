// The knowledge base: search results and the article being read, in the interface language.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { knowledgeBaseApi } from '@/api/knowledgeBase'
import type { KnowledgeBaseArticle, KnowledgeBaseArticleSummary, Locale } from '@/api/types'
import { joinEarly, startEarly } from './earlyRequests'

const searchKey = (q: string, locale: Locale) => `knowledgeBase.search ${JSON.stringify([q, locale])}`

/** From the router: the results start loading with the page's code; search joins the request. */
export function prefetchKnowledgeBaseSearch(q: string, locale: Locale): void {
  startEarly(searchKey(q, locale), () => knowledgeBaseApi.search(q, locale))
}

export const useKnowledgeBaseStore = defineStore('knowledgeBase', () => {
  const results = ref<KnowledgeBaseArticleSummary[]>([])
  /** The query the results answer (empty: every article). */
  const resultsQuery = ref<string | null>(null)
  const searching = ref(false)
  const searchError = ref<unknown>(null)
  let searchCall = 0

  async function search(q: string, locale: Locale) {
    const mine = ++searchCall
    searching.value = true
    searchError.value = null
    try {
      const items = await joinEarly(searchKey(q, locale), () => knowledgeBaseApi.search(q, locale))
      if (mine !== searchCall) return
      results.value = items
      resultsQuery.value = q.trim()
    } catch (error) {
      if (mine === searchCall) searchError.value = error
    } finally {
      if (mine === searchCall) searching.value = false
    }
  }

  const article = ref<KnowledgeBaseArticle | null>(null)
  const articleLoading = ref(false)
  const articleError = ref<unknown>(null)
  let articleCall = 0

  async function loadArticle(slug: string, locale: Locale) {
    const mine = ++articleCall
    articleLoading.value = true
    articleError.value = null
    if (article.value?.slug !== slug) article.value = null
    try {
      const result = await knowledgeBaseApi.article(slug, locale)
      if (mine === articleCall) article.value = result
    } catch (error) {
      if (mine === articleCall) articleError.value = error
    } finally {
      if (mine === articleCall) articleLoading.value = false
    }
  }

  return { results, resultsQuery, searching, searchError, search, article, articleLoading, articleError, loadArticle }
})
