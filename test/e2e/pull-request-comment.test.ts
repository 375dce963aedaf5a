import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { COMMENT_MARKER } from '../../src/github/comment.js'
import { APP_BOT, BOT, RUNNER_GITHUB_TOKEN, startGitHubStandIn, USER } from '../github/server.js'
import { pullRequestPayload } from './github-event.js'
import { expectKeyHidden, useEmulator, useGitHub } from './helpers.js'
import { ACTION_ENTRY, runAction } from './run-action.js'

const env = useEmulator()
const gh = useGitHub()
const REPO = 'Codertocat/Hello-World'

const ours = () => gh.github.comments(REPO, 2).filter((c) => c.body.startsWith(COMMENT_MARKER))
// GraphQL's viewer is a POST that writes nothing.
const writes = () => gh.github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')

async function open(inputs: Record<string, string> = {}, payload = pullRequestPayload('opened')) {
  return env.run(
    { operation: 'create', 'room-type': 'collaboration', 'pull-request-comment': 'true', ...inputs },
    gh.env('pull_request', payload)
  )
}

function expectHiddenEverywhere(run: Awaited<ReturnType<typeof open>>, token: string) {
  expectKeyHidden(run, token)
  for (const c of gh.github.comments(REPO, 2)) expect(c.body).not.toContain(token)
}

