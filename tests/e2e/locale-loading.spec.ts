// The interface texts load by language (src/i18n): a page in Russian never fetches the English
// messages, a switch shows the new language only once its texts are in (no key flashes), and every
// page has its texts, the home page's core and the other pages' rest.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { loginAs, prepare } from './support'

/** A message key shown as text: `balance.overview.intro` where a sentence belongs. */
const AREAS = Object.keys(JSON.parse(readFileSync('locales/en.json', 'utf8')) as Record<string, unknown>)
const RAW_KEY = new RegExp(`\\b(?:${AREAS.join('|')})\\.[a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)*\\b`)

/** The messages chunks the page fetched, by language (`assets/en-….js`, `assets/ru-….js`). */
function recordMessageChunks(page: Page) {
  const fetched: Record<'en' | 'ru', string[]> = { en: [], ru: [] }
  page.on('request', (request) => {
    const match = /\/assets\/(en|ru)-[\w-]+\.js$/.exec(new URL(request.url()).pathname)
    if (match) fetched[match[1] as 'en' | 'ru'].push(request.url())
  })
  return fetched
}

async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText()
  expect(text.match(RAW_KEY)?.[0] ?? null, 'a message key shown instead of its text').toBeNull()
}

test('in Russian only the Russian texts load; switching to English shows English at once, with no key', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test', '/profile/settings')
  await page.getByRole('radio', { name: 'Русский' }).check()
  await expect(page.getByRole('heading', { level: 1, name: 'Профиль и настройки' })).toBeVisible()

  const fetched = recordMessageChunks(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Панель управления' })).toBeVisible()
  await expectNoRawKeys(page)
  const nav = page.getByRole('navigation', { name: 'Разделы' })
  await nav.getByRole('link', { name: 'Баланс и платежи' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Баланс и платежи' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Балансы' })).toBeVisible()
  await expectNoRawKeys(page)
  await nav.getByRole('link', { name: 'Тикеты' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Тикеты' })).toBeVisible()
  await expectNoRawKeys(page)
  expect(fetched.ru.length, 'the Russian messages were fetched (core and rest)').toBe(2)
  expect(fetched.en, 'English messages fetched while Russian is shown').toEqual([])

  await nav.getByRole('link', { name: 'Профиль и настройки' }).click()
  await page.getByRole('tab', { name: 'Настройки панели' }).click()
  await page.getByRole('radio', { name: 'English' }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectNoRawKeys(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Profile and settings' })).toBeVisible()
  expect(fetched.en.length, 'the English messages, core and rest, before the switch').toBe(2)

  const navEn = page.getByRole('navigation', { name: 'Sections' })
  await navEn.getByRole('link', { name: 'Home' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
  await navEn.getByRole('link', { name: 'Balance and payments' }).click()
  await expect(page.getByRole('tab', { name: 'Balances' })).toBeVisible()
  await expectNoRawKeys(page)
  await navEn.getByRole('link', { name: 'Tickets' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tickets' })).toBeVisible()
  await expectNoRawKeys(page)
})

test('a first load on a page beyond home, in Russian, shows its texts with no key and fetches no English', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  const fetched = recordMessageChunks(page)
  await page.goto('/login')
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Зарегистрироваться' })).toBeVisible()
  await expectNoRawKeys(page)
  expect(fetched.en).toEqual([])
})

test('a language whose texts cannot be fetched leaves the page as it is and says so; a reload opens in it', async ({ page, context }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test', '/profile/settings')
  // The context's route: the mock's service worker fetches the app's files, and page.route does not see it.
  const offline = (route: { abort: () => Promise<void> }) => route.abort()
  await context.route(/\/assets\/ru-[\w-]+\.js$/, offline)
  await page.getByRole('radio', { name: 'Русский' }).check()
  await expect(page.getByText('The texts of the chosen language could not be loaded, so the panel stays in this one.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Profile and settings' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()
  await expectNoRawKeys(page)

  await context.unroute(/\/assets\/ru-[\w-]+\.js$/, offline)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Профиль и настройки' })).toBeVisible()
})
