// Screenshots of the panel for designers, in both languages and all three themes, with the mock
// clock frozen (?qa-freeze) and no simulated latency, so two runs give the same pictures:
//   npm run screenshots                                  every route of the panel (public ones
//                                                        without login), plus screenshots/index.html
//   npm run screenshots -- sole.resident@demo.test /profile /balance   those routes as that persona
// Against BASE_URL (e.g. a running `npx vite preview --port 4173`); without it the script builds
// nothing but serves the existing dist/ itself with `vite preview` on a free port (run
// `npm run build` first). CHROMIUM_PATH points at another browser; SCREENSHOTS_DIR elsewhere.
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'

const FREEZE = '2026-01-15T10:00:00+03:00'
const LANGUAGES = ['en', 'ru']
const THEMES = ['light', 'dark', 'branded']
const DEFAULT_PERSONA = 'business.resident@demo.test'
/** What a route's parameter stands for when the data has nothing better (the seed's ids). */
const FALLBACK_PARAMS = { token: 'demo-invite-pavel-sokolov', id: '1001', slug: 'two-step-authentication', pathMatch: 'no-such-page' }

const out = process.env.SCREENSHOTS_DIR ?? 'screenshots'
const [personaArg, ...routeArgs] = process.argv.slice(2)
const persona = personaArg ?? DEFAULT_PERSONA
const everyRoute = routeArgs.length === 0

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** `vite preview` of dist/ on a free port, until the script ends. */
async function startPreview() {
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first, or set BASE_URL to a running panel.')
  const port = await freePort()
  const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => preview.kill() }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  preview.kill()
  throw new Error('vite preview did not start')
}

const preview = process.env.BASE_URL ? null : await startPreview()
const base = (process.env.BASE_URL ?? preview.url).replace(/\/$/, '')
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})

/** A fresh browser for one language and theme: frozen clocks (the mock's and the page's), a fixed simulated client. */
async function newScene(language, theme) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: language === 'ru' ? 'ru-RU' : 'en-US', timezoneId: 'Europe/Moscow' })
  await context.clock.setFixedTime(new Date(FREEZE))
  await context.addInitScript(
    ([language, theme]) => {
      localStorage.setItem('ccp.preferences', JSON.stringify({ language, theme }))
      localStorage.setItem('ccp.mock.clientId', 'screenshots')
    },
    [language, theme],
  )
  const page = await context.newPage()
  // The first load freezes the mock clock (and sets latency 0) before the data is seeded.
  await page.goto(`${base}/login?qa-freeze=${encodeURIComponent(FREEZE)}`)
  await page.waitForLoadState('networkidle')
  return { context, page }
}

async function logIn(page, language, theme) {
  await page.goto(`${base}/login`)
  await page.getByRole('button', { name: `Log in as ${persona}` }).or(page.getByRole('button', { name: `Войти как ${persona}` })).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  // The user's saved settings win over the browser's: save this scene's language and theme there.
  await page.evaluate(
    async ([language, theme]) => {
      const token = localStorage.getItem('ccp.token')
      await fetch('/api/v1/settings', { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ language, theme }) })
    },
    [language, theme],
  )
}

