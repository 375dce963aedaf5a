import { createHash } from 'node:crypto'
import * as v from 'valibot'
import type { PullRequest } from './event.js'
import { WebLink } from '../lib/web-link.js'
import { GitHubApiError, type GitHub } from './client.js'
import { tokenIdentity, writtenBy, type Author, type Identity } from './identity.js'

// One comment on the pull request about its room, kept up to date by every run: found by the hidden marker it
// starts with, across every page of the pull request's comments, among those the token's own account wrote; created
// by the first run, edited by the later ones (an edit mails nobody, a new comment mails every participant).

/**
 * The first line of the comment about the pull request's own room (the room found by its tag): the marker every
 * version of the action has written, so that a comment written before rooms had markers of their own is still found.
 * Outside text in a comment never contains `<` (safe-text), so never a marker.
 */
export const COMMENT_MARKER = '<!-- docspace-rooms-action: pull request room -->'

/**
 * The marker of the comment about the room a step's selector names, `key` made safe by the caller (report/comment.ts):
 * two steps about two rooms of one pull request keep two comments. Every marker ends in ` -->`, so none starts
 * another.
 */
export function commentMarker(key?: string): string {
  return key ? COMMENT_MARKER.replace(' -->', ` ${key} -->`) : COMMENT_MARKER
}

/** GitHub refuses a comment body over 65,536 characters; the action stays well under. */
export const COMMENT_LIMIT = 60_000

/**
 * Bytes of comment pages read for one lookup: a page of 100 comments at GitHub's 65,536 characters is 6.6 MB, so this
 * reads about 10 such pages, or some 20,000 comments of a few lines. Of each comment only what finds the room's is
 * kept (below), so memory stays far below this.
 */
const MAX_COMMENT_LIST_BYTES = 64 * 1024 * 1024

const Id = v.pipe(v.number(), v.safeInteger())
const user = v.optional(v.nullable(v.object({ login: v.string(), id: v.optional(Id), type: v.optional(v.string()) })))

const commentSchema = v.object({
  id: Id,
  // Always there in GitHub's default media type: a comment read without it would count as not the room's, and the
  // run would write a second one.
  body: v.string(),
  // It becomes comment-url and a link in the summary: only an http(s) address.
  html_url: WebLink,
  user
})

/** What is kept of a listed comment: its id, and only for one that starts with the marker, its author, address and
 * a digest of its text (to tell whether it needs an edit). A long thread costs a few bytes a comment. */
interface Listed {
  id: number
  marked?: { url: string; author?: Author; digest: string }
}

function listedComment(marker: string) {
  return v.pipe(
    commentSchema,
    v.transform((c): Listed =>
      c.body.startsWith(marker)
        ? { id: c.id, marked: { url: c.html_url, author: c.user ?? undefined, digest: digest(c.body) } }
        : { id: c.id }
    )
  )
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64')
}

export interface CommentWrite {
  url: string
  /** what the run did to the comment */
  done: 'created' | 'updated' | 'unchanged'
}

/** A comment of the room's, with what the action knows of it. */
interface Ours {
  id: number
  url: string
  author?: Author
  digest: string
}

/**
 * Starts looking for the room's comment at once, so that the lookup overlaps the room work; `write` then
 * creates or edits it.
 */
export function startRoomComment(
  github: Promise<GitHub>,
  pullRequest: PullRequest,
  marker: string,
  debug: (line: string) => void
) {
  const [owner, repo] = pullRequest.repository.split('/') as [string, string]
  const listPath = `/repos/${owner}/${repo}/issues/${pullRequest.number}/comments`
  const commentPath = (id: number) => `/repos/${owner}/${repo}/issues/comments/${id}`
  const listing = {
    key: (c: Listed) => c.id,
    maxBytes: MAX_COMMENT_LIST_BYTES,
    what: `the comments of pull request ${pullRequest.repository}#${pullRequest.number}`
  }
  // Who the token writes as is asked only when there is a comment with the marker to judge: the first run, which
  // finds none, sends nothing more (a GraphQL query counts as a write to GitHub, which spaces writes a second apart).
  let asked: Promise<Identity> | undefined
  const whoAmI = () => (asked ??= github.then((api) => tokenIdentity(api, debug)))
  /** The comments with the marker that `who` (by default, the token's account) wrote, oldest first. Anyone else's is
   * left alone: quoted, imitated, or another app's with the same marker. */
  const ours = async (who?: Identity): Promise<Ours[]> => {
    const listed = await (await github).allPages(listPath, listedComment(marker), listing)
    const marked = listed.flatMap((c) => (c.marked ? [{ id: c.id, ...c.marked }] : []))
    if (marked.length === 0) return []
    const identity = who ?? (await whoAmI())
    return marked.filter((c) => writtenBy(c.author, identity)).sort((a, b) => a.id - b.id)
  }
  const lookup = ours()
  // Awaited by write; a run that fails before then must not also report an unhandled rejection.
  lookup.catch(() => undefined)

  /** Creates the comment; gives the one that stays, with the text it now has. */
  async function create(api: GitHub, body: string): Promise<Placed> {
    const { data: made } = await api.request('POST', listPath, commentSchema, { body })
    // Two runs that both found no comment (an `opened` and an `edited` event at once) each made one: the oldest
    // stays, with this run's text, and the others go. Only comments of the author GitHub names for this one, which
    // is the token's account whatever was taken for it, are touched.
    const author = made.user ? { login: made.user.login, id: made.user.id, bot: made.user.type === 'Bot' } : undefined
    const same = author ? await ours(author) : []
    const keep = same[0]
    if (!keep || keep.id === made.id) return { id: made.id, url: made.html_url, body, done: 'created' }
    for (const extra of same.slice(1)) {
      await api.request('DELETE', commentPath(extra.id), v.unknown()).catch((error: unknown) => {
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error
      })
    }
    if (keep.digest !== digest(body)) await api.request('PATCH', commentPath(keep.id), commentSchema, { body })
    return { id: keep.id, url: keep.url, body, done: 'updated' }
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
        if (existing.digest === digest(body)) return { url: existing.url, done: 'unchanged' }
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
