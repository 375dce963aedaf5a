import { COMMENT_MARKER } from '../../src/github/comment.js'
import { RUNNER_GITHUB_TOKEN } from '../github/server.js'
import { pullRequestPayload, type PullRequestAction, type WebhookPayload } from './github-event.js'
import { useEmulator, useGitHub } from './helpers.js'
import { jobRuns, readmeWorkflow, renderedInputs, triggers, type Contexts } from './readme-workflows.js'
import type { CompactRoom } from '../support/docspace-json.js'

const env = useEmulator({ operationDelayMs: 30 })
const gh = useGitHub()
const DAY = 86_400_000

/** The secret DOCSPACE_USERS: the real payloads' author (Codertocat) and reviewers, by e-mail. */
const DOCSPACE_USERS = 'Codertocat: ana@example.com\noctocat: oscar@example.com\nhubot: hugo@example.com'

/** The people of DOCSPACE_USERS as users of the portal; the emulator drops them again after each test. */
function seedPeople() {
  const { state } = env.emulator
  return {
    author: state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' }),
    reviewer: state.addUser({ email: 'oscar@example.com', displayName: 'Oscar Octo', type: 'User' }),
    later: state.addUser({ email: 'hugo@example.com', displayName: 'Hugo Hubot', type: 'User' })
  }
}

/** Runs the action step of a README workflow for an event, as GitHub would after checking the trigger. */
async function runReadmeWorkflow(
  name: string,
  eventName: string,
  payload: WebhookPayload,
  inputs: Record<string, unknown> = {}
) {
  const workflow = readmeWorkflow(name)
  expect(workflow.permissions).toEqual({ 'pull-requests': name.startsWith('pull-request') ? 'write' : 'read' })
  expect(triggers(workflow, eventName, payload.action)).toBe(true)
  // The job's token can write to pull requests only when the workflow's permissions say so.
  const canWrite = (workflow.permissions as Record<string, string>)['pull-requests'] === 'write'
  const contexts: Contexts = {
    secrets: { DOCSPACE_API_KEY: env.emulator.apiKey, DOCSPACE_USERS },
    vars: { DOCSPACE_URL: env.emulator.url },
    inputs,
    github: { event_name: eventName, event: payload }
  }
  expect(jobRuns(workflow, contexts)).toBe(true)
  const withInputs = renderedInputs(workflow, contexts)
  withInputs['github-token'] ??= canWrite ? RUNNER_GITHUB_TOKEN : gh.github.readOnlyToken
  return env.run(withInputs, gh.env(eventName, payload))
}

const pr = (action: PullRequestAction) => pullRequestPayload(action)
const comments = () => gh.github.comments('Codertocat/Hello-World', 2).filter((c) => c.body.startsWith(COMMENT_MARKER))
const shareWrites = () => env.emulator.requests.filter((r) => r.method === 'PUT' && /\/share$/.test(r.path))
const gitHubWrites = () => gh.github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')

/** No e-mail address and no secret in any comment on the pull request: on a public repository it is public. */
function expectCommentsClean() {
  for (const c of gh.github.comments('Codertocat/Hello-World', 2)) {
    expect(c.body).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
    expect(c.body).not.toContain(env.emulator.apiKey)
    expect(c.body).not.toContain(RUNNER_GITHUB_TOKEN)
  }
}

