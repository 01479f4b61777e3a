import { describe, expect, it } from 'vitest'
import { documentTitle } from '@/composables/usePageTitle'
import { capitalizeFirst } from '@/i18n/formats'

describe('documentTitle', () => {
  it.each([
    ['Tickets', 'Control panel', 'Tickets — Control panel'],
    ['Two-step authentication', 'Control panel', 'Two-step authentication — Control panel'],
    ['Control panel', 'Control panel', 'Control panel'],
    [null, 'Control panel', 'Control panel'],
    ['', 'Панель управления', 'Панель управления'],
  ])('names the page %j once: %j', (page, app, title) => {
    expect(documentTitle(page, app)).toBe(title)
  })
})

describe('capitalizeFirst', () => {
  it.each([
    ['октябрь 2026 г.', 'ru', 'Октябрь 2026 г.'],
    ['October 2026', 'en', 'October 2026'],
    ['15 октября 2026 г.', 'ru', '15 октября 2026 г.'],
    ['', 'ru', ''],
  ])('turns %j into %j', (text, locale, expected) => {
    expect(capitalizeFirst(text, locale)).toBe(expected)
  })
})
