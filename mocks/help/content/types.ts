// The shape of a page's context help.
import type { Locale } from '../../knowledgeBase/articles'

export interface ContextHelpText {
  title: string
  paragraphs: string[]
}

export interface ContextHelpEntry {
  /** Slugs of related articles in `knowledgeBaseArticles`. */
  articleSlugs: string[]
  text: Record<Locale, ContextHelpText>
}
