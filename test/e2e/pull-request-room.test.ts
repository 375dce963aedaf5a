// Where the pull request's people, the external link, settings, if-missing and the comment meet: each was built on
// its own, and these runs check that they work together on a pull-request event.
import { COMMENT_MARKER } from '../../src/github/comment.js'
import { RUNNER_GITHUB_TOKEN } from '../github/server.js'
import { pullRequestPayload } from './github-event.js'
import { useEmulator, useGitHub } from './helpers.js'

const env = useEmulator({ operationDelayMs: 30 })
const gh = useGitHub()
const REPO = 'Codertocat/Hello-World'
const USERS = 'Codertocat: ana@example.com\noctocat: oscar@example.com'

const ours = () => gh.github.comments(REPO, 2).filter((c) => c.body.startsWith(COMMENT_MARKER))
const docSpaceWrites = () => env.emulator.requests.filter((r) => r.method !== 'GET')

function seedPeople() {
  const { state } = env.emulator
  return {
    ana: state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' }),
    oscar: state.addUser({ email: 'oscar@example.com', displayName: 'Oscar Octo', type: 'User' })
  }
}

/** A run on the pull request's event, with the comment; the key and token are checked hidden by env.run. */
function onPullRequest(inputs: Record<string, string>, payload = pullRequestPayload('opened')) {
  return env.run({ 'pull-request-comment': 'true', ...inputs }, gh.env('pull_request', payload))
}

/** A comment's text as GitHub shows it: safe-text writes some characters of a link as numeric entities. */
const shown = (body: string) => body.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))

/** Neither secret nor any e-mail address in a comment. */
function expectCommentsClean() {
  for (const c of gh.github.comments(REPO, 2)) {
    expect(c.body).not.toContain(env.emulator.apiKey)
    expect(c.body).not.toContain(RUNNER_GITHUB_TOKEN)
    expect(c.body).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
  }
}

