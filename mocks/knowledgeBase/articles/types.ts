// Shape of the knowledge-base articles served by the mock API (GET /api/v1/knowledge-base…).
// Plain text only: the app renders every string as text, never as HTML.
import type { AccountType, Residency, Role } from '@/api/types'

export type Locale = 'en' | 'ru'

/**
 * Whom an article concerns, when not everybody: context help offers a logged-in user only the
 * articles whose every given condition matches the account (the knowledge base itself lists all).
 */
export interface KnowledgeBaseAudience {
  residency?: Residency
  accountTypes?: AccountType[]
  roles?: Role[]
}

export interface KnowledgeBaseSection {
  heading: string
  paragraphs: string[]
}

export interface KnowledgeBaseArticleText {
  title: string
  summary: string
  sections: KnowledgeBaseSection[]
  keywords: string[]
}

export interface KnowledgeBaseArticle {
  slug: string
  topic: 'balance' | 'profile' | 'security' | 'users' | 'settings' | 'support' | 'referral'
  /** ISO date of the last revision. */
  updatedAt: string
  /** Unset: every account. */
  audience?: KnowledgeBaseAudience
  text: Record<Locale, KnowledgeBaseArticleText>
}
