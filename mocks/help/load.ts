// The context help of every page (both languages, ~35 KB of text) is data the mock loads when help
// is first asked for, a chunk of its own, not part of the mock chunk every page load fetches.
import type { ContextHelpEntry } from './content'

let help: Promise<Record<string, ContextHelpEntry>> | null = null

export function loadContextHelp(): Promise<Record<string, ContextHelpEntry>> {
  help ??= import('./content').then(
    (module) => module.contextHelp,
    (error: unknown) => {
      help = null // a failed chunk load is tried again by the next request
      throw error
    },
  )
  return help
}
