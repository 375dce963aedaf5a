import { RUNNER_GITHUB_TOKEN } from '../github/server.js'
import { pullRequestPayload, type PullRequestAction, type WebhookPayload } from './github-event.js'
import { useEmulator, useGitHub } from './helpers.js'
import { jobRuns, readmeWorkflow, renderedInputs, triggers, type Contexts } from './readme-workflows.js'

// The README's one-workflow Quick start (`operation: pull-request`), run as GitHub runs it: its trigger and `with:`
// values read from the README, real webhook payloads, and a key of the least scopes it promises to need.

const NARROW_KEY = 'sk-pr-rooms-write-files-read-00000000000'
const env = useEmulator({ operationDelayMs: 30, keys: { [NARROW_KEY]: { scopes: ['rooms:write', 'files:read'] } } })
const gh = useGitHub()
const DOCSPACE_USERS = 'Codertocat: ana@example.com\noctocat: oscar@example.com'
const TAG = 'pr:Codertocat/Hello-World#2'

function seedPeople(): void {
  env.emulator.state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' })
  env.emulator.state.addUser({ email: 'oscar@example.com', displayName: 'Oscar Octo', type: 'User' })
}

function payload(action: PullRequestAction, change: { merged?: boolean; labels?: string[]; fork?: boolean } = {}) {
  const p = pullRequestPayload(action) as WebhookPayload & { pull_request: Record<string, unknown> }
  const pr = p.pull_request
  if (change.merged !== undefined) pr.merged = change.merged
  if (change.labels) pr.labels = change.labels.map((name) => ({ name }))
  if (change.fork) {
    const head = pr.head as unknown as { repo: Record<string, unknown> }
    head.repo = { ...head.repo, full_name: 'someone/Hello-World' }
  }
  return p
}

/** The Quick start's step for an event, with the key given (the README's secret by default). */
async function quickStart(
  p: WebhookPayload,
  key: string | null = NARROW_KEY,
  extra: Record<string, string> = {},
  { trigger = true } = {}
) {
  const workflow = readmeWorkflow('pull-request')
  // The README's trigger list; a test of an action the workflow does not list checks the action alone.
  if (trigger) expect(triggers(workflow, 'pull_request', p.action)).toBe(true)
  const contexts: Contexts = {
    secrets: key === null ? {} : { DOCSPACE_API_KEY: key, DOCSPACE_USERS },
    vars: { DOCSPACE_URL: env.emulator.url },
    inputs: {},
    github: { event_name: 'pull_request', event: p }
  }
  expect(jobRuns(workflow, contexts)).toBe(true)
  const inputs = renderedInputs(workflow, contexts)
  return env.run({ 'github-token': RUNNER_GITHUB_TOKEN, ...inputs, ...extra }, gh.env('pull_request', p))
}

const prRooms = () => [...env.emulator.state.rooms.values()].filter((r) => r.tags.includes(TAG))
const comments = () => gh.github.comments('Codertocat/Hello-World', 2)
const warnings = (stdout: string) => [...stdout.matchAll(/^::warning(?: [^:]*)?::(.*)$/gm)].map((m) => m[1]!)