describe('pull-request-comment: one comment on the pull request about its room', () => {
  it('creates one comment with the room linked, and sets comment-url', async () => {
    const run = await open()
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const roomId = run.outputs['room-id']!
    const [comment] = ours()
    expect(ours()).toHaveLength(1)
    expect(comment!.body).toContain(`href="${env.emulator.url}/rooms/shared/filter?folder=${roomId}"`)
    expect(comment!.body).toContain('collaboration room')
    expect(comment!.body).toContain('**Active**')
    expect(run.outputs['comment-url']).toBe(`https://github.com/${REPO}/pull/2#issuecomment-${comment!.id}`)
    expect(run.summary).toContain('issuecomment-')
    // Listed 100 a page, written with the job's token, which went to GitHub's API only. With no comment to judge,
    // who the token writes as is not asked.
    expect(gh.github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/${REPO}/issues/2/comments`,
      `POST /repos/${REPO}/issues/2/comments`,
      `GET /repos/${REPO}/issues/2/comments`
    ])
    expect(gh.github.requests[0]!.query).toMatchObject({ per_page: '100', page: '1' })
    expect(new Set(gh.github.requests.map((r) => r.authorization))).toEqual(new Set([`token ${RUNNER_GITHUB_TOKEN}`]))
    expect(env.emulator.requests.every((r) => r.authorization === 'valid')).toBe(true)
    expectHiddenEverywhere(run, RUNNER_GITHUB_TOKEN)
  })

  it('keeps one comment over many runs, edits it only when the room changed, and says when it is archived', async () => {
    const first = await open()
    const id = ours()[0]!.id
    for (let i = 0; i < 3; i++) {
      const again = await open()
      expect(again.exitCode).toBe(0)
      expect(again.outputs['comment-url']).toContain(`issuecomment-${id}`)
    }
    expect(ours().map((c) => c.id)).toEqual([id])
    // The room did not change, so neither did the comment: one POST, no PATCH.
    expect(writes().map((r) => r.method)).toEqual(['POST'])

    const closed = await env.run(
      { operation: 'archive', 'pull-request-comment': 'true' },
      gh.env('pull_request', pullRequestPayload('closed'))
    )
    expect(closed.exitCode).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'archived', 'room-id': first.outputs['room-id'] })
    expect(ours().map((c) => c.id)).toEqual([id])
    expect(ours()[0]!.body).toContain('**Archived**')
    expect(ours()[0]!.body).toContain('external links no longer work')
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH'])

    const reopened = await open({}, pullRequestPayload('reopened'))
    expect(reopened.outputs.result).toBe('unarchived')
    expect(ours()[0]!.body).toContain('restored from the archive')

    const deleted = await env.run(
      { operation: 'delete', 'pull-request-comment': 'true' },
      gh.env('pull_request', pullRequestPayload('closed'))
    )
    expect(deleted.outputs.result).toBe('deleted')
    expect(ours().map((c) => c.id)).toEqual([id])
    expect(ours()[0]!.body).toContain('**Deleted**')
    expect(ours()[0]!.body).not.toContain('href=')
  })

  it('finds its comment on page 3 of 250 and edits it, creating none', async () => {
    gh.github.addComments(
      REPO,
      2,
      Array.from({ length: 230 }, (_, i) => `comment ${i} mentioning ${COMMENT_MARKER.slice(0, 20)}`)
    )
    const [mine] = gh.github.addComments(REPO, 2, [`${COMMENT_MARKER}\nan older text`], {
      login: 'github-actions[bot]',
      type: 'Bot'
    })
    gh.github.addComments(
      REPO,
      2,
      Array.from({ length: 19 }, (_, i) => `later ${i}`)
    )
    expect(gh.github.comments(REPO, 2)).toHaveLength(250)
    const run = await open()
    expect(run.exitCode).toBe(0)
    expect(ours().map((c) => c.id)).toEqual([mine!.id])
    expect(ours()[0]!.body).toContain('**Active**')
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/${REPO}/issues/comments/${mine!.id}`])
    const pages = gh.github.requests.filter((r) => r.method === 'GET').map((r) => r.query.page)
    expect(pages.sort()).toEqual(['1', '2', '3'])
  })

  it("leaves alone an outsider's comment that starts with the marker", async () => {
    const [quoted] = gh.github.addComments(REPO, 2, [`${COMMENT_MARKER}\nI copied this`])
    const first = await open()
    expect(first.exitCode).toBe(0)
    const again = await open({}, pullRequestPayload('edited', { title: 'Renamed' }))
    expect(again.exitCode).toBe(0)
    const bots = ours().filter((c) => c.user.type === 'Bot')
    expect(bots).toHaveLength(1)
    expect(bots[0]!.body).toContain('Renamed')
    expect(gh.github.comments(REPO, 2).find((c) => c.id === quoted!.id)!.body).toBe(`${COMMENT_MARKER}\nI copied this`)
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH'])
    expect(again.outputs['comment-url']).toContain(`issuecomment-${bots[0]!.id}`)
  })

  it("keeps the comment of a maintainer whose token the workflow comments with, and no one else's", async () => {
    const [theirs] = gh.github.addComments(REPO, 2, [`${COMMENT_MARKER}\nolder text`], USER, 'OWNER')
    const run = await open({ 'github-token': gh.github.userToken })
    expect(run.exitCode).toBe(0)
    expect(ours().map((c) => c.id)).toEqual([theirs!.id])
    expect(writes().map((r) => r.method)).toEqual(['PATCH'])
    // A person's token is asked who it is with GET /user.
    expect(gh.github.requests.some((r) => r.path === '/user')).toBe(true)
  })

  // The marker proves nothing: another app's comment, or an insider's, may start with it. Adopted, the other app's
  // comment was overwritten with the job's token while the action's own went stale.
  it.each([
    ["another app's", { login: 'renovate[bot]', type: 'Bot', id: 29139614 } as const, 'NONE' as const],
    ['a member’s', { login: 'hubot', type: 'User', id: 480938 } as const, 'MEMBER' as const],
    ['a read-only collaborator’s', { login: 'monalisa', type: 'User', id: 2 } as const, 'COLLABORATOR' as const]
  ])("takes %s comment with the marker for no room's, with the job's token", async (_, user, association) => {
    const [theirs] = gh.github.addComments(REPO, 2, [`${COMMENT_MARKER}\ntheir text`], user, association)
    const run = await open()
    expect(run.exitCode).toBe(0)
    const mine = ours().filter((c) => c.user.login === 'github-actions[bot]')
    expect(mine).toHaveLength(1)
    expect(run.outputs['comment-url']).toContain(`issuecomment-${mine[0]!.id}`)
    expect(gh.github.comments(REPO, 2).find((c) => c.id === theirs!.id)!.body).toBe(`${COMMENT_MARKER}\ntheir text`)
    expect(writes().map((r) => r.method)).toEqual(['POST'])
  })

  it("finds its own comment with another app's installation token, by GraphQL's viewer", async () => {
    gh.github.addComments(REPO, 2, [`${COMMENT_MARKER}\nthe job's`], BOT)
    const first = await open({ 'github-token': gh.github.appToken })
    expect(first.exitCode).toBe(0)
    const again = await open({ 'github-token': gh.github.appToken }, pullRequestPayload('edited', { title: 'Renamed' }))
    expect(again.exitCode).toBe(0)
    const apps = ours().filter((c) => c.user.login === APP_BOT.login)
    expect(apps).toHaveLength(1)
    expect(apps[0]!.body).toContain('Renamed')
    expect(ours().find((c) => c.user.login === BOT.login)!.body).toBe(`${COMMENT_MARKER}\nthe job's`)
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH'])
    // GET /user is not asked of an installation's token, which may not call it.
    expect(gh.github.requests.some((r) => r.path === '/user')).toBe(false)
  })

  it('leaves one comment when two runs find none at once', async () => {
    await env.run(
      { operation: 'create', 'room-type': 'collaboration' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    const runs = await Promise.all([open(), open(), open()])
    for (const run of runs) expect(run.exitCode).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(env.emulator.activeRooms()).toHaveLength(1)
    // Every run names the comment that stayed.
    for (const run of runs) expect(run.outputs['comment-url']).toContain(`issuecomment-${ours()[0]!.id}`)
  })

  it('waits out a secondary rate limit (retry-after) and a used-up primary one (x-ratelimit-reset)', async () => {
    gh.github.addFault('GET', /\/comments$/, { kind: 'primary', status: 403, resetInSeconds: 1 })
    gh.github.addFault('POST', /\/comments$/, { kind: 'secondary', status: 429, retryAfterSeconds: 1 })
    const run = await open()
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(writes().map((r) => r.status)).toEqual([429, 201])
    expect(run.stdout).toMatch(/::warning::GitHub's rate limit: sending POST .* again in 1 s/)
  })

  it('does not wait past timeout-seconds for a rate limit, and says the room was made', async () => {
    gh.github.addFault('POST', /\/comments$/, { kind: 'secondary', status: 403, retryAfterSeconds: 3600 })
    const run = await open()
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('created')
    expect(run.errors[0]).toMatch(/^The room work was done \(result: created, room \d+/)
    expect(run.errors[0]).toMatch(
      /HTTP 403: GitHub says "You have exceeded a secondary rate limit.*Not retried: GitHub asks to wait 3600 s, past timeout-seconds/
    )
    expect(run.errors[0]).not.toContain('pull-requests: write')
  })

  it('sends a rate-limited request again at most max-retries times', async () => {
    gh.github.addFault('POST', /\/comments$/, { kind: 'secondary', status: 429, retryAfterSeconds: 1 }, 2)
    const run = await open({ 'max-retries': '1' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('created')
    expect(run.errors[0]).toContain('HTTP 429: GitHub says "You have exceeded a secondary rate limit')
    expect(run.errors[0]).toContain('Not retried: 1 retry already (max-retries)')
    expect(writes()).toHaveLength(2)
  })

  it('bounds each GitHub request by request-timeout-seconds', async () => {
    gh.github.addFault('GET', /\/comments$/, { kind: 'delay', ms: 3000 })
    const run = await open({ 'request-timeout-seconds': '0.5' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('created')
    expect(run.errors[0]).toMatch(
      /The room work was done .*GET \/repos\/Codertocat\/Hello-World\/issues\/2\/comments failed: GitHub did not answer: no answer within 0.5 s \(request-timeout-seconds\)/
    )
  })

  it('reads no more than 1,000 pages, whatever GitHub claims', async () => {
    const last = `<${gh.github.url}/repos/${REPO}/issues/2/comments?per_page=100&page=5000>; rel="last"`
    gh.github.addFault('GET', /\/comments$/, { kind: 'status', status: 200, body: [], headers: { link: last } })
    const run = await open()
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('created')
    expect(run.errors[0]).toContain('GitHub lists more than 1000 pages of 100')
    expect(gh.github.requests.filter((r) => r.method === 'GET')).toHaveLength(1)
  })

  it('fails naming pull-requests: write after the room work, with the outputs set, on a read-only token', async () => {
    const token = gh.github.readOnlyToken
    const run = await open({ 'github-token': token })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('created')
    expect(env.emulator.room(Number(run.outputs['room-id']))).toBeDefined()
    expect(run.outputs['comment-url']).toBeUndefined()
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('The room work was done (result: created, room')
    expect(run.errors[0]).toContain('HTTP 403: GitHub says "Resource not accessible by integration"')
    expect(run.errors[0]).toContain('`permissions: pull-requests: write`')
    expect(run.summary).toContain('created')
    expect(new Set(gh.github.requests.map((r) => r.authorization))).toEqual(new Set([`token ${token}`]))
    expectHiddenEverywhere(run, token)
  })

  it('names github-token when GitHub refuses the token', async () => {
    const run = await open({ 'github-token': 'ghp_notARealToken0123456789abcdef' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTTP 401: GitHub says "Bad credentials"')
    expect(run.errors[0]).toContain('github-token was not accepted')
    expectHiddenEverywhere(run, 'ghp_notARealToken0123456789abcdef')
  })

  it('refuses an empty github-token before sending anything', async () => {
    const run = await open({ 'github-token': '' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^Input "github-token" is empty, and pull-request-comment asks GitHub's API/)
    expect(env.emulator.requests).toEqual([])
    expect(gh.github.requests).toEqual([])
  })

  it('asks GitHub nothing without pull-request-comment, or outside a pull-request event', async () => {
    const plain = await env.run(
      { operation: 'create', 'room-type': 'collaboration' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    expect(plain.exitCode).toBe(0)
    const push = await env.run(
      { operation: 'create', title: 'Release room', 'pull-request-comment': 'true' },
      { GITHUB_API_URL: gh.github.url, GITHUB_EVENT_NAME: 'push' }
    )
    expect(push.exitCode).toBe(0)
    expect(push.stdout).toContain(
      '::warning::Input "pull-request-comment" is ignored: this run is not for a pull_request'
    )
    expect(gh.github.requests).toEqual([])
  })

  it('writes untrusted titles safely: no e-mail address, no mention, no second marker', async () => {
    const title = `Fix for alice@example.com, cc @octocat ${COMMENT_MARKER} <img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))`
    const run = await open({}, pullRequestPayload('opened', { title }))
    expect(run.exitCode).toBe(0)
    const body = ours()[0]!.body
    expect(body).not.toMatch(/[\w.]+@[\w.]+\.\w+/)
    expect(body).not.toMatch(/@octocat/)
    expect(body.split(COMMENT_MARKER)).toHaveLength(2)
    expect(body).not.toContain('<img')
    expect(body).not.toContain('**bold**')
  })
})

describe('two rooms of one pull request, two comments', () => {
  const DESIGN_MARKER = '<!-- docspace-rooms-action: pull request room title:Design%20review -->'
  const withMarker = (marker: string) => gh.github.comments(REPO, 2).filter((c) => c.body.startsWith(marker))

  it('a step about another room keeps its own comment, and the pull request room keeps the old marker', async () => {
    // A team's room the pull request's workflow also reports on: found by title, not by the pull request's tag.
    const team = env.emulator.addRoom({ title: 'Design review', roomType: 2 })
    const own = await open()
    const design = await env.run(
      { operation: 'get', title: 'Design review', 'pull-request-comment': 'true' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    expect(own.exitCode).toBe(0)
    expect(design.exitCode).toBe(0)
    const [first] = withMarker(`${COMMENT_MARKER}\n`)
    const [second] = withMarker(DESIGN_MARKER)
    expect(first!.body).toContain(`folder=${own.outputs['room-id']}"`)
    expect(second!.body).toContain(`folder=${team.id}"`)
    expect(own.outputs['comment-url']).toContain(`issuecomment-${first!.id}`)
    expect(design.outputs['comment-url']).toContain(`issuecomment-${second!.id}`)

    // Each step finds its own again: the pull request's room archived on close leaves the team room's comment alone.
    const closed = await env.run(
      { operation: 'archive', 'pull-request-comment': 'true' },
      gh.env('pull_request', pullRequestPayload('closed'))
    )
    expect(closed.exitCode).toBe(0)
    expect(gh.github.comments(REPO, 2)).toHaveLength(2)
    expect(withMarker(`${COMMENT_MARKER}\n`)[0]!.body).toContain('**Archived**')
    expect(withMarker(DESIGN_MARKER)[0]!.body).toContain('**Active**')
    expect(withMarker(DESIGN_MARKER)[0]!.body).toContain(`folder=${team.id}"`)
  })

  it("a comment with the old marker stays the pull request room's, and no other room's", async () => {
    const [old] = gh.github.addComments(REPO, 2, [`${COMMENT_MARKER}\nwritten by an earlier version`], BOT)
    env.emulator.addRoom({ title: 'Design review', roomType: 2 })
    const design = await env.run(
      { operation: 'get', title: 'Design review', 'pull-request-comment': 'true' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    expect(design.exitCode).toBe(0)
    expect(gh.github.comments(REPO, 2).find((c) => c.id === old!.id)!.body).toBe(
      `${COMMENT_MARKER}\nwritten by an earlier version`
    )
    const own = await open()
    expect(own.outputs['comment-url']).toContain(`issuecomment-${old!.id}`)
    expect(gh.github.comments(REPO, 2)).toHaveLength(2)
  })
})

describe('Octokit is loaded only by a run that asks GitHub something', () => {
  it('runs a pull-request event without the chunks that hold Octokit and the throttling plugin', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-without-octokit-'))
    cpSync(dirname(ACTION_ENTRY), dist, { recursive: true })
    const removed = readdirSync(dist).filter((f) => {
      const text = f.endsWith('.index.js') ? readFileSync(join(dist, f), 'utf8') : ''
      return text.includes('octokit-core.js') || text.includes('Bottleneck')
    })
    expect(removed).toHaveLength(2)
    for (const f of removed) rmSync(join(dist, f))
    const run = (inputs: Record<string, string>) =>
      runAction(
        { 'portal-url': env.emulator.url, 'api-key': env.emulator.apiKey, operation: 'create', ...inputs },
        gh.env('pull_request', pullRequestPayload('opened')),
        join(dist, 'index.js')
      )
    const plain = await run({})
    expect(plain.errors).toEqual([])
    expect(plain.outputs.result).toBe('created')
    const commented = await run({ 'pull-request-comment': 'true' })
    expect(commented.exitCode).toBe(1)
    expect(commented.errors[0]).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/)
  })
})

describe('pull-request-comment on GitHub Enterprise Server', () => {
  it('talks to GITHUB_API_URL (https://HOST/api/v3)', async () => {
    const ghes = await startGitHubStandIn({ basePath: '/api/v3', webUrl: 'https://github.example.com' })
    try {
      const run = await env.run(
        { operation: 'create', 'pull-request-comment': 'true' },
        { ...gh.env('pull_request', pullRequestPayload('opened')), GITHUB_API_URL: ghes.url }
      )
      expect(run.exitCode).toBe(0)
      expect(run.outputs['comment-url']).toMatch(
        /^https:\/\/github\.example\.com\/Codertocat\/Hello-World\/pull\/2#issuecomment-/
      )
      expect(ghes.comments(REPO, 2)).toHaveLength(1)
      expect(gh.github.requests).toEqual([])
    } finally {
      await ghes.close()
    }
  })
})

describe('create on an edited pull request', () => {
  const renames = () => env.emulator.requests.filter((r) => r.method === 'PUT' && /^\/files\/rooms\/\d+$/.test(r.path))

  it('renames the reused room to the new title, and only then', async () => {
    const first = await open()
    const unchanged = await open({}, pullRequestPayload('edited'))
    expect(unchanged.outputs.result).toBe('found')
    expect(renames()).toEqual([])

    const edited = await open({}, pullRequestPayload('edited', { title: 'fix: the parser, again' }))
    expect(edited.exitCode).toBe(0)
    expect(edited.outputs).toMatchObject({
      result: 'found',
      'room-id': first.outputs['room-id'],
      'room-title': 'Hello-World #2 – fix the parser, again'
    })
    expect(renames()).toHaveLength(1)
    // `#2` written so that GitHub finds no reference in it: a zero-width space after the `#`.
    expect(ours()[0]!.body).toContain('Hello-World &#35;&#8203;2 – fix the parser, again')

    // A title DocSpace saves differently from how it was sent is not renamed again and again.
    const long = `${'A very long title '.repeat(12)}*end*`
    await open({}, pullRequestPayload('edited', { title: long }))
    await open({}, pullRequestPayload('edited', { title: long }))
    expect(renames()).toHaveLength(2)
  })

  it('keeps a title given as input', async () => {
    await open({ title: 'Fixed title' })
    const edited = await open({ title: 'Fixed title' }, pullRequestPayload('edited', { title: 'Something else' }))
    expect(edited.outputs['room-title']).toBe('Fixed title')
    expect(renames()).toEqual([])
  })
})
