import type { Deadline } from '../lib/deadline.js'
import type { Config } from '../inputs/config.js'
import type { Outcome } from '../operations/context.js'
import { connectGitHub } from '../github/client.js'
import { startRoomComment } from '../github/comment.js'
import { commentBody, commentFailure, roomCommentMarker } from './comment.js'
import { readOpenPullRequests, type OpenPullRequests } from '../github/open-pull-requests.js'

/** What a run asks GitHub's API, started with the DocSpace work so that its first requests go out beside it. */
export interface GitHubWork {
  /** archive-stale with skip-open-pull-requests: the open pull requests, read once. */
  openPullRequests?: Promise<OpenPullRequests>
  /** The room exists and nothing more will change it: the comment may be posted now. */
  roomSettled?: (outcome: Outcome) => void
  /** Writes the comment about the outcome's room; an error to fail the step with after the report. */
  finish(outcome: Outcome): Promise<Error | undefined>
}

export function startGitHubWork(
  config: Config,
  deadline: Deadline,
  log: { info: (line: string) => void; debug: (line: string) => void; warn: (line: string) => void }
): GitHubWork {
  // Only a run that asks GitHub something loads Octokit.
  // A pull_request run from a fork without a key does nothing, GitHub included.
  if (config.forkWithoutKey || (!config.pullRequestComment && !config.skipOpenPullRequests)) {
    return { finish: () => Promise.resolve(undefined) }
  }
  const github = connectGitHub({
    token: config.githubToken,
    deadline,
    requestTimeoutMs: config.requestTimeoutMs,
    maxRetries: config.maxRetries,
    debug: log.debug,
    warn: log.warn
  })
  const openPullRequests = config.skipOpenPullRequests
    ? readOpenPullRequests(github, process.env.GITHUB_REPOSITORY)
    : undefined
  // Read by archive-stale, which reports its failure; until then it must not count as unhandled.
  openPullRequests?.catch(() => undefined)
  const marker = roomCommentMarker(config)
  // The comment of the one-step pull-request life says why the room was archived and how it comes back.
  const lifecycle = config.operation === 'pull-request' ? config.pullRequest : undefined
  const comment = config.pullRequestComment
    ? startRoomComment(github, config.pullRequest!, marker, log.debug)
    : undefined
  return {
    openPullRequests,
    roomSettled: comment && ((settled) => comment.early(commentBody(marker, config.portalUrl, settled, lifecycle))),
    async finish(outcome) {
      if (!comment || !outcome.room) return undefined
      try {
        const written = await comment.write(commentBody(marker, config.portalUrl, outcome, lifecycle))
        outcome.commentUrl = written.url
        log.info(`Pull request comment ${written.done}: ${written.url}`)
        return undefined
      } catch (error) {
        return commentFailure(error, outcome)
      }
    }
  }
}
