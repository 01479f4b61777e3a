// ESLint: Vue + TypeScript recommended rules, and vue-i18n rules that fail on raw text in
// templates, on keys missing from the locales and on v-html.
import vueI18n from '@intlify/eslint-plugin-vue-i18n'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'coverage/**', 'public/mockServiceWorker.js', 'playwright-report/**', 'test-results/**', 'reports/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  ...vueI18n.configs.recommended,
  {
    settings: {
      'vue-i18n': { localeDir: './locales/*.json', messageSyntaxVersion: '^11.0.0' },
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
)
