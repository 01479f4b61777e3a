// The knowledge base of the Control panel: articles in English and Russian, served by the mock API.
// One file per topic keeps each file short; this module is the single entry point.
import { balanceArticles } from './balance'
import { documentsArticles } from './documents'
import { profileArticles } from './profile'
import { referralArticles } from './referral'
import { securityArticles } from './security'
import { servicesArticles } from './services'
import { settingsArticles } from './settings'
import { supportArticles } from './support'
import type { KnowledgeBaseArticle } from './types'
import { usersArticles } from './users'

export type { KnowledgeBaseArticle, KnowledgeBaseArticleText, KnowledgeBaseAudience, KnowledgeBaseSection, Locale } from './types'

export const knowledgeBaseArticles: KnowledgeBaseArticle[] = [
  ...balanceArticles,
  ...servicesArticles,
  ...documentsArticles,
  ...profileArticles,
  ...securityArticles,
  ...usersArticles,
  ...settingsArticles,
  ...referralArticles,
  ...supportArticles,
]
