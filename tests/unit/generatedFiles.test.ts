// The outputs of `npm run gen:contract` are committed (README: "commit the result"): the type-check,
// the mock and the tests import them, so a fresh clone without them fails `npm test` at its first step.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/** The files scripts/gen-contract.mjs writes (its OUT). */
const GENERATED = ['openapi/dist/openapi.json', 'src/api/generated/openapi.ts', 'mocks/kernel/contract/validators.gen.js', 'mocks/kernel/contract/bodies.gen.js', 'mocks/kernel/contract/dbState.gen.js']

function inGitWorkTree(): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8', stdio: 'pipe' }).trim() === 'true'
  } catch {
    return false
  }
}

/** The files of `paths` that git ignores (`git check-ignore` exits 1 when it ignores none). */
function ignoredByGit(paths: string[]): string[] {
  try {
    return execFileSync('git', ['check-ignore', '--no-index', ...paths], { encoding: 'utf8', stdio: 'pipe' }).split('\n').filter(Boolean)
  } catch (error) {
    if ((error as { status?: number }).status === 1) return []
    throw error
  }
}

describe('the generated contract files', () => {
  it.skipIf(!inGitWorkTree())('are not ignored by git, so a fresh clone has them', () => {
    expect(ignoredByGit(GENERATED)).toEqual([])
  })
})
