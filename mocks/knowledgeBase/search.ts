// Search of the knowledge base: an article matches when every word of the query occurs in its
// title, summary, keywords, headings or text. Words are compared by their stem (a light cut of
// endings), so "invoices" finds "invoice" and «счета» finds «счёт». Title hits rank first.
import type { AccountType, KnowledgeBaseArticleSummary, Residency, Role } from '@/api/types'
import type { KnowledgeBaseArticle, Locale } from './articles'

const TOPIC_ORDER = ['support', 'balance', 'profile', 'security', 'users', 'settings', 'referral']

/** The language asked for with `?locale=ru|en`; English by default. */
export function localeOf(request: Request): Locale {
  return new URL(request.url).searchParams.get('locale') === 'ru' ? 'ru' : 'en'
}

const normalize = (text: string) => text.toLowerCase().replace(/ё/g, 'е')

/** A crude stem: enough for the endings of Russian nouns and English plurals. */
function stem(word: string): string {
  if (/[а-я]/.test(word)) {
    if (word.length > 5) return word.slice(0, -2)
    if (word.length > 3) return word.slice(0, -1)
    return word
  }
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s')) return word.slice(0, -1)
  return word
}

export function queryStems(query: string): string[] {
  return normalize(query)
    .split(/[^\p{L}\p{N}%-]+/u)
    .filter(Boolean)
    .map(stem)
}

/** Who reads: the account's type and residency and the user's role. */
export interface ArticleReader {
  accountType: AccountType
  residency: Residency
  role: Role
}

/** Whether the article concerns this reader (every condition of its audience holds). */
export function concernsReader(article: KnowledgeBaseArticle, reader: ArticleReader): boolean {
  const audience = article.audience
  if (!audience) return true
  if (audience.residency && audience.residency !== reader.residency) return false
  if (audience.accountTypes && !audience.accountTypes.includes(reader.accountType)) return false
  return !audience.roles || audience.roles.includes(reader.role)
}

export function summaryOf(article: KnowledgeBaseArticle, locale: Locale): KnowledgeBaseArticleSummary {
  const { title, summary } = article.text[locale]
  return { slug: article.slug, topic: article.topic, title, summary, updatedAt: article.updatedAt }
}

function score(article: KnowledgeBaseArticle, locale: Locale, stems: string[]): number {
  const text = article.text[locale]
  const title = normalize(text.title)
  const keywords = normalize(text.keywords.join(' '))
  const body = normalize([text.summary, ...text.sections.flatMap((s) => [s.heading, ...s.paragraphs])].join(' '))
  let total = 0
  for (const word of stems) {
    const hit = (title.includes(word) ? 5 : 0) + (keywords.includes(word) ? 3 : 0) + (body.includes(word) ? 1 : 0)
    if (!hit) return 0
    total += hit
  }
  return total
}

/** The `articles` in `locale` matching `query` (all of them, by topic, when the query is empty). */
export function searchKnowledgeBase(articles: readonly KnowledgeBaseArticle[], query: string, locale: Locale): KnowledgeBaseArticleSummary[] {
  const stems = queryStems(query)
  if (!stems.length) {
    return [...articles]
      .sort((a, b) => TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic) || a.text[locale].title.localeCompare(b.text[locale].title, locale))
      .map((a) => summaryOf(a, locale))
  }
  return articles
    .map((article) => ({ article, score: score(article, locale, stems) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.article.text[locale].title.localeCompare(b.article.text[locale].title, locale))
    .map((hit) => summaryOf(hit.article, locale))
}