describe('create on a pull request: members and the external link in the comment', () => {
  it('names the members and gives the external link of a new custom room', async () => {
    const { ana } = seedPeople()
    const run = await onPullRequest({
      operation: 'create',
      'room-type': 'custom',
      'github-users': USERS,
      'pull-request-members': 'author',
      members: 'carol@example.com: viewer',
      'external-link': 'true'
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const roomId = Number(run.outputs['room-id'])
    expect(env.emulator.state.memberAccess(roomId, ana.id)).toBe(10)
    const link = run.outputs['external-link']!
    expect(env.emulator.state.linkWorks(link)).toBe(true)
    expect(ours()).toHaveLength(1)
    const body = ours()[0]!.body
    expect(body).toContain('Ana Lopez (editor)')
    // carol is unknown to the portal: DocSpace makes a guest whose name is her e-mail, which is left out.
    expect(body).toContain('**Members:**')
    expect(shown(body)).toContain(`**External link:** <a href="${link}">${link}</a>`)
    expectCommentsClean()
  })
})

describe('share and members keep the comment', () => {
  it('share updates the comment with the members it applied, and members with those it lists', async () => {
    seedPeople()
    const created = await onPullRequest({ operation: 'create', 'room-type': 'custom' })
    expect(created.exitCode).toBe(0)
    const [comment] = ours()
    expect(comment!.body).not.toContain('**Members:**')

    const shared = await onPullRequest({
      operation: 'share',
      'github-users': USERS,
      'pull-request-members': 'author',
      'external-link': 'true'
    })
    expect(shared.errors).toEqual([])
    expect(shared.outputs).toMatchObject({ result: 'shared', 'room-id': created.outputs['room-id'] })
    expect(shared.outputs['comment-url']).toContain(`#issuecomment-${comment!.id}`)
    expect(ours().map((c) => c.id)).toEqual([comment!.id])
    expect(ours()[0]!.body).toContain('Ana Lopez (editor)')
    const link = shared.outputs['external-link']!
    expect(shown(ours()[0]!.body)).toContain(`**External link:** <a href="${link}">${link}</a>`)

    // members reads the room's people again, so the comment shows whom share invited and a change made in DocSpace.
    env.emulator.state.setMember(
      Number(created.outputs['room-id']),
      env.emulator.state.userByEmail('oscar@example.com')!.id,
      2
    )
    const listed = await onPullRequest({ operation: 'members' })
    expect(listed.errors).toEqual([])
    expect(listed.outputs.result).toBe('listed')
    expect(ours().map((c) => c.id)).toEqual([comment!.id])
    expect(ours()[0]!.body).toContain('Ana Lopez (editor)')
    expect(ours()[0]!.body).toContain('Oscar Octo (viewer)')
    expectCommentsClean()
  })
})

describe('if-missing: skip on share and members', () => {
  it.each(['share', 'members'])(
    '%s of a pull request without a room: not-found, exit 0, nothing written',
    async (operation) => {
      seedPeople()
      const run = await onPullRequest({
        operation,
        'if-missing': 'skip',
        ...(operation === 'share' ? { 'github-users': USERS, 'pull-request-members': 'author' } : {})
      })
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.outputs).toEqual({ result: 'not-found' })
      expect(run.stdout).toContain(
        '::notice::Nothing to do: the room of pull request Codertocat/Hello-World#2 (tag pr:Codertocat/Hello-World#2) is not in DocSpace (if-missing: skip)'
      )
      expect(docSpaceWrites()).toEqual([])
      expect(env.emulator.state.mails).toEqual([])
      expect(ours()).toEqual([])
    }
  )

  it.each(['share', 'members'])('%s of a room id that is not there: not-found, exit 0', async (operation) => {
    const run = await env.run({
      operation,
      'room-id': '4242',
      'if-missing': 'skip',
      ...(operation === 'share' ? { members: 'ana@example.com: viewer' } : {})
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({ result: 'not-found' })
    expect(run.stdout).toContain('::notice::Nothing to do: room 4242 is not in DocSpace (if-missing: skip)')
    expect(docSpaceWrites()).toEqual([])
  })
})

describe('create on an edited pull request with members', () => {
  const renames = () => env.emulator.requests.filter((r) => r.method === 'PUT' && /^\/files\/rooms\/\d+$/.test(r.path))

  it('renames the reused room and invites the members, in one run', async () => {
    const { ana, oscar } = seedPeople()
    const opened = await onPullRequest({ operation: 'create', 'room-type': 'collaboration' })
    const roomId = Number(opened.outputs['room-id'])
    const run = await onPullRequest(
      {
        operation: 'create',
        'room-type': 'collaboration',
        'github-users': USERS,
        'pull-request-members': 'author, reviewers'
      },
      pullRequestPayload('edited', { title: 'A better title', reviewers: ['octocat'] })
    )
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({
      result: 'found',
      'room-id': String(roomId),
      'room-title': 'Hello-World #2 – A better title'
    })
    expect(renames()).toHaveLength(1)
    expect(env.emulator.room(roomId)!.title).toBe('Hello-World #2 – A better title')
    expect(env.emulator.state.memberAccess(roomId, ana.id)).toBe(10)
    expect(env.emulator.state.memberAccess(roomId, oscar.id)).toBe(10)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.body).toContain('A better title')
    expect(ours()[0]!.body).toContain('Oscar Octo (editor)')
    expectCommentsClean()
  })

  it('checks the members before renaming: a line that cannot work changes nothing', async () => {
    seedPeople()
    const opened = await onPullRequest({ operation: 'create', 'room-type': 'collaboration' })
    const roomId = Number(opened.outputs['room-id'])
    const title = env.emulator.room(roomId)!.title
    const comment = ours()[0]!
    const before = docSpaceWrites().length
    // ana is a plain user: DocSpace makes room managers only of admins and room admins.
    const run = await onPullRequest(
      {
        operation: 'create',
        'room-type': 'collaboration',
        'github-users': USERS,
        members: 'ana@example.com: room-manager'
      },
      pullRequestPayload('edited', { title: 'A better title' })
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Input "members" line 1 ("a…@example.com: room-manager") cannot be applied')
    expect(docSpaceWrites()).toHaveLength(before)
    expect(env.emulator.room(roomId)!.title).toBe(title)
    expect(env.emulator.state.roomMembers(roomId)).toEqual([])
    expect(ours().map((c) => [c.id, c.body])).toEqual([[comment.id, comment.body]])
  })
})

describe("the comment goes out with the room's other requests", () => {
  const textWrite = () => env.emulator.requests.find((r) => r.method === 'POST' && /\/text$/.test(r.path))!
  const commentWrites = () => gh.github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')

  it('is created beside README.txt when the step shares nothing, and not edited after', async () => {
    // README.txt is held up: written one after the other, the comment would start only after it ended.
    env.emulator.faults.add({ method: 'POST', path: /\/text$/, fault: { kind: 'delay', ms: 300 } })
    const run = await onPullRequest({ operation: 'create', 'room-type': 'collaboration' })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const [post] = commentWrites()
    expect(commentWrites().map((r) => r.method)).toEqual(['POST'])
    expect(post!.startedAt).toBeLessThan(textWrite().endedAt)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.body).toContain('**Active**')
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${ours()[0]!.id}`)
  })

  it('waits for the members when the step invites people, so that it is written once, with their names', async () => {
    seedPeople()
    const run = await onPullRequest({
      operation: 'create',
      'room-type': 'collaboration',
      'github-users': USERS,
      'pull-request-members': 'author'
    })
    expect(run.exitCode).toBe(0)
    expect(commentWrites().map((r) => r.method)).toEqual(['POST'])
    const reread = env.emulator.requests.filter((r) => r.method === 'GET' && /\/share$/.test(r.path)).at(-1)!
    expect(commentWrites()[0]!.startedAt).toBeGreaterThanOrEqual(reread.endedAt)
    expect(ours()[0]!.body).toContain('Ana Lopez (editor)')
  })

  it('is reported after the room work when GitHub refuses it, the room made and README.txt written', async () => {
    const run = await onPullRequest({
      operation: 'create',
      'room-type': 'collaboration',
      'github-token': gh.github.readOnlyToken
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('created')
    const room = env.emulator.room(Number(run.outputs['room-id']))!
    expect(room.files.map((f) => f.title)).toEqual(['README.txt'])
    expect(run.errors.join('\n')).toContain('The room work was done (result: created')
    expect(run.errors.join('\n')).toContain('pull-requests: write')
    expect(ours()).toEqual([])
  })
})

describe('duplicate rooms of one pull request', () => {
  // Two runs of one pull request at once, without a `concurrency:` group, each found no room and made one. From then
  // on every run of the pull request failed with "Found 2 rooms", the archive on close included, so neither was ever
  // archived.
  const TAG = `pr:${REPO}#2`
  function duplicates() {
    const title = 'Hello-World #2 – Update the README with new information.'
    const created = Date.now() - 60_000
    // The newer first, so that the oldest is neither the first made by the emulator nor the lowest id.
    const newer = env.emulator.addRoom({ title, roomType: 2, tags: [TAG], created: new Date(created + 1000) })
    const older = env.emulator.addRoom({ title, roomType: 2, tags: [TAG], created: new Date(created) })
    return { older, newer }
  }
  const warnings = (run: { stdout: string }) => run.stdout.split('\n').filter((l) => l.startsWith('::warning'))

  it('every run keeps to the oldest and says so, and the close archives them all', async () => {
    const { older, newer } = duplicates()
    const pushed = await onPullRequest({ operation: 'create', 'room-type': 'collaboration' })
    expect(pushed.errors).toEqual([])
    expect(pushed.outputs).toMatchObject({ result: 'found', 'room-id': String(older.id) })
    expect(warnings(pushed).join('\n')).toMatch(
      new RegExp(`Found 2 rooms for the room of pull request .*this step uses the oldest, room ${older.id}`)
    )
    expect(ours()[0]!.body).toContain(`folder=${older.id}"`)

    const got = await onPullRequest({ operation: 'get' })
    expect(got.outputs['room-id']).toBe(String(older.id))

    const closed = await onPullRequest({ operation: 'archive' }, pullRequestPayload('closed'))
    expect(closed.errors).toEqual([])
    expect(closed.outputs).toMatchObject({ result: 'archived', 'room-id': String(older.id) })
    expect(env.emulator.room(older.id)!.archived).toBe(true)
    expect(env.emulator.room(newer.id)!.archived).toBe(true)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.body).toContain('**Archived**')

    // Reopened, the pull request gets back the oldest, and only it.
    const reopened = await onPullRequest({ operation: 'create' }, pullRequestPayload('reopened'))
    expect(reopened.errors).toEqual([])
    expect(reopened.outputs).toMatchObject({ result: 'unarchived', 'room-id': String(older.id) })
    expect(env.emulator.room(newer.id)!.archived).toBe(true)
    const again = await onPullRequest({ operation: 'archive' }, pullRequestPayload('closed'))
    expect(again.outputs).toMatchObject({ result: 'archived', 'room-id': String(older.id) })
  })

  it('rooms people made with one title are still theirs to choose between', async () => {
    env.emulator.addRoom({ title: 'Specs', roomType: 2 })
    env.emulator.addRoom({ title: 'Specs', roomType: 2 })
    const run = await env.run({ operation: 'get', title: 'Specs' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Found 2 rooms for the room titled "Specs", so nothing was changed')
  })
})
