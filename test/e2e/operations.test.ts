import type { RoomDto } from '../support/docspace-json.js'
import { useEmulator } from './helpers.js'

const env = useEmulator({ operationDelayMs: 30 })

describe('create', () => {
  it('creates a room with type and tags and outputs it', async () => {
    const run = await env.run({
      operation: 'create',
      title: 'Project Alpha',
      'room-type': 'collaboration',
      tags: 'ci, alpha'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('created')
    const id = Number(run.outputs['room-id'])
    const room = env.emulator.room(id)!
    expect(room).toMatchObject({ title: 'Project Alpha', roomType: 2, tags: ['ci', 'alpha'], archived: false })
    expect(run.outputs['room-title']).toBe('Project Alpha')
    expect(run.outputs['room-url']).toBe(`${env.emulator.url}/rooms/shared/filter?folder=${id}`)
    expect(JSON.parse(run.outputs.room!)).toMatchObject({ id, title: 'Project Alpha', roomType: 2, rootFolderType: 14 })
    expect(room.files).toEqual([])
    expect(run.summary).toContain('Project Alpha')
  })

  it('writes the description into README.txt in the new room', async () => {
    const run = await env.run({
      operation: 'create',
      title: 'Described',
      description: 'Specs for the parser.\nSecond line.'
    })
    expect(run.exitCode).toBe(0)
    const room = env.emulator.room(Number(run.outputs['room-id']))!
    expect(room.files).toEqual([
      expect.objectContaining({ title: 'README.txt', content: 'Specs for the parser.\nSecond line.' })
    ])
  })

  it('reports the title as DocSpace saved it', async () => {
    const run = await env.run({ operation: 'create', title: 'Q3: plans?' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['room-title']).toBe('Q3_ plans_')
  })

  it('says the quota is reached when DocSpace answers 402', async () => {
    env.emulator.faults.add({
      method: 'POST',
      path: '/files/rooms',
      fault: {
        kind: 'status',
        status: 402,
        body: JSON.stringify({
          error: { message: 'The number of rooms has exceeded the allowed limit' },
          status: 1,
          statusCode: 402
        }),
        contentType: 'application/json'
      }
    })
    const run = await env.run({ operation: 'create', title: 'Over quota' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTTP 402')
    expect(run.errors[0]).toContain('The number of rooms has exceeded the allowed limit')
    expect(run.errors[0]).toContain('room quota')
    expect(env.emulator.activeRooms()).toHaveLength(0)
  })
})

describe('get', () => {
  it('finds a room by ID', async () => {
    const seeded = env.emulator.addRoom({ title: 'Existing', tags: ['x'] })
    const run = await env.run({ operation: 'get', 'room-id': String(seeded.id) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'found', 'room-id': String(seeded.id), 'room-title': 'Existing' })
    expect((JSON.parse(run.outputs.room!) as RoomDto).tags).toEqual(['x'])
  })

  it('fails clearly for a room that does not exist', async () => {
    const run = await env.run({ operation: 'get', 'room-id': '424242' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^Could not get room 424242: GET \/api\/2\.0\/files\/rooms\/424242 failed with HTTP 404\. DocSpace says: "The required folder was not found"\. Likely cause: no room with that ID/
      )
    ])
  })
})

describe('rename', () => {
  it('renames a room', async () => {
    const seeded = env.emulator.addRoom({ title: 'Old name' })
    const run = await env.run({ operation: 'rename', 'room-id': String(seeded.id), title: 'New name' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'renamed', 'room-title': 'New name' })
    expect(env.emulator.room(seeded.id)!.title).toBe('New name')
  })

  it('explains that an archived room cannot be renamed', async () => {
    const seeded = env.emulator.addRoom({ title: 'Frozen', archived: true })
    const run = await env.run({ operation: 'rename', 'room-id': String(seeded.id), title: 'Thawed' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTTP 403')
    expect(run.errors[0]).toContain('archived')
    expect(env.emulator.room(seeded.id)!.title).toBe('Frozen')
  })

  it('says when the room does not exist, although DocSpace answers 403', async () => {
    const run = await env.run({ operation: 'rename', 'room-id': '9999', title: 'Nope' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTTP 403')
    expect(run.errors[0]).toContain('no room with ID 9999 exists')
  })
})

describe('archive and unarchive', () => {
  it('archives an active room and waits for it', async () => {
    const seeded = env.emulator.addRoom({ title: 'To archive' })
    const run = await env.run({ operation: 'archive', 'room-id': String(seeded.id) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('archived')
    expect((JSON.parse(run.outputs.room!) as RoomDto).rootFolderType).toBe(20)
    expect(env.emulator.room(seeded.id)!.archived).toBe(true)
    const archiveCall = env.emulator.requests.find((r) => r.path.endsWith('/archive'))!
    expect(archiveCall.body).toEqual({ deleteAfter: false })
  })

  it('sends no write for a room that is already archived', async () => {
    const seeded = env.emulator.addRoom({ title: 'Already', archived: true })
    const run = await env.run({ operation: 'archive', 'room-id': String(seeded.id) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('already-archived')
    expect(env.emulator.requests.map((r) => r.method)).toEqual(['GET'])
  })

  it('unarchives an archived room', async () => {
    const seeded = env.emulator.addRoom({ title: 'Back', archived: true })
    const run = await env.run({ operation: 'unarchive', 'room-id': String(seeded.id) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('unarchived')
    expect(env.emulator.room(seeded.id)!.archived).toBe(false)
  })

  it('reports an active room as already active', async () => {
    const seeded = env.emulator.addRoom({ title: 'Live' })
    const run = await env.run({ operation: 'unarchive', 'room-id': String(seeded.id) })
    expect(run.outputs.result).toBe('already-active')
    expect(env.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('returns once started with wait: false', async () => {
    env.emulator.state.operationDelayMs = 400
    try {
      const seeded = env.emulator.addRoom({ title: 'Later' })
      const run = await env.run({ operation: 'archive', 'room-id': String(seeded.id), wait: 'false' })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.result).toBe('archive-started')
      expect(env.emulator.room(seeded.id)!.archived).toBe(false)
      expect(env.emulator.requests.some((r) => r.path.startsWith('/files/fileops'))).toBe(false)
    } finally {
      env.emulator.state.operationDelayMs = 30
    }
  })

  it("fails with DocSpace's text when the operation reports an error", async () => {
    const seeded = env.emulator.addRoom({ title: 'Stuck' })
    env.emulator.faults.add({ path: /\/archive$/, fault: { kind: 'op-error', message: 'Cannot move the room' } })
    const run = await env.run({ operation: 'archive', 'room-id': String(seeded.id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Cannot move the room')
    expect(env.emulator.room(seeded.id)!.archived).toBe(false)
  })

  it('confirms an operation that vanished from the listing by reading the room', async () => {
    const seeded = env.emulator.addRoom({ title: 'Vanishing' })
    env.emulator.faults.add({ path: /\/archive$/, fault: { kind: 'op-vanish' } })
    const run = await env.run({ operation: 'archive', 'room-id': String(seeded.id) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('archived')
  })

  it('times out saying what it waited for', async () => {
    const seeded = env.emulator.addRoom({ title: 'Forever' })
    env.emulator.faults.add({ path: /\/archive$/, fault: { kind: 'op-never-finishes' } })
    const run = await env.run({ operation: 'archive', 'room-id': String(seeded.id), 'timeout-seconds': '1.5' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /Timed out after 1\.5 s \(timeout-seconds\) while waiting for the archive of room \d+ \("Forever"\) to finish/
    )
  })
})

describe('delete', () => {
  it('archives an active room first, then deletes it', async () => {
    const seeded = env.emulator.addRoom({ title: 'Doomed', createdBy: 'someone-else' })
    const run = await env.run({ operation: 'delete', 'room-id': String(seeded.id) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'deleted', 'room-id': String(seeded.id), 'room-title': 'Doomed' })
    expect(env.emulator.room(seeded.id)).toBeUndefined()
    const writes = env.emulator.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)
    expect(writes).toEqual([`PUT /files/rooms/${seeded.id}/archive`, `DELETE /files/rooms/${seeded.id}`])
    const deleteCall = env.emulator.requests.find((r) => r.method === 'DELETE')!
    expect(deleteCall.body).toEqual({ deleteAfter: false })
  })

  it('deletes an archived room directly', async () => {
    const seeded = env.emulator.addRoom({ title: 'Old', archived: true })
    const run = await env.run({ operation: 'delete', 'room-id': String(seeded.id) })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.room(seeded.id)).toBeUndefined()
    expect(env.emulator.requests.filter((r) => r.path.endsWith('/archive'))).toEqual([])
  })

  // DELETE answers with the caller's first listed delete operation, not the one it started
  // (DocSpace-server v3.7.2, VirtualRoomsController.cs:425): two deletes with one key at once, as a matrix
  // of jobs does, both get the first one's operation.
  it('two deletes with the same key at once both delete their room and wait for it', async () => {
    env.emulator.state.operationDelayMs = 400
    const first = env.emulator.addRoom({ title: 'First', archived: true })
    const second = env.emulator.addRoom({ title: 'Second', archived: true })
    const runs = await Promise.all([
      env.run({ operation: 'delete', 'room-id': String(first.id) }),
      new Promise((wait) => setTimeout(wait, 150)).then(() =>
        env.run({ operation: 'delete', 'room-id': String(second.id) })
      )
    ])
    for (const run of runs) {
      expect(run.errors).toEqual([])
      expect(run.outputs.result).toBe('deleted')
    }
    expect(env.emulator.state.rooms.size).toBe(0)
    const answers = env.emulator.requests.filter((r) => r.method === 'DELETE')
    expect(answers).toHaveLength(2)
  })
})

describe('portal address', () => {
  it('works with a portal on a sub-path and a trailing slash', async () => {
    const { startEmulator } = await import('../emulator/server.js')
    const nested = await startEmulator({ basePath: '/docspace' })
    try {
      const seeded = nested.addRoom({ title: 'Nested' })
      const run = await env.run({
        operation: 'get',
        'room-id': String(seeded.id),
        'portal-url': `${nested.url}/docspace/`,
        'api-key': nested.apiKey
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['room-url']).toBe(`${nested.url}/docspace/rooms/shared/filter?folder=${seeded.id}`)
    } finally {
      await nested.close()
    }
  })
})
