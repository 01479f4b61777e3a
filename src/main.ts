// Boot: plugins, then mount as soon as the shell and its texts are in. The mock loads in parallel
// (index.html preloads its chunk); the API client holds requests until it can answer them (in the
// page at first, then through its service worker), so the shell paints without waiting for it.
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { serveInPage, waitForBackend } from './api/client'
import { loadShell } from './components/layout/loadShell'
import { coreMessagesReady, createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { readBrowserPreferences } from './stores/browserPreferences'
import { useNoticesStore } from './stores/notices'
import { useSessionStore } from './stores/session'
import './styles/main.css'

const pinia = createPinia()

// Mocks are on unless VITE_MOCKS=false (then VITE_API_BASE_URL points at a real backend).
if (import.meta.env.VITE_MOCKS !== 'false') {
  const notices = useNoticesStore(pinia)
  waitForBackend(
    import('@mocks/browser').then(({ startMockBackend }) =>
      startMockBackend({ serveInPage, onDataReset: (reason) => notices.add(`notices.demoDataReset.${reason}`) }),
    ),
  )
}

const preferences = readBrowserPreferences()
document.documentElement.lang = preferences.language
document.documentElement.dataset.theme = preferences.theme

const app = createApp(App)
app.use(pinia)
app.use(createAppI18n(preferences.language))
app.use(createAppRouter())
// A stored session painted the panel at once; it is confirmed now, alongside the first page's data
// (a 401 sends the user to log in), not after the mount.
const session = useSessionStore(pinia)
if (session.isAuthenticated) session.restore().catch(() => undefined)
// The shell's texts (the language's core messages) and its components (a chunk of their own) load
// side by side and are in before anything paints: no key shows and no header pops in. A shell that
// failed to load does not stop the mount (its parts try again when they render).
void Promise.all([coreMessagesReady(), loadShell().catch(() => undefined)]).then(() => app.mount('#app'))
