import { expect } from '@jest/globals'
import { useEmulator } from './helpers.js'
import type { ActionRun } from './run-action.js'

const env = useEmulator()

/** Messages of `::warning::` annotations. */
function warnings(run: ActionRun): string[] {
  return [...run.stdout.matchAll(/^::warning(?: [^:]*)?::(.*)$/gm)].map((m) => m[1]!)
}

describe('dry-run with an operation that has none', () => {
  // Each is otherwise a valid run that would change or read the room.
  const runs: [string, Record<string, string>][] = [
    ['create', { title: 'Dry create' }],
    ['get', {}],
    ['rename', { title: 'Renamed for real' }],
    ['archive', {}],
    ['unarchive', {}],
    ['delete', {}],
    ['list', {}],
    ['share', { members: 'someone@example.com: viewer' }],
    ['members', {}],
    ['download', {}]
  ]

  it.each(runs)('%s is an input error naming dry-run, and nothing is sent', async (operation, inputs) => {
    const room = env.emulator.addRoom({ title: 'Keep me', archived: operation === 'unarchive' })
    const roomId = ['create', 'list'].includes(operation) ? {} : { 'room-id': String(room.id) }
    const run = await env.run({ operation, 'dry-run': 'true', ...roomId, ...inputs })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      `Input "dry-run" is only for archive-stale and upload: operation "${operation}" has no dry run and would act for real, so nothing was sent`
    ])
    expect(env.emulator.requests).toEqual([])
    expect(env.emulator.room(room.id)).toMatchObject({ title: 'Keep me', archived: operation === 'unarchive' })
    expect(run.outputs).toEqual({})
  })

  it('archive-stale still takes it', async () => {
    env.emulator.addRoom({ title: 'Old', created: new Date(Date.now() - 100 * 86_400_000) })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'dry-run', count: '1' })
    expect(env.emulator.archivedRooms()).toEqual([])
  })
})

describe('an input the operation ignores', () => {
  it('is a warning naming it, never showing its value, and the operation goes on', async () => {
    env.emulator.addRoom({ title: 'Listed' })
    const secretish = 'ghp_notToBeShown0123456789'
    const run = await env.run({
      operation: 'list',
      'room-id': '12',
      title: 'Some title',
      description: secretish,
      'stale-days': '30'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'listed', count: '1' })
    expect(warnings(run)).toEqual([
      'Input "room-id" is ignored: operation "list" does not read it (get, rename, update, archive, unarchive, delete, share, members, upload and download do)',
      'Input "title" is ignored: operation "list" does not read it (create, get, rename, update, archive, unarchive, delete, share, members, upload, download and pull-request do)',
      'Input "description" is ignored: operation "list" does not read it (create and pull-request do)',
      'Input "stale-days" is ignored: operation "list" does not read it (archive-stale does)'
    ])
    expect(run.log).not.toContain(secretish)
  })

  it('warns about search and room-type on a room operation', async () => {
    const room = env.emulator.addRoom({ title: 'Got' })
    const run = await env.run({ operation: 'get', 'room-id': String(room.id), search: 'Go', 'room-type': 'public' })
    expect(run.exitCode).toBe(0)
    expect(warnings(run)).toEqual([
      'Input "room-type" is ignored: operation "get" does not read it (create, list, archive-stale and pull-request do)',
      'Input "search" is ignored: operation "get" does not read it (list and archive-stale do)'
    ])
  })

  it('warns about members, github-users and external-link on an operation that does not share, never showing them', async () => {
    const room = env.emulator.addRoom({ title: 'Got' })
    const run = await env.run({
      operation: 'get',
      'room-id': String(room.id),
      members: 'hidden@example.com: editor',
      'github-users': 'octocat: hidden@example.com',
      'external-link': 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(warnings(run)).toEqual([
      'Input "members" is ignored: operation "get" does not read it (create, share and pull-request do)',
      'Input "github-users" is ignored: operation "get" does not read it (create, share and pull-request do)',
      'Input "external-link" is ignored: operation "get" does not read it (create, share and pull-request do)'
    ])
    expect(run.log).not.toContain('hidden@example.com')
    expect(env.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('is no warning when every given input is read, defaults of action.yml included', async () => {
    const room = env.emulator.addRoom({ title: 'Plain', tags: ['t'] })
    const runs = [
      await env.run({ operation: 'archive', 'room-id': String(room.id) }),
      await env.run({ operation: 'list', search: 'Pla', tags: 't', 'room-type': 'custom', area: 'any' }),
      await env.run({ operation: 'create', title: 'New', description: 'About it', tags: 'x', 'room-type': 'public' })
    ]
    for (const run of runs) {
      expect(run.exitCode).toBe(0)
      expect(warnings(run)).toEqual([])
    }
  })
})
