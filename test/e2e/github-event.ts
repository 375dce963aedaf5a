import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The fields of a webhook payload that the tests and `eventEnv` read; the rest passes through untouched. */
export interface WebhookPayload {
  action?: string
  number?: number
  repository?: { full_name: string }
  sender?: { login: string }
  pull_request?: {
    number: number
    title: string
    html_url: string
    merge_commit_sha: string | null
    head: { sha: string; ref: string }
    base: { ref: string }
  }
  [field: string]: unknown
}

interface WebhookExamples {
  name: string
  examples: WebhookPayload[]
}

// Real payloads as GitHub sends them, from @octokit/webhooks-examples.
const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json'
) as WebhookExamples[]

export type PullRequestAction =
  | 'opened'
  | 'reopened'
  | 'closed'
  | 'edited'
  | 'review_requested'
  | 'synchronize'
  | 'assigned'
  | 'converted_to_draft'
  | 'ready_for_review'
  | 'labeled'
  | 'unlabeled'

/**
 * A pull_request payload for `action`, optionally with another number or title, or these requested reviewers (on
 * `review_requested`, the last of them is the one the event requests).
 */
export function pullRequestPayload(
  action: PullRequestAction,
  change: { number?: number; title?: string; reviewers?: string[] } = {}
): WebhookPayload {
  // The examples have no `edited`: it is `opened`'s pull request with the action and what changed, as GitHub
  // sends it ("changes": {"title": {"from": …}}, docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request).
  const base = action === 'edited' ? 'opened' : action
  const example = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === base)
  if (!example) throw new Error(`no pull_request ${action} example`)
  const payload = structuredClone(example)
  if (action === 'edited') {
    payload.action = 'edited'
    payload.changes = { title: { from: payload.pull_request!.title } }
  }
  const pr = payload.pull_request
  if (!pr) throw new Error(`the pull_request ${action} example has no pull request`)
  if (change.number !== undefined) {
    payload.number = change.number
    pr.number = change.number
    pr.html_url = pr.html_url.replace(/\/\d+$/, `/${change.number}`)
  }
  if (change.title !== undefined) pr.title = change.title
  if (change.reviewers !== undefined) {
    // Each reviewer as GitHub writes a user, the author's object with another login.
    const fields = pr as unknown as Record<string, unknown>
    const user = (login: string) => ({ ...(fields.user as Record<string, unknown>), login })
    fields.requested_reviewers = change.reviewers.map(user)
    if (action === 'review_requested') payload.requested_reviewer = user(change.reviewers.at(-1)!)
  }
  return payload
}

/** The variables a runner sets for an event, with the payload written to GITHUB_EVENT_PATH. */
export function eventEnv(eventName: string, payload: WebhookPayload): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'github-event-'))
  const path = join(dir, 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  const repository = payload.repository?.full_name ?? 'octo-org/octo-repo'
  const pr = payload.pull_request
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_SHA: pr?.merge_commit_sha ?? pr?.head?.sha ?? 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main',
    GITHUB_HEAD_REF: pr?.head?.ref ?? '',
    GITHUB_BASE_REF: pr?.base?.ref ?? '',
    GITHUB_ACTOR: payload.sender?.login ?? 'octocat',
    GITHUB_WORKFLOW: 'test',
    GITHUB_JOB: 'room',
    GITHUB_ACTION: 'docspace',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '3',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: 'Linux'
  }
}
