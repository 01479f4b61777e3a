// ESLint: Vue + TypeScript recommended rules, vue-i18n rules that fail on raw text in templates,
// on keys missing from the locales and on v-html, and the dependency direction of STYLE.md.
import vueI18n from '@intlify/eslint-plugin-vue-i18n'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'

// Dependency direction (STYLE.md): views → components/stores/composables → api → client.
// A later config replaces a rule's options rather than adding to them, so each folder's list
// below repeats the rules of the folders it sits in.
const MOCKS_SOURCE = '^@mocks(/|$)|(^|/)mocks(/|$)'
const noMocks = {
  regex: MOCKS_SOURCE,
  message: 'The app never imports the mock backend; only src/main.ts starts it (dynamic import behind VITE_MOCKS).',
}
const noApiInComponents = [
  {
    regex: '^(@/|(\\.\\./)+)api/(?!types$|client$)',
    message: 'Components never call the API: go through a store (wire types from @/api/types are fine).',
  },
  {
    regex: '^(@/|(\\.\\./)+)api/client$',
    allowImportNames: ['ApiError'],
    message: 'Components never call the API client: go through a store (only ApiError, to read a failure, is allowed).',
  },
]
const noApiAtAll = { regex: '^(@/|(\\.\\./)+)api(/|$)', message: 'UI building blocks are presentational: no API, not even its types.' }
const noStores = { regex: '^(@/|(\\.\\./)+)stores(/|$)', message: 'UI building blocks are presentational: no stores; take props, emit events.' }
const noComponentsOrViews = {
  regex: '^(@|\\.{1,2}(/\\.\\.)*)/(components|views)(/|$)|\\.vue$',
  message: 'Stores hold state and call the API; they never import components or views.',
}
const restrictImports = (...patterns) => ['error', { patterns }]
// Heavy libraries (BILLING.md): the PDF module and the PDF/QR code libraries only by `await import()`
// outside src/documents/, so they stay out of the entry chunk (scripts/check-bundle.mjs checks the
// build). Type-only imports are erased, so they are fine. A rule of its own (the typescript-eslint
// variant, which knows `import type`), so the folder lists above do not replace it.
const noStaticHeavyImports = [
  'error',
  {
    patterns: [
      {
        regex: '^(@/|(\\.\\./)+|\\./)?documents/billingDocumentPdf(\\.ts)?$|^(pdf-lib|@pdf-lib/fontkit|qrcode)(/|$)',
        allowTypeImports: true,
        message: 'A heavy library (the billing PDFs, pdf-lib, fontkit, qrcode): load it with import() where it is needed, never statically.',
      },
    ],
  },
]
// Dynamic import() is not covered by no-restricted-imports. (Selector regexes cannot hold a "/".)
const dynamicMocksImport = (allowed) => ({
  selector: `ImportExpression[source.value=/${MOCKS_SOURCE.replaceAll('/', '\\x2F')}/]${allowed ? `[source.value!='${allowed}']` : ''}`,
  message: noMocks.message,
})

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'dist-api/**', '.mock-api/**', 'coverage/**', 'public/mockServiceWorker.js', 'playwright-report/**', 'test-results/**', 'reports/**', '.bench/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  ...vueI18n.configs.recommended,
  {
    settings: {
      'vue-i18n': { localeDir: ['./locales/*.json', './src/qa/locales/*.json'], messageSyntaxVersion: '^11.0.0' },
    },
    rules: {
      '@intlify/vue-i18n/no-raw-text': ['error', { ignorePattern: '^[-–—•·✓▾*:()/,.!?\\s]+$' }],
      '@intlify/vue-i18n/no-missing-keys': 'error',
      '@intlify/vue-i18n/no-v-html': 'error',
      '@intlify/vue-i18n/no-dynamic-keys': 'off',
      '@intlify/vue-i18n/no-unused-keys': 'off',
      'vue/no-v-html': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multi-word-component-names': 'error',
    },
  },
  {
    files: ['src/views/**/*.vue'],
    rules: { 'vue/multi-word-component-names': 'off' },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': restrictImports(noMocks),
      'no-restricted-syntax': ['error', dynamicMocksImport()],
    },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/documents/**'],
    rules: { '@typescript-eslint/no-restricted-imports': noStaticHeavyImports },
  },
  {
    files: ['src/main.ts'],
    rules: { 'no-restricted-syntax': ['error', dynamicMocksImport('@mocks/browser')] },
  },
  {
    files: ['src/components/**/*.{ts,vue}'],
    rules: { 'no-restricted-imports': restrictImports(noMocks, ...noApiInComponents) },
  },
  {
    files: ['src/components/ui/**/*.{ts,vue}'],
    rules: { 'no-restricted-imports': restrictImports(noMocks, noApiAtAll, noStores) },
  },
  {
    files: ['src/stores/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(noMocks, noComponentsOrViews) },
  },
)