describe('README: a room for every pull request', () => {
  it('creates the room once, however often it runs', async () => {
    const first = await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('opened'))
    expect(first.exitCode).toBe(0)
    expect(first.outputs.result).toBe('created')
    expect(first.outputs['room-title']).toBe('Hello-World #2 – Update the README with new information.')
    const room = env.emulator.room(Number(first.outputs['room-id']))!
    expect(room.tags).toEqual(['pr:Codertocat/Hello-World#2'])
    expect(room.roomType).toBe(2)
    expect(room.files[0]).toMatchObject({ title: 'README.txt' })
    expect(room.files[0]!.content).toContain('https://github.com/Codertocat/Hello-World/pull/2')
    expect(room.files[0]!.content).toContain('Update the README with new information.')

    for (let i = 0; i < 2; i++) {
      const again = await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('opened'))
      expect(again.exitCode).toBe(0)
      expect(again.outputs).toMatchObject({ result: 'found', 'room-id': String(room.id) })
    }
    expect(env.emulator.activeRooms()).toHaveLength(1)
    expect(env.emulator.requests.filter((r) => r.method === 'POST' && r.path === '/files/rooms')).toHaveLength(1)
  })

  it('finds the room by its tag after the pull request was renamed, and renames the room', async () => {
    const opened = await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('opened'))
    const renamed = pullRequestPayload('edited', { title: 'A better title' })
    const run = await runReadmeWorkflow('pull-request-opened', 'pull_request', renamed)
    expect(run.outputs).toMatchObject({
      result: 'found',
      'room-id': opened.outputs['room-id'],
      'room-title': 'Hello-World #2 – A better title'
    })
    expect(env.emulator.activeRooms()).toHaveLength(1)
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.body).toContain('A better title')
  })

  it('does not run for an edit of a closed pull request, which would restore its archived room', () => {
    const closedEdit = { ...pr('closed'), action: 'edited', changes: { title: { from: 'Old' } } }
    const workflow = readmeWorkflow('pull-request-opened')
    expect(triggers(workflow, 'pull_request', 'edited')).toBe(true)
    const contexts = (payload: WebhookPayload): Contexts => ({
      secrets: {},
      vars: {},
      inputs: {},
      github: { event_name: 'pull_request', event: payload }
    })
    expect(jobRuns(workflow, contexts(closedEdit))).toBe(false)
    expect(jobRuns(workflow, contexts(pullRequestPayload('edited')))).toBe(true)
  })

  it('posts one comment linking the room, and the closed workflow updates it to say archived', async () => {
    const opened = await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('opened'))
    expect(opened.exitCode).toBe(0)
    expect(comments()).toHaveLength(1)
    const [comment] = comments()
    expect(comment!.body).toContain(`folder=${opened.outputs['room-id']}"`)
    expect(comment!.body).toContain('**Active**')
    expect(opened.outputs['comment-url']).toContain(`#issuecomment-${comment!.id}`)

    const closed = await runReadmeWorkflow('pull-request-closed', 'pull_request', pr('closed'))
    expect(closed.exitCode).toBe(0)
    expect(closed.outputs.result).toBe('archived')
    expect(comments().map((c) => c.id)).toEqual([comment!.id])
    expect(comments()[0]!.body).toContain('**Archived**')
    expect(comments()[0]!.body).toContain('external links no longer work')
    expect(new Set(gh.github.requests.map((r) => r.authorization))).toEqual(new Set([`token ${RUNNER_GITHUB_TOKEN}`]))
  })

  it('gives the author and the requested reviewers access, names them in the comment, and a re-run mails nobody', async () => {
    const { author, reviewer, later } = seedPeople()
    const opened = await runReadmeWorkflow(
      'pull-request-opened',
      'pull_request',
      pullRequestPayload('opened', { reviewers: ['octocat'] })
    )
    expect(opened.errors).toEqual([])
    expect(opened.exitCode).toBe(0)
    expect(opened.outputs.result).toBe('created')
    const roomId = Number(opened.outputs['room-id'])
    const { state } = env.emulator
    // pull-request-access defaults to editor: DocSpace's Editing, 10.
    expect(state.memberAccess(roomId, author.id)).toBe(10)
    expect(state.memberAccess(roomId, reviewer.id)).toBe(10)
    expect(state.memberAccess(roomId, later.id)).toBe(0)
    expect(
      state
        .roomMembers(roomId)
        .map((m) => m.email)
        .sort()
    ).toEqual(['ana@example.com', 'oscar@example.com'])
    expect(state.mailsTo('ana@example.com')).toHaveLength(1)
    expect(state.mailsTo('oscar@example.com')).toHaveLength(1)
    expect(state.mails).toHaveLength(2)
    expect(JSON.parse(opened.outputs.members!)).toEqual([
      expect.objectContaining({ email: 'admin@example.com', access: 'owner' }),
      { id: author.id, name: 'Ana Lopez', email: 'ana@example.com', access: 'editor' },
      { id: reviewer.id, name: 'Oscar Octo', email: 'oscar@example.com', access: 'editor' }
    ])
    // The log names them by login, not by e-mail.
    expect(opened.log).toContain("(the pull request's author @Codertocat)")
    expect(opened.log).toContain("(the pull request's reviewer @octocat)")
    expect(opened.log).not.toContain('ana@example.com')

    // One comment: the room linked, its people by name, no e-mail address.
    expect(comments()).toHaveLength(1)
    const [comment] = comments()
    expect(comment!.body).toContain(`folder=${roomId}"`)
    expect(comment!.body).toContain('Ana Lopez (editor)')
    expect(comment!.body).toContain('Oscar Octo (editor)')
    expect(opened.outputs['comment-url']).toContain(`#issuecomment-${comment!.id}`)
    expectCommentsClean()

    // The same event again (a re-run): nothing changes in DocSpace or on GitHub, and nobody is mailed.
    const docSpaceWrites = () => env.emulator.requests.filter((r) => r.method !== 'GET')
    const before = { docspace: docSpaceWrites().length, github: gitHubWrites().length }
    const again = await runReadmeWorkflow(
      'pull-request-opened',
      'pull_request',
      pullRequestPayload('opened', { reviewers: ['octocat'] })
    )
    expect(again.exitCode).toBe(0)
    expect(again.outputs).toMatchObject({ result: 'found', 'room-id': String(roomId) })
    expect(again.outputs.members).toBe(opened.outputs.members)
    expect(docSpaceWrites()).toHaveLength(before.docspace)
    expect(state.mails).toHaveLength(2)
    expect(gitHubWrites()).toHaveLength(before.github)
    expect(comments().map((c) => c.id)).toEqual([comment!.id])
  })

  it('invites the reviewer a review_requested event adds, and updates the same comment', async () => {
    const { author, reviewer, later } = seedPeople()
    const opened = await runReadmeWorkflow(
      'pull-request-opened',
      'pull_request',
      pullRequestPayload('opened', { reviewers: ['octocat'] })
    )
    const roomId = Number(opened.outputs['room-id'])
    const [comment] = comments()
    expect(comment!.body).not.toContain('Hugo')

    const requested = await runReadmeWorkflow(
      'pull-request-opened',
      'pull_request',
      pullRequestPayload('review_requested', { reviewers: ['octocat', 'hubot'] })
    )
    expect(requested.errors).toEqual([])
    expect(requested.exitCode).toBe(0)
    expect(requested.outputs).toMatchObject({ result: 'found', 'room-id': String(roomId) })
    const { state } = env.emulator
    expect(state.memberAccess(roomId, later.id)).toBe(10)
    expect(state.memberAccess(roomId, author.id)).toBe(10)
    expect(state.memberAccess(roomId, reviewer.id)).toBe(10)
    // Only the new reviewer is mailed; the others' access did not change.
    expect(state.mailsTo('hugo@example.com')).toHaveLength(1)
    expect(state.mails).toHaveLength(3)
    // Only the new reviewer is sent.
    expect((shareWrites().at(-1)!.body as { invitations: unknown[] }).invitations).toEqual([
      { email: 'hugo@example.com', access: 10 }
    ])
    expect(comments().map((c) => c.id)).toEqual([comment!.id])
    expect(comments()[0]!.body).toContain('Hugo Hubot (editor)')
    expect(comments()[0]!.body).toContain('Ana Lopez (editor)')
    expect(gitHubWrites().map((r) => r.method)).toContain('PATCH')
    expectCommentsClean()

    const closed = await runReadmeWorkflow('pull-request-closed', 'pull_request', pr('closed'))
    expect(closed.exitCode).toBe(0)
    expect(closed.outputs.result).toBe('archived')
    expect(comments().map((c) => c.id)).toEqual([comment!.id])
    expect(comments()[0]!.body).toContain('**Archived**')
    expect(comments()[0]!.body).toContain('external links no longer work')
    // Archiving changes nobody's access and mails nobody.
    expect(state.memberAccess(roomId, later.id)).toBe(10)
    expect(state.mails).toHaveLength(3)
    expectCommentsClean()
  })

  it('gives another pull request its own room', async () => {
    await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('opened'))
    const other = await runReadmeWorkflow(
      'pull-request-opened',
      'pull_request',
      pullRequestPayload('opened', { number: 3 })
    )
    expect(other.outputs.result).toBe('created')
    expect(
      env.emulator
        .activeRooms()
        .map((r) => r.tags)
        .sort()
    ).toEqual([['pr:Codertocat/Hello-World#2'], ['pr:Codertocat/Hello-World#3']])
  })

  it('restores the archived room when the pull request is reopened', async () => {
    const opened = await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('opened'))
    await runReadmeWorkflow('pull-request-closed', 'pull_request', pr('closed'))
    const reopened = await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('reopened'))
    expect(reopened.exitCode).toBe(0)
    expect(reopened.outputs).toMatchObject({ result: 'unarchived', 'room-id': opened.outputs['room-id'] })
    expect(env.emulator.activeRooms()).toHaveLength(1)
    expect(env.emulator.archivedRooms()).toHaveLength(0)
  })

  it('works the same on pull_request_target', async () => {
    const workflow = readmeWorkflow('pull-request-opened')
    workflow.on.pull_request_target = workflow.on.pull_request
    const run = await env.run(
      { operation: 'create', 'room-type': 'collaboration', 'pull-request-comment': 'true' },
      gh.env('pull_request_target', pr('opened'))
    )
    expect(run.outputs['room-title']).toBe('Hello-World #2 – Update the README with new information.')
    expect(comments()).toHaveLength(1)
  })
})

