// The shell (header, side navigation, context help) is a chunk of its own. main.ts starts loading it
// with the language's messages and mounts once both are in, so the first paint already has the
// shell (no header popping in); App.vue's async components then resolve at once.
import { defineAsyncComponent } from 'vue'

type Shell = typeof import('./shell')
let shell: Promise<Shell> | null = null

export function loadShell(): Promise<Shell> {
  shell ??= import('./shell').catch((error: unknown) => {
    shell = null // a failed load (offline, a new deployment) is tried again on the next render
    throw error
  })
  return shell
}

export function shellPart<K extends keyof Shell>(name: K) {
  return defineAsyncComponent(() => loadShell().then((parts) => parts[name]))
}
