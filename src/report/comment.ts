// What the pull request comment says about the room the step left behind: the run's report on the pull request.
import { isArchived, ROOM_TYPES } from '../docspace/types.js'
import { roomUrl } from '../docspace/room-url.js'
import { COMMENT_LIMIT, commentMarker } from '../github/comment.js'
import { GitHubApiError } from '../github/client.js'
import { commentLink, commentText, markerText } from '../lib/safe-text.js'
import type { Config, RoomSelector } from '../inputs/config.js'
import type { Outcome } from '../operations/context.js'
import type { PullRequest } from '../github/event.js'

/**
 * The marker of the comment about the room the step acts on, named by how the step finds it: the pull request's own
 * room (found by its tag) has the marker the action always had; a room found by `room-id`, `title` or `tags` has one
 * that says so (`<!-- docspace-rooms-action: pull request room title:Design%20review -->`), so that a second room of
 * the pull request gets a comment of its own instead of taking over the first one's. The pull request's tag is left
 * out of the key: it is the same for every room of the pull request, which create adds it to.
 */
export function roomCommentMarker(config: Config): string {
  const selector =
    config.operation === 'create' || config.operation === 'pull-request' ? config.existing : config.target
  return commentMarker(selector && selectorKey(selector, config.pullRequest?.tag))
}

function selectorKey(selector: RoomSelector, ownTag: string | undefined): string | undefined {
  const tags = (list: string[]) => {
    const named = [...new Set(list.filter((t) => t !== ownTag))].sort()
    return named.length ? [`tags:${named.map((t) => markerText(t)).join(',')}`] : []
  }
  switch (selector.by) {
    case 'pull-request':
      return undefined
    case 'id':
      return `room-id:${selector.id}`
    case 'title':
      return [`title:${markerText(selector.title)}`, ...tags(selector.tags)].join(' ')
    case 'tags':
      return tags(selector.tags).join(' ') || undefined
  }
}

/** How the room stands after the step, in the comment's words; for a closed pull request, why and how it comes back. */
function stateLine(outcome: Outcome, pullRequest?: PullRequest): string {
  const room = outcome.room!
  switch (outcome.result) {
    case 'deleted':
    case 'delete-started':
      return outcome.result === 'deleted'
        ? '**Deleted**: the room and its files were deleted from DocSpace.'
        : '**Being deleted**: DocSpace is deleting the room and its files.'
    case 'archive-started':
      return `**Being archived**${closed(pullRequest)}: DocSpace is moving the room to its archive; its external links stop working.${reopen(pullRequest)}`
    case 'unarchived':
      return '**Active**: restored from the archive.'
  }
  return isArchived(room)
    ? `**Archived**${closed(pullRequest)}: the room is read-only in DocSpace's archive, and its external links no longer work.${reopen(pullRequest)}`
    : '**Active**'
}

/** " because the pull request was merged", for a closed pull request's room. */
function closed(pullRequest: PullRequest | undefined): string {
  if (!pullRequest || pullRequest.open) return ''
  return ` because the pull request was ${pullRequest.merged ? 'merged' : 'closed'}`
}

/** Where the room comes back from, when the step keeps the pull request's whole life. */
function reopen(pullRequest: PullRequest | undefined): string {
  if (!pullRequest) return ''
  return pullRequest.open
    ? ' Adding the label back restores it, with its files and members.'
    : ' Reopening the pull request restores it, with its files and members.'
}

const MEMBERS_SHOWN = 100

/** The comment's text for the room the step left behind. No e-mail address goes into it, and no outside text
 * but through safe-text. */
export function commentBody(marker: string, portalUrl: string, outcome: Outcome, pullRequest?: PullRequest): string {
  for (let shown = MEMBERS_SHOWN; ; shown = Math.floor(shown / 2)) {
    const body = render(marker, portalUrl, outcome, shown, pullRequest)
    if (body.length <= COMMENT_LIMIT || shown === 0) return body
  }
}

function render(
  marker: string,
  portalUrl: string,
  outcome: Outcome,
  membersShown: number,
  pullRequest?: PullRequest
): string {
  const room = outcome.room!
  const gone = outcome.result === 'deleted' || outcome.result === 'delete-started'
  const type = ROOM_TYPES.find((t) => t.value === room.roomType)?.name
  const title = gone ? commentText(room.title) : commentLink(roomUrl(portalUrl, room.id), room.title)
  const lines = [
    marker,
    '### DocSpace room',
    '',
    `${title}${type ? ` · ${type} room` : ''}`,
    '',
    stateLine(outcome, pullRequest)
  ]
  const members = outcome.members
  if (members && members.length > 0 && !gone) {
    const names = members
      .slice(0, membersShown)
      .map(
        (m) =>
          `${commentText(m.name || 'A member without a name', 100)} (${commentText(m.access.replace(/-/g, ' '), 30)})`
      )
    const more = members.length - Math.min(members.length, membersShown)
    lines.push('', `**Members:** ${names.join(', ')}${more > 0 ? `, and ${more} more` : ''}`)
  }
  if (outcome.externalLink && !gone && !isArchived(room)) {
    lines.push('', `**External link:** ${commentLink(outcome.externalLink, outcome.externalLink, 300)}`)
  }
  lines.push('', '<sub>Kept up to date by the DocSpace Rooms action; edits to this comment are overwritten.</sub>')
  return `${lines.join('\n')}\n`
}

/**
 * The error of a run whose room work was done but whose comment could not be written: it says both, and what
 * to change when the token lacks the permission.
 */
export function commentFailure(error: unknown, outcome: Outcome): Error {
  const room = outcome.room
  const done = `The room work was done (result: ${outcome.result}${room ? `, room ${room.id} "${room.title}"` : ''}; the outputs are set)`
  const message = error instanceof Error ? error.message : String(error)
  let hint = ''
  if (error instanceof GitHubApiError) {
    if (error.status === 401) {
      hint = "github-token was not accepted: pass the job's token (the default, ${{ github.token }}) or a valid one"
    } else if ((error.status === 403 || error.status === 404) && !/rate limit/i.test(error.githubMessage)) {
      hint =
        'The token may not write to the pull request: give the job `permissions: pull-requests: write`. On `pull_request` from a fork GitHub\'s token is read-only; see "Pull requests from forks" in the README'
    }
  }
  return new Error(`${done}, but the pull request comment could not be written: ${message}${hint ? `. ${hint}` : ''}`)
}
