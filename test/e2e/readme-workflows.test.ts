import { eventEnv, pullRequestPayload, type PullRequestAction, type WebhookPayload } from './github-event.js'
import { useEmulator } from './helpers.js'
import { actionStep, readmeWorkflow, render, triggers, type Contexts } from './readme-workflows.js'
import type { CompactRoom } from '../support/docspace-json.js'

const env = useEmulator({ operationDelayMs: 30 })
const DAY = 86_400_000

/** Runs the action step of a README workflow for an event, as GitHub would after checking the trigger. */
async function runReadmeWorkflow(
  name: string,
  eventName: string,
  payload: WebhookPayload,
  inputs: Record<string, unknown> = {}
) {
  const workflow = readmeWorkflow(name)
  expect(workflow.permissions).toEqual({})
  expect(triggers(workflow, eventName, payload.action)).toBe(true)
  const contexts: Contexts = {
    secrets: { DOCSPACE_API_KEY: env.emulator.apiKey },
    vars: { DOCSPACE_URL: env.emulator.url },
    inputs,
    github: { event_name: eventName }
  }
  const withInputs = Object.fromEntries(Object.entries(actionStep(workflow)).map(([k, v]) => [k, render(v, contexts)]))
  return env.run(withInputs, eventEnv(eventName, payload))
}

const pr = (action: PullRequestAction) => pullRequestPayload(action)

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

  it('finds the room by its tag after the pull request was renamed', async () => {
    await runReadmeWorkflow('pull-request-opened', 'pull_request', pr('opened'))
    const renamed = pullRequestPayload('opened', { title: 'A better title' })
    const run = await runReadmeWorkflow('pull-request-opened', 'pull_request', renamed)
    expect(run.outputs.result).toBe('found')
    expect(env.emulator.activeRooms()).toHaveLength(1)
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
      { operation: 'create', 'room-type': 'collaboration' },
      eventEnv('pull_request_target', pr('opened'))
    )
    expect(run.outputs['room-title']).toBe('Hello-World #2 – Update the README with new information.')
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

  it('only reports on a manual run, which is a dry run by default', async () => {
    seedAges(Date.now())
    const run = await runReadmeWorkflow('archive-stale', 'workflow_dispatch', {}, { 'dry-run': true })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'dry-run', count: '3' })
    expect(env.emulator.archivedRooms()).toHaveLength(0)
    expect(env.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })
})
