import { availableParallelism } from 'node:os'
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
      // Vitest leaves one core free by default, which on the 2-core CI machine means one worker:
      // the files wait on their start-up (environment, imports) far more than on the CPU.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // The JSON report feeds the one-line summary that .ci/run prints (scripts/test-summary.mjs).
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/unit.json' },
    },
  }),
)
