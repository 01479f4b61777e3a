// Screenshots of the panel's screens in both languages and all three themes, for a visual check:
//   npm run build && npx vite preview --port 4173 &  then  node scripts/screenshots.mjs [persona] [route…]
import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const [persona = 'business.resident@demo.test', ...routes] = process.argv.slice(2)
const pages = routes.length ? routes : ['/login', '/register', '/', '/profile/settings']
const out = 'screenshots'
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
for (const language of ['en', 'ru']) {
  for (const theme of ['light', 'dark', 'branded']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(
      ([language, theme]) => {
        localStorage.setItem('ccp.mock.latency', '0')
        localStorage.setItem('ccp.preferences', JSON.stringify({ language, theme }))
      },
      [language, theme],
    )
    const page = await context.newPage()
    for (const path of pages) {
      const isPublic = path === '/login' || path === '/register'
      // Log in through the demo list once, then save the language and theme to the user's settings.
      if (!isPublic && !(await page.evaluate(() => !!localStorage.getItem('ccp.token')).catch(() => false))) {
        await page.goto(`${base}/login`)
        await page.getByRole('button', { name: `Log in as ${persona}` }).or(page.getByRole('button', { name: `Войти как ${persona}` })).click()
        await page.waitForURL((url) => !url.pathname.startsWith('/login'))
        await page.evaluate(
          async ([language, theme]) => {
            const token = localStorage.getItem('ccp.token')
            await fetch('/api/v1/settings', { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ language, theme }) })
          },
          [language, theme],
        )
      }
      await page.goto(`${base}${path}`)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      const name = `${out}/${path.replace(/\W+/g, '_') || 'root'}-${language}-${theme}.png`
      await page.screenshot({ path: name, fullPage: true })
      console.log(name)
    }
    await context.close()
  }
}
await browser.close()
