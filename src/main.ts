// Boot: plugins, then mount at once. The mock worker starts in parallel; the API client holds
// requests until it is ready, so the shell paints without waiting for it.
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { waitForBackend } from './api/client'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { readBrowserPreferences } from './stores/browserPreferences'
import { useNoticesStore } from './stores/notices'
import './styles/main.css'

const pinia = createPinia()

// Mocks are on unless VITE_MOCKS=false (then VITE_API_BASE_URL points at a real backend).
if (import.meta.env.VITE_MOCKS !== 'false') {
  const notices = useNoticesStore(pinia)
  waitForBackend(
    import('@mocks/browser').then(({ startMockWorker }) =>
      startMockWorker({ onDataReset: (reason) => notices.add(`notices.demoDataReset.${reason}`) }),
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
app.mount('#app')
