// Fewer, larger chunks where the first screen loads many small ones. Left to itself, the bundler
// gives every set of modules shared by a different set of lazy chunks a chunk of its own: a reload
// of the home page asked for about 50 files (the shell and home page alone 14 scripts and 5
// stylesheets, the mock's validation rules 11 scripts of 1-3 KB each), and every request costs the
// page's main thread set-up time while it is busiest. Each group below makes one chunk of modules
// that always load together:
//
// - `boot`: what the entry shares with the mock worker or the lazy chunks (Vue, Pinia, vue-i18n, the
//   router, the API client), and what the mock shares with the shell (the number formats): the
//   entry needs it before anything runs, and the mock loads beside the entry;
// - `mock-rules`: the pure validation rules the mock imports and the app's forms share (no yup: the
//   forms' schemas stay with the forms). The mock needs them as soon as it starts; a form that
//   needs one of them later finds the chunk already loaded;
// - `shell`: the shell (header, side navigation, context help), the home page and its data, less
//   what the entry or the mock already hold. main.ts loads the shell before it mounts, and a
//   logged-in visitor lands on the home page.
//
// The groups are worked out from the module graph (`getModuleInfo`), not from a list of files, so
// a new import lands in the right chunk by itself. check:bundle keeps verifying what each holds.
import { fileURLToPath } from 'node:url'

type ModuleInfo = { importedIds: readonly string[]; importers: readonly string[] } | null
type GetModuleInfo = (id: string) => ModuleInfo
type ChunkingContext = { getModuleInfo: GetModuleInfo }

const source = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
const ENTRY = source('src/main.ts')
const MOCK = source('mocks/browser.ts')
const SHELL_ROOTS = ['src/components/layout/shell.ts', 'src/views/HomeView.vue', 'src/stores/home.ts'].map(source)
const APP_SOURCE = source('src/')
// The shell's icons (lucide, named imports: only those used; the package's index imports every icon,
// so it is left out of the closures' walk).
const ICONS = /node_modules[\\/]lucide-vue-next[\\/]/

/** Every module the roots import statically, however deep (the roots included). */
function staticClosure(getModuleInfo: GetModuleInfo, roots: string[]): Set<string> {
  const closure = new Set<string>()
  const stack = [...roots]
  while (stack.length) {
    const id = stack.pop()!
    if (closure.has(id)) continue
    closure.add(id)
    if (ICONS.test(id)) continue
    for (const imported of getModuleInfo(id)?.importedIds ?? []) stack.push(imported)
  }
  return closure
}

/** Which group each module goes to: each group holds what it imports, so no two chunks import each other. */
function assignGroups(getModuleInfo: GetModuleInfo): Map<string, string> {
  const entry = staticClosure(getModuleInfo, [ENTRY])
  const mock = staticClosure(getModuleInfo, [MOCK])
  const groups = new Map<string, string>()
  const assign = (name: string, ids: Iterable<string>) => {
    for (const id of ids) if (!groups.has(id)) groups.set(id, name)
  }
  const shell = staticClosure(getModuleInfo, SHELL_ROOTS)
  // The entry's own modules (main.ts, App.vue, …) stay in it. What the mock or a lazy chunk imports
  // too goes to `boot`, and so does what the mock shares with the shell (the number formats): both
  // load at once. With everything those import, else two chunks would import each other.
  const shared = [...entry].filter((id) => id !== ENTRY && (mock.has(id) || getModuleInfo(id)?.importers.some((importer) => !entry.has(importer))))
  assign('boot', staticClosure(getModuleInfo, [...shared, ...[...mock].filter((id) => shell.has(id))]))
  const rules = [...mock].filter((id) => id.startsWith(APP_SOURCE) && !groups.has(id))
  assign('mock-rules', [...staticClosure(getModuleInfo, rules)].filter((id) => !entry.has(id)))
  assign('shell', [...shell].filter((id) => !entry.has(id) && !mock.has(id)))
  return groups
}

/** A `codeSplitting.groups` entry that names each module's group (null: the bundler decides). */
export function firstScreenChunks() {
  // One chunking pass asks for every module's name with the same context: the groups are worked out
  // on its first call (a new pass, in watch mode, brings a new context).
  let groups: { for: ChunkingContext; of: Map<string, string> } | null = null
  return {
    name(id: string, ctx: ChunkingContext): string | null {
      if (groups?.for !== ctx) groups = { for: ctx, of: assignGroups((module) => ctx.getModuleInfo(module)) }
      return groups.of.get(id) ?? (ICONS.test(id) ? 'shell' : null)
    },
  }
}
