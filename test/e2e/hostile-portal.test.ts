// A portal, or a proxy in front of one, that answers without limit, lies about its total, hands out IDs that are
// paths, ignores filters, redirects elsewhere or gives a field of another type: the action stays bounded, sends the
// key to no other endpoint or application, and acts on no room it should not.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { endlessMembers } from '../support/hostile-lists.js'
import { useEmulator } from './helpers.js'

const env = useEmulator({ operationDelayMs: 10 })
const DAY = 86_400_000
const MB = 1024 * 1024
const writes = () => env.emulator.requests.filter((r) => r.method !== 'GET')
const listings = () => env.emulator.requests.filter((r) => r.path === '/files/rooms' && r.method === 'GET')

/** Environment that makes the action's process write its peak resident set size; `read` gives it in bytes. */
function measuredMemory(): { env: Record<string, string>; read: () => number } {
  const file = join(mkdtempSync(join(tmpdir(), 'max-rss-')), 'kb')
  const preload = pathToFileURL(resolve(import.meta.dirname, '../support/max-rss.mjs')).href
  return {
    env: { NODE_OPTIONS: `--import=${preload}`, MAX_RSS_FILE: file },
    read: () => Number(readFileSync(file, 'utf8')) * 1024
  }
}

const envelope = (response: unknown) => ({ response, count: 1, status: 0, statusCode: 200 })
const listedRoom = (fields: Record<string, unknown>) => ({
  id: 1,
  title: 'Room',
  rootFolderType: 14,
  roomType: 5,
  tags: [],
  created: '2020-01-01T00:00:00.0000000Z',
  updated: '2020-01-01T00:00:00.0000000Z',
  ...fields
})

