// The dependency direction of STYLE.md, enforced by eslint.config.js: each case lints a small
// snippet as if it were a file at that path and checks whether an import rule fires.
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const IMPORT_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax'])
let eslint: ESLint

// The first lint loads the config and its plugins (about 2 s alone, far more on a busy machine):
// done once here, with room, so no single case runs into the per-test timeout.
beforeAll(async () => {
  eslint = new ESLint()
  await eslint.lintText('export {}\n', { filePath: 'src/stores/warmUp.ts' })
  await eslint.lintText('<template><p /></template>\n', { filePath: 'src/components/ui/UiWarmUp.vue' })
}, 60_000)

const vue = (script: string) => `<script setup lang="ts">\n${script}\n</script>\n\n<template><p /></template>\n`

async function importRuleMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId !== null && IMPORT_RULES.has(message.ruleId)).map((message) => message.message)
}

describe('the dependency rules', () => {
  it.each([
    ['a component calls an endpoint module', 'src/components/tickets/TicketThing.vue', vue("import { ticketsApi } from '@/api/tickets'\nvoid ticketsApi")],
    ['a component uses the HTTP client', 'src/components/tickets/TicketThing.vue', vue("import { api } from '@/api/client'\nvoid api")],
    ['a component reaches the API by a relative path', 'src/components/tickets/TicketThing.vue', vue("import { authApi } from '../../api/auth'\nvoid authApi")],
    ['a UI building block reads a store', 'src/components/ui/UiThing.vue', vue("import { useSessionStore } from '@/stores/session'\nvoid useSessionStore")],
    ['a UI building block imports API types', 'src/components/ui/UiThing.vue', vue("import type { Ticket } from '@/api/types'\nexport type T = Ticket")],
    ['a store imports a component', 'src/stores/thing.ts', "import UiButton from '@/components/ui/UiButton.vue'\nexport default UiButton\n"],
    ['a store imports a view', 'src/stores/thing.ts', "import HomeView from '@/views/HomeView.vue'\nexport default HomeView\n"],
    ['a view imports the mock backend', 'src/views/ThingView.vue', vue("import { resetDb } from '@mocks/kernel/db'\nvoid resetDb")],
    ['a store imports the mocks by a relative path', 'src/stores/thing.ts', "import { server } from '../../mocks/node'\nexport default server\n"],
    ['a component loads the mocks lazily', 'src/components/tickets/TicketThing.vue', vue("void import('@mocks/browser')")],
    ['main.ts loads another mock module', 'src/main.ts', "void import('@mocks/node')\n"],
    ['main.ts imports the mock statically', 'src/main.ts', "import { startMockBackend } from '@mocks/browser'\nvoid startMockBackend\n"],
  ])('flags it when %s', async (_case, filePath, code) => {
    expect(await importRuleMessages(filePath, code)).not.toEqual([])
  })

  it.each([
    ['a component uses wire types and reads a failure', 'src/components/tickets/TicketThing.vue', vue("import { ApiError } from '@/api/client'\nimport type { Ticket } from '@/api/types'\nexport type T = Ticket\nvoid ApiError")],
    ['a component reads a store', 'src/components/tickets/TicketThing.vue', vue("import { useTicketsStore } from '@/stores/tickets'\nvoid useTicketsStore")],
    ['a store calls the API and another store', 'src/stores/thing.ts', "import { ticketsApi } from '@/api/tickets'\nimport { useSettingsStore } from './settings'\nexport default [ticketsApi, useSettingsStore]\n"],
    ['main.ts starts the mock worker lazily', 'src/main.ts', "void import('@mocks/browser')\n"],
    ['a test imports the mocks', 'tests/unit/thing.test.ts', "import { server } from '@mocks/node'\nexport default server\n"],
  ])('allows it when %s', async (_case, filePath, code) => {
    expect(await importRuleMessages(filePath, code)).toEqual([])
  })
})
