import { expect } from '@jest/globals'
import type { CompactRoom } from '../support/docspace-json.js'
import { useEmulator } from './helpers.js'

const env = useEmulator({ operationDelayMs: 20 })
const DAY = 86_400_000
const writes = () => env.emulator.requests.filter((r) => r.method !== 'GET')

describe('finding a room without its ID', () => {
  it("matches the title exactly, not as DocSpace's substring search does", async () => {
    env.emulator.addRoom({ title: 'Alpha 2' })
    const alpha = env.emulator.addRoom({ title: 'Alpha' })
    env.emulator.addRoom({ title: 'alpha' })
    const run = await env.run({ operation: 'get', title: 'Alpha' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['room-id']).toBe(String(alpha.id))
    const search = env.emulator.requests.find((r) => r.path === '/files/rooms')!
    expect(search.query).toMatchObject({ filterValue: 'Alpha', searchArea: 'Any', count: '100' })
  })

  it('matches a title with characters DocSpace replaces', async () => {
    const room = env.emulator.addRoom({ title: 'Q3_ plans_' })
    const run = await env.run({ operation: 'get', title: 'Q3: plans?' })
    expect(run.outputs['room-id']).toBe(String(room.id))
  })

  it('refuses to guess between rooms with the same title, and changes nothing', async () => {
    const a = env.emulator.addRoom({ title: 'Twin' })
    const b = env.emulator.addRoom({ title: 'Twin' })
    const run = await env.run({ operation: 'archive', title: 'Twin' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Found 2 rooms for the room titled "Twin", so nothing was changed')
    expect(run.errors[0]).toContain(`${a.id} "Twin" (active)`)
    expect(run.errors[0]).toContain(`${b.id} "Twin" (active)`)
    expect(run.errors[0]).toContain('Give room-id to choose one')
    expect(writes()).toEqual([])
  })

  it('archives by tags, all of which must be on the room', async () => {
    env.emulator.addRoom({ title: 'Only one tag', tags: ['team-a'] })
    const both = env.emulator.addRoom({ title: 'Both tags', tags: ['team-a', 'release'] })
    const run = await env.run({ operation: 'archive', tags: 'team-a, release' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['room-id']).toBe(String(both.id))
    expect(env.emulator.archivedRooms().map((r) => r.id)).toEqual([both.id])
  })

  it('renames the room found by tags', async () => {
    const room = env.emulator.addRoom({ title: 'Before', tags: ['rename-me'] })
    const run = await env.run({ operation: 'rename', tags: 'rename-me', title: 'After' })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.room(room.id)!.title).toBe('After')
  })

  it('deletes the room found by title', async () => {
    const room = env.emulator.addRoom({ title: 'Delete by title' })
    const run = await env.run({ operation: 'delete', title: 'Delete by title' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('deleted')
    expect(env.emulator.room(room.id)).toBeUndefined()
  })

  it('unarchives the archived one when an active room has the same title', async () => {
    env.emulator.addRoom({ title: 'Season' })
    const old = env.emulator.addRoom({ title: 'Season', archived: true })
    const run = await env.run({ operation: 'unarchive', title: 'Season' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'unarchived', 'room-id': String(old.id) })
  })

  it('says clearly when nothing matches', async () => {
    const run = await env.run({ operation: 'get', title: 'Nowhere' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toBe(
      'Could not get the room titled "Nowhere": No room found: there is no room titled "Nowhere" in DocSpace (active or archived)'
    )
  })

  it('guesses nothing outside a pull-request event', async () => {
    const run = await env.run({ operation: 'archive' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^Input "room-id" is required for operation "archive"/)
    const create = await env.run({ operation: 'create' })
    expect(create.errors[0]).toBe('Input "title" is required for operation "create"')
    expect(env.emulator.requests).toEqual([])
  })
})

describe('create is safe to re-run', () => {
  it('reuses an active room with the same title by default', async () => {
    const first = await env.run({ operation: 'create', title: 'Weekly sync' })
    const second = await env.run({ operation: 'create', title: 'Weekly sync' })
    expect(first.outputs.result).toBe('created')
    expect(second.outputs).toMatchObject({ result: 'found', 'room-id': first.outputs['room-id'] })
    expect(env.emulator.activeRooms()).toHaveLength(1)
  })

  it('does not reuse an archived room outside pull requests', async () => {
    env.emulator.addRoom({ title: 'Weekly sync', archived: true })
    const run = await env.run({ operation: 'create', title: 'Weekly sync' })
    expect(run.outputs.result).toBe('created')
  })

  it('always makes a new room with if-exists: create', async () => {
    await env.run({ operation: 'create', title: 'Dup' })
    const run = await env.run({ operation: 'create', title: 'Dup', 'if-exists': 'create' })
    expect(run.outputs.result).toBe('created')
    expect(env.emulator.activeRooms().filter((r) => r.title === 'Dup')).toHaveLength(2)
  })

  it('fails on an existing room with if-exists: fail', async () => {
    const room = env.emulator.addRoom({ title: 'Taken' })
    const run = await env.run({ operation: 'create', title: 'Taken', 'if-exists': 'fail' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`Room ${room.id} ("Taken") already exists`)
    expect(writes()).toEqual([])
  })
})

describe('list', () => {
  function seedMany() {
    const now = Date.now()
    for (let i = 0; i < 230; i++) {
      env.emulator.addRoom({
        title: `Project ${String(i).padStart(3, '0')}`,
        roomType: i % 2 ? 2 : 5,
        tags: i % 10 === 0 ? ['ten'] : [],
        archived: i >= 200,
        created: new Date(now - 500 * DAY),
        updated: new Date(now - i * DAY)
      })
    }
  }

  it('pages through every room, 100 at a time', async () => {
    seedMany()
    const run = await env.run({ operation: 'list' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.count).toBe('200')
    const rooms = JSON.parse(run.outputs.rooms!) as CompactRoom[]
    expect(new Set(rooms.map((r) => r.id)).size).toBe(200)
    expect(rooms[0]).toEqual({
      id: expect.any(Number),
      title: 'Project 000',
      type: 'custom',
      tags: ['ten'],
      created: expect.any(String),
      updated: expect.any(String),
      archived: false,
      url: `${env.emulator.url}/rooms/shared/filter?folder=${rooms[0]!.id}`
    })
    const pages = env.emulator.requests.filter((r) => r.path === '/files/rooms')
    expect(pages.map((p) => p.query.startIndex)).toEqual(['0', '100'])
    // DocSpace's projection works by depth (DynamicIgnoreResolver.cs:76-106): room fields are `folders.<name>`.
    expect(pages[0]!.query.fields).toBe(
      'folders.id,folders.title,folders.rootFolderType,folders.roomType,folders.tags,folders.created,folders.updated,total'
    )
    // A sent sortBy would become the key owner's saved sort order in DocSpace (FileStorageService.cs:360-367).
    expect(pages.every((p) => p.query.sortBy === undefined && p.query.sortOrder === undefined)).toBe(true)
  })

  it('filters by area, search, tags and type', async () => {
    seedMany()
    const any = await env.run({ operation: 'list', area: 'any' })
    expect(any.outputs.count).toBe('230')
    const archived = await env.run({ operation: 'list', area: 'archived' })
    expect(archived.outputs.count).toBe('30')
    expect((JSON.parse(archived.outputs.rooms!) as CompactRoom[]).every((r) => r.archived)).toBe(true)
    const tagged = await env.run({ operation: 'list', tags: 'ten', 'room-type': 'collaboration' })
    expect(tagged.outputs.count).toBe('0')
    const tenCustom = await env.run({ operation: 'list', tags: 'ten', 'room-type': 'custom' })
    expect(tenCustom.outputs.count).toBe('20')
    const search = await env.run({ operation: 'list', search: 'Project 19' })
    expect(search.outputs.count).toBe('10')
  })
})

describe('archive-stale', () => {
  function seedAges(count: number, staleFrom: number) {
    const now = Date.now()
    return Array.from({ length: count }, (_, i) =>
      env.emulator.addRoom({
        title: `Room ${String(i).padStart(3, '0')}`,
        tags: i % 2 ? ['odd'] : [],
        created: new Date(now - 1000 * DAY),
        // Room i was last touched i days ago: rooms from `staleFrom` on are stale.
        updated: new Date(now - i * DAY - (i >= staleFrom ? DAY / 2 : 0))
      })
    )
  }

  it('archives at most max-rooms, oldest first, and warns about the rest', async () => {
    const rooms = seedAges(140, 30)
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', 'max-rooms': '50' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'archived', count: '50' })
    const archived = JSON.parse(run.outputs.rooms!) as { title: string; archived: boolean }[]
    expect(archived[0]!.title).toBe('Room 139')
    expect(archived[49]!.title).toBe('Room 090')
    expect(archived.every((r) => r.archived)).toBe(true)
    expect(
      env.emulator
        .archivedRooms()
        .map((r) => r.id)
        .sort()
    ).toEqual(
      rooms
        .slice(90)
        .map((r) => r.id)
        .sort()
    )
    expect(run.stdout).toMatch(/::warning::110 rooms are stale; this run handles the oldest 50 \(max-rooms\)/)
    // One listing per round serves every pending operation.
    const polls = env.emulator.requests.filter((r) => r.path === '/files/fileops')
    expect(polls.every((p) => p.query.id === undefined)).toBe(true)
  })

  it('changes nothing in a dry run and reports what it would archive', async () => {
    seedAges(120, 100)
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '100', 'dry-run': 'true' })
    expect(run.outputs).toMatchObject({ result: 'dry-run', count: '20' })
    expect(env.emulator.archivedRooms()).toEqual([])
    expect(writes()).toEqual([])
    expect(run.stdout).toContain('Would archive room')
  })

  it('narrows by tags', async () => {
    seedAges(60, 30)
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', tags: 'odd' })
    expect(run.outputs.count).toBe('15')
    expect(env.emulator.archivedRooms().every((r) => r.tags.includes('odd'))).toBe(true)
  })

  it('keeps going when one room fails, then fails the step naming it', async () => {
    const rooms = seedAges(35, 30)
    env.emulator.faults.add({
      method: 'PUT',
      path: `/files/rooms/${rooms[32]!.id}/archive`,
      fault: { kind: 'op-error', message: 'Room is locked' }
    })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.count).toBe('4')
    expect(run.errors[0]).toContain(`1 room failed:`)
    expect(run.errors[0]).toContain(`room ${rooms[32]!.id} ("Room 032")`)
    expect(run.errors[0]).toContain('Room is locked')
    expect(env.emulator.archivedRooms()).toHaveLength(4)
  })
})
