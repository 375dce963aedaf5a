import { readFile } from 'node:fs/promises'
import { MAX_TITLE_LENGTH, TITLE_REPLACED_CHARS } from '../docspace/types.js'

/** The pull request a workflow runs for, as plain values; read once here so operations need no runner. */
export interface PullRequest {
  /** `owner/repo` of the base repository. */
  repository: string
  number: number
  title: string
  url: string
  /** Stable identity of the pull request's room. DocSpace stores tags as given (no character rules),
   * and lists filter on whole tags, so `pr:owner/repo#12` cannot match another pull request. */
  tag: string
  /** The title a room gets when the workflow gives none: `repo #12 – Fix the parser`. */
  roomTitle: string
  /** What README.txt holds when the workflow gives no description. */
  description: string
  /** Login of the pull request's author. */
  author?: string
  /** Logins of the requested reviewers (with the one a `review_requested` event requests). */
  reviewers: string[]
  /** Slugs of requested reviewer teams: they cannot be invited to a room, only named in a notice. */
  teamReviewers: string[]
  /** Logins of the assignees. */
  assignees: string[]
  /** What the event says happened (`opened`, `closed`, …); '' when the payload has none. */
  action: string
  /** Whether the pull request is open, as the payload has it: a run acts on its state, not only on the event. */
  open: boolean
  merged: boolean
  /** Names of its labels. */
  labels: string[]
  /** Its head is in another repository (a fork, or a fork since deleted): GitHub passes such runs no secrets. */
  fromFork: boolean
}

/** The pull request's people, as the event payload has them. */
export type PullRequestPeople = Pick<PullRequest, 'author' | 'reviewers' | 'teamReviewers' | 'assignees'>

const NOBODY: PullRequestPeople = { reviewers: [], teamReviewers: [], assignees: [] }

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * The pull request of a `pull_request` or `pull_request_target` run, else undefined. The event is read as
 * @actions/github's `context` reads it, the JSON file GITHUB_EVENT_PATH names, without loading Octokit, which
 * only a run that asks GitHub's API something needs.
 */
export async function readPullRequest(env: NodeJS.ProcessEnv = process.env): Promise<PullRequest | undefined> {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined
  const context = { payload: await readEvent(env.GITHUB_EVENT_PATH) }
  const pr = context.payload.pull_request
  if (!pr) return undefined
  const repository = env.GITHUB_REPOSITORY || String(context.payload.repository?.full_name ?? '')
  const payload = context.payload as Record<string, unknown>
  return pullRequestFrom(
    repository,
    pr.number,
    String(pr.title ?? ''),
    String(pr.html_url ?? ''),
    peopleOf(payload),
    stateOf(payload)
  )
}

export type PullRequestState = Pick<PullRequest, 'action' | 'open' | 'merged' | 'labels' | 'fromFork'>

/** The event's action and the pull request's state, labels and origin. */
export function stateOf(
  payload: Record<string, unknown>
): Pick<PullRequest, 'action' | 'open' | 'merged' | 'labels' | 'fromFork'> {
  const pr = record(payload.pull_request)
  const head = record(record(pr.head).repo)
  const base = record(record(pr.base).repo)
  return {
    action: typeof payload.action === 'string' ? payload.action : '',
    open: pr.state !== 'closed',
    merged: pr.merged === true,
    labels: list(pr.labels)
      .map((l) => record(l).name)
      .filter((n): n is string => typeof n === 'string'),
    // A deleted fork leaves head.repo null; only a head in the base repository itself is not a fork.
    fromFork:
      typeof head.full_name !== 'string' ||
      typeof base.full_name !== 'string' ||
      head.full_name.toLowerCase() !== base.full_name.toLowerCase()
  }
}

interface EventPayload {
  pull_request?: { number: number; title?: string; html_url?: string }
  repository?: { full_name?: string }
}

async function readEvent(path: string | undefined): Promise<EventPayload> {
  if (!path) return {}
  try {
    return JSON.parse(await readFile(path, 'utf8')) as EventPayload
  } catch (error) {
    // As @actions/github's context: no file, no payload.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new Error(
      `Could not read the pull request's event from GITHUB_EVENT_PATH: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error }
    )
  }
}

/**
 * Who is on the pull request, from a `pull_request` payload: `requested_reviewers` holds users and teams alike (a team
 * has a slug, no login); a `review_requested` event names the one it requests in `requested_reviewer` or
 * `requested_team`. A reviewer who has reviewed is no longer requested, and so not listed.
 */
export function peopleOf(payload: Record<string, unknown>): PullRequestPeople {
  const pr = record(payload.pull_request)
  const reviewers: string[] = []
  const teams: string[] = []
  const add = (entry: unknown) => {
    const item = record(entry)
    if (typeof item.login === 'string') reviewers.push(item.login)
    else if (typeof item.slug === 'string' || typeof item.name === 'string') teams.push(String(item.slug ?? item.name))
  }
  for (const entry of list(pr.requested_reviewers)) add(entry)
  for (const entry of list(pr.requested_teams)) add(entry)
  if (payload.action === 'review_requested') {
    if (payload.requested_reviewer) add(payload.requested_reviewer)
    if (payload.requested_team) add(payload.requested_team)
  }
  const author = record(pr.user).login
  return {
    author: typeof author === 'string' ? author : undefined,
    reviewers: [...new Set(reviewers)],
    teamReviewers: [...new Set(teams)],
    assignees: [
      ...new Set(
        list(pr.assignees)
          .map((a) => record(a).login)
          .filter((l): l is string => typeof l === 'string')
      )
    ]
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

export function pullRequestFrom(
  repository: string,
  number: number,
  title: string,
  url: string,
  people: PullRequestPeople = NOBODY,
  state: PullRequestState = { action: '', open: true, merged: false, labels: [], fromFork: false }
): PullRequest {
  // DocSpace turns `/`, `:` and the like into `_` in titles ("fix: parser" would become "fix_ parser"), so a
  // generated title leaves them out; the tag, not the title, identifies the pull request's room.
  const name = repository.split('/').pop() ?? repository
  const cleanTitle = title.replace(TITLE_REPLACED_CHARS, ' ').replace(/\s+/g, ' ').trim()
  const roomTitle = cut(`${name} #${number} – ${cleanTitle}`.trim(), MAX_TITLE_LENGTH)
  return {
    repository,
    number,
    title,
    url,
    tag: `pr:${repository}#${number}`,
    roomTitle,
    description: `Pull request ${repository}#${number}: ${title.trim()}\n${url}\n`,
    ...people,
    ...state
  }
}

/** Cuts to `max` UTF-16 units (DocSpace's measure) without splitting a surrogate pair, marking the cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--
  return `${text.slice(0, end)}…`
}