/** Every named route of the running app (its router), public ones first, with parameters filled from the data. */
async function panelRoutes(page) {
  const records = await page.evaluate(() => {
    const app = document.querySelector('#app').__vue_app__
    return app.config.globalProperties.$router.getRoutes().filter((r) => r.name).map((r) => ({ path: r.path, name: String(r.name), public: r.meta.public === true }))
  })
  // Parameters from the persona's own data where it has some.
  const params = { ...FALLBACK_PARAMS }
  const found = await page.evaluate(async () => {
    const token = localStorage.getItem('ccp.token')
    const get = async (path) => {
      const response = await fetch(`/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } })
      return response.ok ? response.json() : null
    }
    const services = await get('/services')
    const tickets = await get('/tickets')
    const mails = await fetch('/api/v1/__qa/mailbox').then((r) => (r.ok ? r.json() : { items: [] }))
    const invite = JSON.stringify(mails).match(/\/invite\/([\w-]+)/)
    return { service: (services?.items ?? services ?? [])[0]?.id ?? null, ticket: (tickets?.items ?? tickets ?? [])[0]?.id ?? null, invite: invite?.[1] ?? null }
  })
  const fill = (path) =>
    path.replace(/:(\w+)(\([^)]*\))?\*?/g, (_, name) => {
      if (name === 'id') return path.startsWith('/services') ? (found.service ?? 'no-such-service') : (found.ticket ?? params.id)
      if (name === 'token') return found.invite ?? params.token
      return params[name] ?? name
    })
  const routes = records.map((r) => ({ name: r.name, path: fill(r.path), public: r.public }))
  return routes.sort((a, b) => Number(b.public) - Number(a.public))
}

const shots = [] // { route, language, theme, file }
let routes = null
for (const language of LANGUAGES) {
  for (const theme of THEMES) {
    const { context, page } = await newScene(language, theme)
    if (everyRoute) {
      // Public pages first, before the login.
      const known = routes ?? (await (async () => {
        await logIn(page, language, theme)
        const list = await panelRoutes(page)
        await page.evaluate(() => localStorage.removeItem('ccp.token'))
        return list
      })())
      routes = known
    }
    const pages = everyRoute ? routes : routeArgs.map((path) => ({ name: path, path, public: path === '/login' || path === '/register' || path.startsWith('/invite/') }))
    let loggedIn = await page.evaluate(() => !!localStorage.getItem('ccp.token'))
    for (const route of [...pages].sort((a, b) => Number(b.public) - Number(a.public))) {
      if (route.public && loggedIn) {
        // Log out (the stored session only) so a public page shows as a visitor sees it.
        await page.evaluate(() => {
          localStorage.removeItem('ccp.token')
          localStorage.removeItem('ccp.user')
        })
        loggedIn = false
      }
      if (!route.public && !loggedIn) {
        await logIn(page, language, theme)
        loggedIn = true
      }
      await page.goto(`${base}${route.path}`)
      await page.waitForLoadState('networkidle')
      await page.evaluate(() => document.fonts.ready)
      const file = `${route.path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${language}-${theme}.png`
      await page.screenshot({ path: `${out}/${file}`, fullPage: true, animations: 'disabled', caret: 'hide' })
      shots.push({ route: route.path, language, theme, file })
      console.log(`${out}/${file}`)
    }
    await context.close()
  }
}
await browser.close()
preview?.stop()

/** The contact sheet: one row per route, a column per language and theme. */
function contactSheet() {
  const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
  const columns = LANGUAGES.flatMap((language) => THEMES.map((theme) => ({ language, theme })))
  const byRoute = new Map()
  for (const shot of shots) byRoute.set(shot.route, [...(byRoute.get(shot.route) ?? []), shot])
  const rows = [...byRoute].map(([route, list]) => {
    const cells = columns.map(({ language, theme }) => {
      const shot = list.find((s) => s.language === language && s.theme === theme)
      return shot ? `<td><a href="${escape(shot.file)}"><img src="${escape(shot.file)}" alt="${escape(`${route}, ${language}, ${theme}`)}" loading="lazy"></a></td>` : '<td></td>'
    })
    return `<tr><th scope="row"><code>${escape(route)}</code></th>${cells.join('')}</tr>`
  })
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Control panel screenshots</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 16px; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #ccc; padding: 6px; vertical-align: top; text-align: left; }
  thead th { position: sticky; top: 0; background: #fff; }
  img { width: 240px; display: block; }
</style>
</head>
<body>
<h1>Control panel screenshots</h1>
<p>Persona ${escape(persona)}, mock clock frozen at ${escape(FREEZE)}. Click a picture for full size.</p>
<table>
<thead><tr><th scope="col">Route</th>${columns.map(({ language, theme }) => `<th scope="col">${language} · ${theme}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`
}
writeFileSync(`${out}/index.html`, contactSheet())
console.log(`${out}/index.html`)
