// GitHub's answers are checked like DocSpace's: Octokit hands over whatever came, so an answer in another shape must
// fail the step clearly. Read as "no comment", it would make a second comment on every run; read as "no open pull
// requests", it would archive the rooms of pull requests still open.
import { COMMENT_MARKER } from '../../src/github/comment.js'
import { pullRequestPayload } from './github-event.js'
import { useEmulator, useGitHub } from './helpers.js'

const env = useEmulator()
const gh = useGitHub()
const REPO = 'octo-org/octo-repo'
const DAY = 86_400_000

const archiveRequests = () => env.emulator.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/archive'))

describe('skip-open-pull-requests archives nothing on a pulls answer it cannot read', () => {
  const stale = () => {
    const old = new Date(Date.now() - 90 * DAY)
    return env.emulator.addRoom({ title: 'PR 7', tags: [`pr:${REPO}#7`], created: old, updated: old })
  }
  const run = () =>
    env.run(
      { operation: 'archive-stale', 'stale-days': '30', 'skip-open-pull-requests': 'true' },
      { GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.github.url }
    )

  it.each([
    ['an object instead of a list', { total_count: 1, items: [{ number: 7, state: 'open' }] }],
    ['null', null],
    ['a pull request without its number', [{ state: 'open', title: 'seven' }]],
    ['a number as text', [{ number: '7', state: 'open' }]]
  ])('%s', async (_, body) => {
    const room = stale()
    gh.github.setPulls(REPO, [{ number: 7, state: 'open', title: 'seven' }])
    gh.github.addFault('GET', /\/pulls$/, { kind: 'status', status: 200, body })
    const result = await run()
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(
      /Nothing was archived: .*GitHub answered GET \/repos\/octo-org\/octo-repo\/pulls with something the action cannot read/
    )
    expect(archiveRequests()).toEqual([])
    expect(env.emulator.room(room.id)!.archived).toBe(false)
  })

  it('a full page without a link header: the next page is asked for all the same', async () => {
    const room = stale()
    // 150 open pull requests, #7 on the second page (newest first); the first page comes without `link`.
    const pulls = Array.from({ length: 150 }, (_, i) => ({ number: i + 1, state: 'open' as const, title: `PR ${i}` }))
    gh.github.setPulls(REPO, pulls)
    const first = [...pulls]
      .sort((a, b) => b.number - a.number)
      .slice(0, 100)
      .map((p) => ({ number: p.number, state: p.state }))
    gh.github.addFault('GET', /\/pulls$/, { kind: 'status', status: 200, body: first })
    const result = await run()
    expect(result.errors).toEqual([])
    expect(archiveRequests()).toEqual([])
    expect(env.emulator.room(room.id)!.archived).toBe(false)
  })
})

describe('pull-request-comment writes no second comment on a comments answer it cannot read', () => {
  const REPO2 = 'Codertocat/Hello-World'
  const open = () =>
    env.run(
      { operation: 'create', 'room-type': 'collaboration', 'pull-request-comment': 'true' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
  const listed = (comment: Record<string, unknown>) => ({
    html_url: `https://github.com/${REPO2}/pull/2#issuecomment-1`,
    user: { login: 'github-actions[bot]', type: 'Bot' },
    author_association: 'NONE',
    ...comment
  })

  it.each([
    ['a comment without its body', [listed({ id: 1 })], /response\[0\]\.body: Invalid key/],
    ['a comment whose body is null', [listed({ id: 1, body: null })], /\(response\[0\]\.body: .*null/],
    ['a comment without its id', [listed({ body: `${COMMENT_MARKER}\nold` })], /\(response\[0\]\.id: /],
    ['an object instead of a list', { comments: [] }, /\(response: .*Array/]
  ])('%s', async (_, body, named) => {
    gh.github.addFault('GET', /\/comments$/, { kind: 'status', status: 200, body })
    const run = await open()
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/the pull request comment could not be written: GitHub answered GET .* cannot read/)
    expect(run.errors[0]).toMatch(named)
    expect(gh.github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([])
  })
})

describe("the comment's address GitHub answers with", () => {
  it('is taken only as an http(s) link: it becomes comment-url and a link in the summary', async () => {
    gh.github.addFault('POST', /\/comments$/, {
      kind: 'status',
      status: 201,
      body: {
        id: 77,
        body: `${COMMENT_MARKER}\n`,
        html_url: 'javascript:alert(document.domain)',
        user: { login: 'github-actions[bot]', type: 'Bot' }
      }
    })
    const run = await env.run(
      { operation: 'create', 'room-type': 'collaboration', 'pull-request-comment': 'true' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /GitHub answered POST .*comments with something the action cannot read \(response\.html_url: /
    )
    expect(run.outputs['comment-url']).toBeUndefined()
    expect(run.summary).not.toContain('javascript:')
  })
})

describe("GitHub's words in an error are clipped", () => {
  it('an HTML page of 2 MB as the answer to a failed request', async () => {
    gh.github.addFault(
      'GET',
      /\/pulls$/,
      {
        kind: 'status',
        status: 502,
        body: `<html><body>Bad gateway ${'x'.repeat(2_000_000)}</body></html>`,
        headers: { 'content-type': 'text/html' }
      },
      10
    )
    const run = await env.run(
      { operation: 'archive-stale', 'stale-days': '30', 'skip-open-pull-requests': 'true' },
      { GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.github.url }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('failed with HTTP 502: GitHub says "')
    expect(run.errors[0]).toContain('Bad gateway')
    expect(run.errors[0]!.length).toBeLessThan(1000)
    // The job summary takes at most 1 MiB; the log stays readable.
    expect(run.summary.length).toBeLessThan(10_000)
    expect(run.log.length).toBeLessThan(20_000)
  })
})