describe('an answer larger than any DocSpace gives', () => {
  it.each([
    ['a 200 MB answer', { kind: 'huge-body', bytes: 200 * MB } as const],
    ['an answer without end', { kind: 'endless-body' } as const]
  ])('%s fails the step at 2 MiB, in bounded memory', async (_, fault) => {
    env.emulator.faults.add({ method: 'GET', path: '/files/rooms', fault })
    const memory = measuredMemory()
    const started = Date.now()
    const run = await env.run({ operation: 'list', 'request-timeout-seconds': '20' }, memory.env)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('GET /api/2.0/files/rooms got HTTP 200 with an answer of more than 2 MiB')
    expect(run.errors[0]).toContain('Likely cause: portal-url points at something other than a DocSpace portal')
    // Refused, not retried, and not waited out to the request timeout.
    expect(listings()).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(memory.read()).toBeLessThan(300 * MB)
  })

  // Each finished archive is listed with its room whole (FileOperationDto.folders), so waiting for 1,100 of them
  // brings a progress listing past 2 MiB: DocSpace's largest answer to this action grows with the operations.
  it('a progress listing that grows with the operations waited for is read whole', async () => {
    const old = new Date(Date.now() - 90 * DAY)
    for (let i = 0; i < 1100; i++) env.emulator.addRoom({ title: `Stale ${i}`, updated: old, created: old })
    const run = await env.run({
      operation: 'archive-stale',
      'stale-days': '30',
      'max-rooms': '1100',
      concurrency: '15'
    })
    expect(run.errors).toEqual([])
    expect(run.outputs['count']).toBe('1100')
    expect(env.emulator.archivedRooms()).toHaveLength(1100)
  })

  it('an answer that declares a size over 2 MiB is refused before it is read', async () => {
    env.emulator.faults.add({
      method: 'GET',
      path: '/files/rooms',
      fault: { kind: 'huge-body', bytes: 200 * MB, contentLength: true }
    })
    const run = await env.run({ operation: 'list' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('with an answer of 200 MiB, more than the 2 MiB the action reads')
  })
})

describe('paging that a portal cannot drive', () => {
  it('a total of 1e12 lists the rooms that arrive, in a few requests', async () => {
    for (const title of ['One', 'Two', 'Three']) env.emulator.addRoom({ title })
    env.emulator.faults.add({ path: '/files/rooms', times: Infinity, fault: { kind: 'lying-total', total: 1e12 } })
    const run = await env.run({ operation: 'list' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['count']).toBe('3')
    // The first page, then at most one round of `concurrency` (8) pages that come back empty.
    expect(listings().length).toBeLessThanOrEqual(9)
  })

  it('a total of 1e6 with one room a page stops at 1,000 pages with an error', async () => {
    for (let i = 0; i < 1100; i++) env.emulator.addRoom({ title: `Room ${i}` })
    env.emulator.faults.add({
      path: '/files/rooms',
      times: Infinity,
      fault: { kind: 'lying-total', total: 1e6, pageSize: 1 }
    })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '1', 'timeout-seconds': '60' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('with more rooms than 1,000 pages hold, the most one run reads')
    expect(run.errors[0]).toContain('narrow the listing with search, tags or room-type')
    expect(listings()).toHaveLength(1000)
    expect(writes()).toEqual([])
  })

  it('a portal that ignores startIndex is read once, not until total', async () => {
    env.answerWith('GET', '/files/rooms', envelope({ folders: [listedRoom({ id: 7 })], total: 1e6 }))
    const run = await env.run({ operation: 'list' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['count']).toBe('1')
    expect(listings().length).toBeLessThanOrEqual(9)
  })
})

describe('a member list that never ends', () => {
  // Each member kept whole, a portal that kept giving new ones made one run hold 2.1 GB before MAX_SHARE_PAGES.
  it('is read within 16 MiB, keeping only what the action reads of each member, and the step says so', async () => {
    const room = env.emulator.addRoom({ title: 'Crowded', roomType: 2 })
    const path = `/files/rooms/${room.id}/share`
    env.emulator.faults.add({ method: 'GET', path, times: Infinity, fault: endlessMembers(19_000) })
    const memory = measuredMemory()
    const run = await env.run({ operation: 'members', 'room-id': String(room.id) }, memory.env)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `GET /api/2.0${path} got HTTP 200 with more than 16 MiB of room ${room.id}'s members`
    )
    expect(run.errors[0]).toContain('Likely cause: the portal keeps giving new members')
    // About 1.9 MB a page: the ninth passes 16 MiB.
    expect(env.emulator.requests.filter((r) => r.path === path)).toHaveLength(9)
    expect(memory.read()).toBeLessThan(300 * MB)
  })
})

describe('IDs from the portal in request paths', () => {
  const HOSTILE = '../../people/7?'

  it.each([
    ['archive-stale', { operation: 'archive-stale', 'stale-days': '1' }],
    ['delete by title', { operation: 'delete', title: 'Doomed' }]
  ])('%s refuses an ID that is a path and sends nothing outside the rooms API', async (_, inputs) => {
    env.answerWith(
      'GET',
      '/files/rooms',
      envelope({ folders: [listedRoom({ id: HOSTILE, title: 'Doomed' })], total: 1 })
    )
    // What a portal could answer at the path the ID points to, so that a run that followed it would go on to delete.
    env.answerWith('GET', '/people/7', envelope(listedRoom({ id: HOSTILE, title: 'Doomed', rootFolderType: 20 })))
    const run = await env.run(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'with response.folders[0].id as the text "../../people/7?", where a DocSpace ID (a positive whole number'
    )
    expect(env.emulator.requests.filter((r) => !r.path.startsWith('/files/'))).toEqual([])
    expect(writes()).toEqual([])
  })

  it('a third-party storage ID is sent as one path segment', async () => {
    const id = 'box-3-|folder/12'
    env.answerWith('GET', '/files/rooms', envelope({ folders: [listedRoom({ id, title: 'Box room' })], total: 1 }))
    env.answerWith('GET', /^\/files\/rooms\/box-3/, envelope(listedRoom({ id, title: 'Box room' })))
    const run = await env.run({ operation: 'get', title: 'Box room' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['room-id']).toBe(id)
    expect(env.emulator.requests.at(-1)!.rawPath).toBe('/api/2.0/files/rooms/box-3-%7Cfolder%2F12')
  })
})

describe('search and area, checked again on the action side', () => {
  it('archive-stale with search: preview- archives only preview rooms when the portal ignores filterValue', async () => {
    const old = new Date(Date.now() - 90 * DAY)
    const preview = env.emulator.addRoom({ title: 'preview-12', updated: old, created: old })
    const budget = env.emulator.addRoom({ title: 'Budget 2024', updated: old, created: old })
    env.emulator.faults.add({
      path: '/files/rooms',
      times: Infinity,
      fault: { kind: 'ignore-query', names: ['filterValue'] }
    })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', search: 'PREVIEW-' })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.archivedRooms().map((r) => r.id)).toEqual([preview.id])
    expect(env.emulator.room(budget.id)!.archived).toBe(false)
    expect(run.log).toContain('Left out 1 room that DocSpace listed but the filters do not match')
  })

  it('list with area: archived lists no active room when the portal ignores searchArea', async () => {
    const active = listedRoom({ id: 1, title: 'Active' })
    const archived = listedRoom({ id: 2, title: 'Archived', rootFolderType: 20 })
    env.answerWith('GET', '/files/rooms', envelope({ folders: [active, archived], total: 2 }))
    const run = await env.run({ operation: 'list', area: 'archived' })
    expect(run.exitCode).toBe(0)
    expect((JSON.parse(run.outputs['rooms']!) as { id: number }[]).map((r) => r.id)).toEqual([2])
  })
})

describe('redirects, followed only under portal-url', () => {
  let portal: Emulator
  beforeAll(async () => {
    portal = await startEmulator({ basePath: '/docspace' })
  })
  afterAll(() => portal.close())
  afterEach(() => portal.reset())

  it('does not follow a redirect out of the base path, on the same origin', async () => {
    const room = portal.addRoom({ title: 'Moved' })
    portal.faults.add({
      path: `/files/rooms/${room.id}`,
      fault: { kind: 'redirect', location: `/other-app/api/2.0/files/rooms/${room.id}` }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(room.id), 'portal-url': portal.portalUrl })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`redirect to ${portal.url}/other-app/api/2.0/files/rooms/${room.id}`)
    expect(run.errors[0]).toContain("the redirect leaves portal-url's path (/docspace/)")
    expect(portal.requests.map((r) => r.rawPath)).toEqual([`/docspace/api/2.0/files/rooms/${room.id}`])
  })

  it('does not follow a redirect whose encoded dots climb out of the base path', async () => {
    const room = portal.addRoom({ title: 'Sneaky' })
    portal.faults.add({
      path: `/files/rooms/${room.id}`,
      fault: { kind: 'redirect', location: `/docspace/%2e%2e%2fother-app/api/2.0/files/rooms/${room.id}` }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(room.id), 'portal-url': portal.portalUrl })
    expect(run.exitCode).toBe(1)
    expect(portal.requests).toHaveLength(1)
  })

  it('follows a redirect within the base path', async () => {
    const room = portal.addRoom({ title: 'Here' })
    portal.faults.add({
      path: `/files/rooms/${room.id}`,
      fault: { kind: 'redirect', location: `/docspace/api/2.0/files/rooms/${room.id}/`, status: 301 }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(room.id), 'portal-url': portal.portalUrl })
    expect(run.exitCode).toBe(0)
    expect(portal.requests.map((r) => r.authorization)).toEqual(['valid', 'valid'])
  })
})

// Before answers were checked (d361e89), both archived or renamed the room and then failed writing the summary or
// the outputs with "text.replace is not a function" or "out.split is not a function".
describe('odd field types fail before anything is done with them', () => {
  it('archive-stale with a title that is a number archives nothing and names the field', async () => {
    const old = new Date(Date.now() - 90 * DAY)
    const room = env.emulator.addRoom({ title: 'Stale', updated: old, created: old })
    env.answerWith('GET', '/files/rooms', envelope({ folders: [listedRoom({ id: room.id, title: 12345 })], total: 1 }))
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringContaining(
        'DocSpace answered GET /api/2.0/files/rooms with response.folders[0].title as the number 12345, where a string was expected'
      )
    ])
    expect(run.log).not.toMatch(/is not a function/)
    expect(writes()).toEqual([])
    expect(env.emulator.room(room.id)!.archived).toBe(false)
  })

  it('rename answered with a title that is a number says so, naming the field', async () => {
    const room = env.emulator.addRoom({ title: 'Before' })
    env.answerWith('PUT', `/files/rooms/${room.id}`, envelope(listedRoom({ id: room.id, title: 12345 })), { times: 1 })
    const run = await env.run({ operation: 'rename', 'room-id': String(room.id), title: 'After' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringContaining(
        `DocSpace answered PUT /api/2.0/files/rooms/${room.id} with response.title as the number 12345, where a string was expected`
      )
    ])
    expect(run.log).not.toMatch(/is not a function/)
  })
})