describe('README: archive the room when the pull request closes', () => {
  it('archives the pull request room by its tag, then reports it already archived', async () => {
    const opened = await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('opened'))
    const unrelated = env.emulator.addRoom({ title: 'Unrelated', tags: ['pr:Codertocat/Hello-World#20'] })
    const closed = await runReadmeWorkflow('pull-request-closed', 'pull_request', pr('closed'))
    expect(closed.exitCode).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'archived', 'room-id': opened.outputs['room-id'] })
    expect(env.emulator.room(Number(opened.outputs['room-id']))!.archived).toBe(true)
    expect(env.emulator.room(unrelated.id)!.archived).toBe(false)

    const again = await runReadmeWorkflow('pull-request-closed', 'pull_request', pr('closed'))
    expect(again.exitCode).toBe(0)
    expect(again.outputs.result).toBe('already-archived')
  })

  it('passes with result not-found when the pull request never had a room (if-missing: skip)', async () => {
    const other = env.emulator.addRoom({ title: 'Other', tags: ['pr:Codertocat/Hello-World#20'] })
    const run = await runReadmeWorkflow('pull-request-closed', 'pull_request', pr('closed'))
    expect(run.exitCode).toBe(0)
    expect(run.errors).toEqual([])
    expect(run.outputs).toEqual({ result: 'not-found' })
    expect(run.stdout).toContain(
      '::notice::Nothing to do: the room of pull request Codertocat/Hello-World#2 (tag pr:Codertocat/Hello-World#2) is not in DocSpace (if-missing: skip)'
    )
    expect(run.summary).toContain('not-found')
    expect(env.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(env.emulator.room(other.id)!.archived).toBe(false)
  })
})

