import * as v from 'valibot'
import { GitHubApiError, type GitHub } from './client.js'

// Who the token writes as, so that the action takes for its own only the comments it wrote. A marker at the start of a
// comment proves nothing: another app's comment or a maintainer's can start with it as well, and adopting one overwrote
// it with this token while the action's own went stale.
//
// How others know: marocchino/sticky-pull-request-comment asks GraphQL's `viewer` (which answers for a person's token
// and for an app installation's); peter-evans/find-comment leaves it to the workflow (`comment-author`). Here: a
// person's token is asked `GET /user`, which an installation's token may not call ("Resource not accessible by
// integration"); an installation's token (`ghs_`, the job's GITHUB_TOKEN among them) is asked GraphQL's `viewer`,
// which names its app's bot; should that fail but for a refused token, the job's token's bot, github-actions[bot], is
// assumed. A wrong guess costs a second comment at worst, which `create` in comment.ts then folds into the oldest one
// of the author the create's answer names.

/** The account a token writes as. */
export interface Identity {
  login: string
  /** Its user ID, when GitHub said it. */
  id?: number
  /** An app's bot (`type: Bot`, login ending in `[bot]`), not a person. */
  bot: boolean
}

/** The job's token writes as GitHub Actions' app (user 41898282 on github.com; another ID on GitHub Enterprise Server). */
export const GITHUB_ACTIONS_BOT: Identity = { login: 'github-actions[bot]', bot: true }

const Id = v.pipe(v.number(), v.safeInteger())
const UserAnswer = v.object({ login: v.string(), id: Id, type: v.optional(v.string()) })
const ViewerAnswer = v.object({ viewer: v.object({ login: v.string(), databaseId: v.optional(v.nullable(Id)) }) })

export async function tokenIdentity(github: GitHub, debug: (line: string) => void): Promise<Identity> {
  if (!github.installationToken) {
    try {
      const { data } = await github.request('GET', '/user', UserAnswer)
      return { login: data.login, id: data.id, bot: data.type === 'Bot' }
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 403)) throw error
    }
  }
  try {
    const { viewer } = await github.graphql('query { viewer { login databaseId } }', ViewerAnswer)
    return { login: viewer.login, id: viewer.databaseId ?? undefined, bot: true }
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 401) throw error
    debug(
      `GitHub did not say which app the token belongs to (${error instanceof Error ? error.message : String(error)}); taking it for the job's token, ${GITHUB_ACTIONS_BOT.login}`
    )
    return GITHUB_ACTIONS_BOT
  }
}

/** A comment's author as GitHub lists it. */
export interface Author {
  login: string
  id?: number
  type?: string
}

/** Whether `author` is `identity`. GraphQL names a bot without the `[bot]` that the REST API adds to its login. */
export function writtenBy(author: Author | undefined, identity: Identity): boolean {
  if (!author) return false
  const plain = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '')
  if (plain(author.login) !== plain(identity.login)) return false
  if ((author.type === 'Bot') !== identity.bot) return false
  return identity.id === undefined || author.id === undefined || author.id === identity.id
}
