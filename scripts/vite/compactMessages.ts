// The precompiled locale messages as the smallest data vue-i18n's runtime reads, parsed from JSON.
//
// @intlify/unplugin-vue-i18n turns every text into an AST object literal: a static text becomes
// `{t:0,b:{t:2,i:[{t:3}],s:"…"}}`, four objects, of which the runtime reads only `b` and `s`
// (@intlify/core-base formatMessageParts: with `s` present the items are never looked at). And a
// module of one big object literal keeps V8's boilerplate copy of it beside the objects themselves.
// So this plugin, after the unplugin, drops the unread items of static texts and emits the tree as
// `JSON.parse('…')`: same texts and the same lookups, a fraction of the heap (issue 15: the
// messages were the largest part of what the idle work added to it).
import type { Plugin } from 'vite'

const LOCALE_FILE = /[\\/]locales[\\/]([a-z]+\.)?[a-z]{2}\.json(\?.*)?$/
const PREFIX = 'const resource = '
const SUFFIX = 'export default resource'

type Tree = { [key: string]: unknown }

const isTree = (value: unknown): value is Tree => !!value && typeof value === 'object' && !Array.isArray(value)

/** A message's AST node without the parts the runtime never reads; anything else as it is. */
export function compactMessageTree(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(compactMessageTree)
  if (!isTree(node)) {
    if (typeof node === 'function') throw new Error('a precompiled message is a function: expected JIT ASTs (data only)')
    return node
  }
  // A message body with a static text: the text alone is what formatMessageParts returns. (A
  // production build writes the AST's short keys, the dev server and the tests its long ones.)
  if (node.t === 2 && typeof node.s === 'string') return { t: 2, s: node.s }
  if (node.type === 2 && typeof node.static === 'string') return { type: 2, static: node.static }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, compactMessageTree(value)]))
}

/** The unplugin's module (`const resource = {…}\nexport default resource`) as a JSON.parse of the compacted tree. */
export function compactMessageModule(code: string): string | null {
  const start = code.indexOf(PREFIX)
  const end = code.lastIndexOf(SUFFIX)
  // Anything else around it (a dev server's hot-update code) and the module is left as it is.
  if (start !== 0 || end < 0 || code.slice(end + SUFFIX.length).trim() !== '') return null
  // The literal is the unplugin's own output for our JSON files: data only (checked while compacting).
  const tree = new Function(`return (${code.slice(PREFIX.length, end)})`)() as unknown
  const json = JSON.stringify(compactMessageTree(tree))
  return `export default ${json}\n`
}

export function compactMessages(): Plugin {
  return {
    name: 'ccp:compact-messages',
    enforce: 'post',
    transform(code, id) {
      if (!LOCALE_FILE.test(id)) return null
      const compacted = compactMessageModule(code)
      return compacted === null ? null : { code: compacted, map: null }
    },
  }
}
