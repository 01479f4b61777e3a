import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['tests/{unit,components,api}/**/*.test.ts'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      // The JSON report feeds the one-line summary that .ci/run prints (scripts/test-summary.mjs).
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/unit.json' },
    },
  }),
)
