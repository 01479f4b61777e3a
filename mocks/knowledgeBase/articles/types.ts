// Shape of the knowledge-base articles served by the mock API (GET /api/v1/knowledge-base…).
// Plain text only: the app renders every string as text, never as HTML.

export type Locale = 'en' | 'ru'

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
  text: Record<Locale, KnowledgeBaseArticleText>
}
