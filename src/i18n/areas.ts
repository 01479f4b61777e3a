// The locales are split into groups that load apart (scripts/vite/localeAreas.ts makes
// `locales/<lang>.json?area=<group>` hold only that group's keys). locales/en.json and ru.json stay
// the one home of every text; a group is a list of key paths, a whole top-level area ("home") or a
// part of one ("balance.kind").
//
// - core: what the shell (header, side navigation, notices, context help), the home page, every
//   error message and every page title need. It loads before the app mounts.
// - rest: every other key. It loads before any other page shows (src/router/messages.ts) and when
//   the browser is idle after the first paint.
// A key the entry chunk's code names must be in core: scripts/check-bundle.mjs checks the build.
// This file is pure data and functions: the Vite plugin imports it in Node.

export type MessageTree = { [key: string]: unknown }

export const MESSAGE_GROUPS = ['core', 'rest'] as const
export type MessageGroup = (typeof MESSAGE_GROUPS)[number]

/** The key paths of core; rest is every other key. */
export const CORE_PATHS = [
  'accountMenu',
  'accountType',
  'app',
  'auth.login.title',
  'auth.register.title',
  'balance.bonusAmount',
  'balance.forecast',
  'balance.kind',
  'balance.tabs',
  'common',
  'errors',
  'header',
  'help',
  'home',
  'invitation.title',
  'nav',
  'notFound',
  'notices',
  'pages',
  'profile',
  'role',
  'services.configuration',
  'services.diskType',
  'services.order.cloud.title',
  'services.order.dedicated.title',
  'services.page.title',
  'services.region',
  'services.status',
  'services.storageClass',
  'services.type',
  'settings.language',
  'settings.theme',
  'validation.email',
  'validation.invalid',
] as const

/** The interface's words the mock writes into its texts (mocks/kernel/labels.ts): both languages
 * go into the mock chunk, so only these, not the locales. */
export const MOCK_LABEL_PATHS = [
  'balance.kind',
  'balance.tabs',
  'home.balance.topUp',
  'home.profile.changePassword',
  'home.profile.loginHistory',
  'nav',
  'profile.tabs',
  'role',
  'security.cities',
  'security.device',
  'security.deviceUnknown',
  'security.location',
  'services.type',
] as const

/** The areas an import may ask for with `?area=`: the groups and the mock's labels. */
export const AREA_NAMES = [...MESSAGE_GROUPS, 'mockLabels'] as const
export type AreaName = (typeof AREA_NAMES)[number]

const isTree = (value: unknown): value is MessageTree => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether `path` ("balance.kind.main") is one of `paths` or inside one of them. */
function covered(path: string, paths: readonly string[]): boolean {
  return paths.some((prefix) => path === prefix || path.startsWith(`${prefix}.`))
}

/** Whether some of `paths` lie inside `path` (so it must be walked into, not taken whole). */
function holdsSome(path: string, paths: readonly string[]): boolean {
  return paths.some((prefix) => prefix.startsWith(`${path}.`))
}

/** The keys of `messages` under `paths` (keep = true) or outside them (keep = false), in their order. */
function select(messages: MessageTree, paths: readonly string[], keep: boolean, prefix = ''): MessageTree {
  const out: MessageTree = {}
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix + key
    if (covered(path, paths)) {
      if (keep) out[key] = value
    } else if (isTree(value) && holdsSome(path, paths)) {
      const inner = select(value, paths, keep, `${path}.`)
      if (Object.keys(inner).length) out[key] = inner
    } else if (!keep) out[key] = value
  }
  return out
}

/** The messages of one area of a locale file's contents. */
export function areaMessages(messages: MessageTree, area: AreaName): MessageTree {
  if (area === 'core') return select(messages, CORE_PATHS, true)
  if (area === 'rest') return select(messages, CORE_PATHS, false)
  return select(messages, MOCK_LABEL_PATHS, true)
}

export function isAreaName(value: unknown): value is AreaName {
  return (AREA_NAMES as readonly unknown[]).includes(value)
}