describe("README Quick start: the pull request's whole life in one workflow", () => {
  it('opened → synchronize → edited → closed → reopened → closed (merged): one room, one comment', async () => {
    seedPeople()
    const opened = await quickStart(payload('opened'))
    expect(opened.exitCode).toBe(0)
    expect(opened.outputs).toMatchObject({ result: 'created', operation: 'create' })
    // A key without files:write: README.txt is left out with a notice, and the step goes on.
    expect(opened.stdout).toMatch(/::notice::README\.txt with the pull request's link was not written/)
    const id = Number(opened.outputs['room-id'])

    for (const action of ['synchronize', 'edited'] as const) {
      const run = await quickStart(payload(action))
      expect(run.exitCode).toBe(0)
      expect(run.outputs).toMatchObject({ result: 'found', operation: 'create', 'room-id': String(id) })
      expect(warnings(run.stdout)).toEqual([])
    }

    const closed = await quickStart(payload('closed'))
    expect(closed.exitCode).toBe(0)
    expect(closed.outputs).toMatchObject({ result: 'archived', operation: 'archive', 'room-id': String(id) })
    expect(warnings(closed.stdout)).toEqual([])
    expect(comments().at(-1)!.body).toContain('because the pull request was closed')
    expect(comments().at(-1)!.body).toContain('Reopening the pull request restores it')

    const reopened = await quickStart(payload('reopened'))
    expect(reopened.outputs).toMatchObject({ result: 'unarchived', operation: 'create', 'room-id': String(id) })

    const merged = await quickStart(payload('closed', { merged: true }))
    expect(merged.outputs).toMatchObject({ result: 'archived', operation: 'archive' })
    expect(comments().at(-1)!.body).toContain('because the pull request was merged')

    expect(prRooms().map((r) => [r.id, r.archived])).toEqual([[id, true]])
    expect(comments()).toHaveLength(1)
    // The owner, and the author and reviewer of DOCSPACE_USERS.
    expect(env.emulator.state.shares.get(id)?.size ?? 0).toBeGreaterThanOrEqual(2)
  })

  it('acts on the state, not the event: an edit of a closed pull request leaves its room archived', async () => {
    const opened = await quickStart(payload('opened'))
    expect(opened.exitCode).toBe(0)
    const closedEdit = payload('edited')
    closedEdit.pull_request.state = 'closed'
    const run = await quickStart(closedEdit)
    expect(run.outputs).toMatchObject({ result: 'archived', operation: 'archive' })
    expect(prRooms().every((r) => r.archived)).toBe(true)
  })

  it("a closed pull request that never had a room ends not-found, green, without 'ignored' warnings", async () => {
    const run = await quickStart(payload('closed'))
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'not-found', operation: 'archive' })
    expect(warnings(run.stdout)).toEqual([])
    expect(prRooms()).toEqual([])
  })

  it('other actions converge from the state: assigned makes the room, converted_to_draft keeps it', async () => {
    const assigned = await quickStart(payload('assigned'), NARROW_KEY, {}, { trigger: false })
    expect(assigned.outputs).toMatchObject({ result: 'created', operation: 'create' })
    const draft = await quickStart(payload('converted_to_draft'), NARROW_KEY, {}, { trigger: false })
    expect(draft.outputs).toMatchObject({ result: 'found', operation: 'create' })
    expect(prRooms()).toHaveLength(1)
  })

  it('a pull request from a fork without the secret ends skipped, green, with a notice and no request', async () => {
    const run = await quickStart(payload('opened', { fork: true }), null)
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'skipped', operation: 'skip' })
    expect(run.stdout).toMatch(/::notice::Nothing was done: GitHub passes no secrets/)
    expect(env.emulator.requests).toEqual([])
    expect(gh.github.requests).toEqual([])
  })

  it('an empty key on a pull request of the repository itself is still an input error', async () => {
    const run = await quickStart(payload('opened'), '')
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('Input "api-key" is required')
    expect(env.emulator.requests).toEqual([])
  })

  it('an explicit description that cannot be written still fails', async () => {
    const run = await quickStart(payload('opened'), NARROW_KEY, { description: 'Specs for the parser' })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/403/)
  })

  it('a read-only token: the room is made, the step fails, and the summary shows the comment failure', async () => {
    const run = await quickStart(payload('opened'), NARROW_KEY, { 'github-token': gh.github.readOnlyToken })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('created')
    expect(run.summary).toContain('[!CAUTION]')
    expect(run.summary).toContain('could not be written')
  })

  it('two events of one pull request at once end with one active room', async () => {
    const [a, b] = await Promise.all([quickStart(payload('opened')), quickStart(payload('synchronize'))])
    expect([a.exitCode, b.exitCode]).toEqual([0, 0])
    expect(prRooms().filter((r) => !r.archived)).toHaveLength(1)
  })
})

describe('label', () => {
  const withLabel = { label: 'docspace' }
  // A workflow with a label lists `labeled` and `unlabeled` among its types; the Quick start has none.
  const untriggered = { trigger: false }

  it('without the label nothing is made (skipped); labeled makes the room; unlabeled archives it', async () => {
    const none = await quickStart(payload('opened'), NARROW_KEY, withLabel)
    expect(none.exitCode).toBe(0)
    expect(none.outputs).toMatchObject({ result: 'skipped', operation: 'skip' })
    expect(prRooms()).toEqual([])

    const labeled = await quickStart(payload('labeled', { labels: ['DocSpace'] }), NARROW_KEY, withLabel, untriggered)
    expect(labeled.outputs).toMatchObject({ result: 'created', operation: 'create' })

    const unlabeled = await quickStart(payload('unlabeled', { labels: [] }), NARROW_KEY, withLabel, untriggered)
    expect(unlabeled.outputs).toMatchObject({ result: 'archived', operation: 'archive' })
    expect(prRooms().every((r) => r.archived)).toBe(true)

    const again = await quickStart(payload('labeled', { labels: ['docspace'] }), NARROW_KEY, withLabel, untriggered)
    expect(again.outputs).toMatchObject({ result: 'unarchived', operation: 'create' })
    expect(prRooms()).toHaveLength(1)
  })
})

describe('pull-request outside a pull-request event', () => {
  it('is an input error naming the event, and nothing is sent', async () => {
    const run = await env.run({ operation: 'pull-request' }, { GITHUB_EVENT_NAME: 'push' })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('this run is a "push" event')
    expect(env.emulator.requests).toEqual([])
  })
})