describe('README: archive stale rooms every week', () => {
  function seedAges(now: number) {
    const stale = [40, 90, 31].map((days) =>
      env.emulator.addRoom({
        title: `Stale ${days}`,
        created: new Date(now - 400 * DAY),
        updated: new Date(now - days * DAY)
      })
    )
    const fresh = [1, 29].map((days) =>
      env.emulator.addRoom({
        title: `Fresh ${days}`,
        created: new Date(now - 400 * DAY),
        updated: new Date(now - days * DAY)
      })
    )
    return { stale, fresh }
  }

  it('archives rooms untouched for 30 days on the schedule', async () => {
    const { stale, fresh } = seedAges(Date.now())
    const run = await runReadmeWorkflow('archive-stale', 'schedule', { schedule: '17 3 * * 1' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('archived')
    expect(run.outputs.count).toBe('3')
    expect((JSON.parse(run.outputs.rooms!) as CompactRoom[]).map((r) => r.title)).toEqual([
      'Stale 90',
      'Stale 40',
      'Stale 31'
    ])
    for (const room of stale) expect(env.emulator.room(room.id)!.archived).toBe(true)
    for (const room of fresh) expect(env.emulator.room(room.id)!.archived).toBe(false)
    expect(run.summary).toContain('<table>')
    expect(run.summary).toContain('Stale 90')
  })

  it('keeps the rooms of open pull requests, and says so', async () => {
    const now = Date.now()
    const { stale } = seedAges(now)
    const tagged = (n: number) =>
      env.emulator.addRoom({
        title: `PR ${n}`,
        tags: [`pr:octo-org/octo-repo#${n}`],
        created: new Date(now - 400 * DAY),
        updated: new Date(now - 60 * DAY)
      })
    const open = tagged(5)
    const closed = tagged(6)
    gh.github.setPulls('octo-org/octo-repo', [
      { number: 5, state: 'open', title: 'still open' },
      { number: 6, state: 'closed', title: 'merged' }
    ])
    const run = await runReadmeWorkflow('archive-stale', 'schedule', { schedule: '17 3 * * 1' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.count).toBe(String(stale.length + 1))
    expect(env.emulator.room(open.id)!.archived).toBe(false)
    expect(env.emulator.room(closed.id)!.archived).toBe(true)
    expect(run.summary).toContain(
      '<th align="left">Spared</th><td>1 (pull request still open), kept active although stale'
    )
  })

  it('only reports on a manual run, which is a dry run by default', async () => {
    seedAges(Date.now())
    const run = await runReadmeWorkflow('archive-stale', 'workflow_dispatch', {}, { 'dry-run': true })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'dry-run', count: '3' })
    expect(env.emulator.archivedRooms()).toHaveLength(0)
    expect(env.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })
})
