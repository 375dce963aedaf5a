import * as v from 'valibot'
import type { Room } from '../docspace/types.js'
import type { GitHub } from './client.js'

/** The repository's open pull requests, for sparing their rooms. */
export interface OpenPullRequests {
  repository: string
  numbers: ReadonlySet<number>
}

// An object schema keeps only these two of the hundreds of fields GitHub lists a pull request with.
const pullSchema = v.object({ number: v.pipe(v.number(), v.safeInteger()), state: v.string() })

/**
 * Bytes of answers the listing may take: GitHub lists a pull request with both repositories whole, about 25 KB, so this
 * reads about 10,000 open pull requests. Only their numbers are kept.
 */
const MAX_PULL_LIST_BYTES = 256 * 1024 * 1024

/**
 * The repository's open pull requests, all pages of them, read once. `GET /repos/{owner}/{repo}/pulls` lists
 * open ones by default (docs.github.com/en/rest/pulls/pulls#list-pull-requests) and needs `pull-requests: read`.
 */
export async function readOpenPullRequests(
  github: Promise<GitHub>,
  repository: string | undefined
): Promise<OpenPullRequests> {
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new Error(
      `skip-open-pull-requests needs the repository as owner/name in GITHUB_REPOSITORY, which the runner sets; got "${repository ?? ''}"`
    )
  }
  const pulls = await (
    await github
  ).allPages(`/repos/${repository}/pulls`, pullSchema, {
    key: (pull) => pull.number,
    maxBytes: MAX_PULL_LIST_BYTES,
    what: `the open pull requests of ${repository}`,
    params: { state: 'open' }
  })
  return { repository, numbers: new Set(pulls.filter((p) => p.state === 'open').map((p) => p.number)) }
}

/** The pull request number of a room's `pr:owner/repo#N` tag for this repository (names compare in any case,
 * as GitHub's do), if it has one. */
export function pullRequestOf(room: Room, repository: string): number | undefined {
  const prefix = `pr:${repository.toLowerCase()}#`
  for (const tag of room.tags) {
    if (!tag.toLowerCase().startsWith(prefix)) continue
    const number = tag.slice(prefix.length)
    if (/^\d+$/.test(number)) return Number(number)
  }
  return undefined
}
