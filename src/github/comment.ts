import * as v from 'valibot'
import type { PullRequest } from './event.js'
import { WebLink } from '../lib/web-link.js'
import { GitHubApiError, type GitHub } from './client.js'

// One comment on the pull request about its room, kept up to date by every run: found by the hidden marker it
// starts with, across every page of the pull request's comments; created by the first run, edited by the later
// ones (an edit mails nobody, a new comment mails every participant).

/** The first line of the comment; outside text in it never contains `<` (safe-text), so never this. */
export const COMMENT_MARKER = '<!-- docspace-rooms-action: pull request room -->'

/** GitHub refuses a comment body over 65,536 characters; the action stays well under. */
export const COMMENT_LIMIT = 60_000

const commentSchema = v.object({
  id: v.pipe(v.number(), v.safeInteger()),
  // Always there in GitHub's default media type: a comment read without it would count as not the room's, and the
  // run would write a second one.
  body: v.string(),
  // It becomes comment-url and a link in the summary: only an http(s) address.
  html_url: WebLink,
  user: v.optional(v.nullable(v.object({ login: v.string(), type: v.optional(v.string()) }))),
  author_association: v.optional(v.string())
})
type Comment = v.InferOutput<typeof commentSchema>

export interface CommentWrite {
  url: string
  /** what the run did to the comment */
  done: 'created' | 'updated' | 'unchanged'
}

/**
 * Starts looking for the room's comment at once, so that the lookup overlaps the room work; `write` then
 * creates or edits it.
 */
export function startRoomComment(github: Promise<GitHub>, pullRequest: PullRequest) {
  const [owner, repo] = pullRequest.repository.split('/') as [string, string]
  const listPath = `/repos/${owner}/${repo}/issues/${pullRequest.number}/comments`
  const commentPath = (id: number) => `/repos/${owner}/${repo}/issues/comments/${id}`
  // The job's token writes as a bot (github-actions[bot]). A person's comment with the marker counts only when
  // the person may write to the repository (a workflow that comments with their token): anyone else who starts
  // a comment with it is quoting or imitating it, and their comment is neither edited nor deleted. A bot's
  // comment comes first, then the oldest.
  const bot = (c: Comment) => (c.user?.type === 'Bot' ? 0 : 1)
  const ours = async (): Promise<Comment[]> =>
    (await (await github).allPages(listPath, commentSchema))
      .filter((c) => c.body.startsWith(COMMENT_MARKER) && (bot(c) === 0 || WRITERS.has(c.author_association ?? '')))
      .sort((a, b) => bot(a) - bot(b) || a.id - b.id)
  const lookup = ours()
  // Awaited by write; a run that fails before then must not also report an unhandled rejection.
  lookup.catch(() => undefined)

  /** Creates the comment; gives the one that stays, with the text it now has. */
  async function create(api: GitHub, body: string): Promise<Placed> {
    const { data: made } = await api.request('POST', listPath, commentSchema, { body })
    // Two runs that both found no comment (an `opened` and an `edited` event at once) each made one: the
    // oldest stays, with this run's text, and the others go. Only comments of the same author are touched.
    const same = (await ours()).filter((c) => c.user?.login === made.user?.login).sort((a, b) => a.id - b.id)
    const keep = same[0]
    if (!keep || keep.id === made.id) return { id: made.id, url: made.html_url, body, done: 'created' }
    for (const extra of same.slice(1)) {
      await api.request('DELETE', commentPath(extra.id), v.unknown()).catch((error: unknown) => {
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error
      })
    }
    if (keep.body !== body) await api.request('PATCH', commentPath(keep.id), commentSchema, { body })
    return { id: keep.id, url: keep.html_url, body, done: 'updated' }
  }

  let early: Promise<Placed | undefined> | undefined

  return {
    /**
     * The room exists and `body` is already the comment's final text: a pull request without the comment gets it
     * now, beside the room's other requests (README.txt) rather than after them. Only for a final text: GitHub asks
     * for a second between writes (the throttling plugin waits it), so an early comment edited at the end would
     * cost more than it saves. A failure here is reported by `write`, after the room work.
     */
    early(body: string): void {
      early ??= (async () => {
        const [existing] = await lookup
        return existing ? undefined : create(await github, body)
      })()
      early.catch(() => undefined)
    },

    async write(body: string): Promise<CommentWrite> {
      const api = await github
      const made = await early
      if (made) {
        if (made.body !== body) await api.request('PATCH', commentPath(made.id), commentSchema, { body })
        return { url: made.url, done: made.done }
      }
      const [existing] = await lookup
      if (existing) {
        if (existing.body === body) return { url: existing.html_url, done: 'unchanged' }
        const { data } = await api.request('PATCH', commentPath(existing.id), commentSchema, { body })
        return { url: data.html_url, done: 'updated' }
      }
      const placed = await create(api, body)
      return { url: placed.url, done: placed.done }
    }
  }
}

/** The comment a run created or kept, with the text it gave it. */
interface Placed {
  id: number
  url: string
  body: string
  done: CommentWrite['done']
}

export type RoomComment = ReturnType<typeof startRoomComment>

/** `author_association` of people who may write to the repository (docs.github.com/en/graphql/reference/enums#commentauthorassociation). */
const WRITERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])
