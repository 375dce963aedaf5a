// Every DocSpace answer the action reads is checked before it is trusted: an answer without what the action
// needs fails the step, names the request and the field, and nothing that depends on it is written.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pngImage } from '../support/images.js'
import { eventEnv, pullRequestPayload } from './github-event.js'
import { useEmulator } from './helpers.js'
import type { ActionRun } from './run-action.js'

const env = useEmulator({ operationDelayMs: 10 })

type Json = Record<string, unknown>

/** DocSpace's own answer to a GET, as the emulator gives it, for a test to take one thing out of. */

/** The next answers to method+path are `body` (a 200 with DocSpace's envelope), whatever the portal holds. */

const writes = () => env.emulator.requests.filter((r) => r.method !== 'GET')

function expectFailedBeforeWriting(run: ActionRun, message: RegExp): void {
  expect(run.exitCode).toBe(1)
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toMatch(message)
  expect(writes()).toEqual([])
  expect(run.outputs['result']).toBeUndefined()
}

/** A room-list page as DocSpace sends it, with `edit` applied to its `response`. */
async function listingWith(edit: (response: Json) => void): Promise<Json> {
  const fields = ['id', 'title', 'rootFolderType', 'roomType', 'tags', 'created', 'updated'].map((f) => `folders.${f}`)
  const page = await env.answerOf(`/files/rooms?fields=${[...fields, 'total'].join(',')}`)
  const response = structuredClone(page.response) as Json
  edit(response)
  return { ...page, response }
}

const room = (response: Json, i = 0): Json => (response.folders as Json[])[i]!

describe('a room listing the action cannot read fails the step before any write', () => {
  beforeEach(() => {
    env.emulator.addRoom({
      title: 'Old room',
      tags: ['ci'],
      updated: new Date('2020-01-01'),
      created: new Date('2020-01-01')
    })
    env.emulator.addRoom({
      title: 'Other',
      tags: ['ci'],
      updated: new Date('2020-01-01'),
      created: new Date('2020-01-01')
    })
  })

  it.each([
    [
      'an empty response, as fields=id,title gets from a real portal',
      (r: Json) => {
        for (const key of Object.keys(r)) delete r[key]
      },
      /DocSpace answered GET \/api\/2\.0\/files\/rooms without a room list \(response\.folders\)/
    ],
    [
      'no total',
      (r: Json) => {
        delete r.total
      },
      /DocSpace answered GET \/api\/2\.0\/files\/rooms without the total count \(response\.total\)/
    ],
    [
      'a room without an id',
      (r: Json) => {
        delete room(r, 1).id
      },
      /without response\.folders\[1\]\.id/
    ],
    [
      'a room without a title',
      (r: Json) => {
        delete room(r).title
      },
      /without response\.folders\[0\]\.title/
    ],
    [
      'a room without rootFolderType',
      (r: Json) => {
        delete room(r).rootFolderType
      },
      /without response\.folders\[0\]\.rootFolderType/
    ],
    [
      'an id of the wrong type',
      (r: Json) => {
        room(r).id = null
      },
      /with response\.folders\[0\]\.id as null, where a DocSpace ID \(a positive whole number, or a third-party storage ID/
    ],
    [
      'a title of the wrong type',
      (r: Json) => {
        room(r).title = 17
      },
      /with response\.folders\[0\]\.title as the number 17, where a string was expected/
    ],
    [
      'tags that are not a list',
      (r: Json) => {
        room(r).tags = 'ci'
      },
      /with response\.folders\[0\]\.tags as the text "ci", where a list was expected/
    ],
    [
      'a date that is not a date',
      (r: Json) => {
        room(r).updated = 'last Tuesday'
      },
      /with response\.folders\[0\]\.updated as the text "last Tuesday", where a date was expected/
    ],
    [
      'a total that is not a number',
      (r: Json) => {
        r.total = '2'
      },
      /with response\.total as the text "2", where a number was expected/
    ]
  ])('archive-stale with %s', async (_, edit, message) => {
    env.answerWith('GET', '/files/rooms', await listingWith(edit))
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30' })
    expectFailedBeforeWriting(run, message)
    expect(run.errors[0]).toMatch(/Likely cause: portal-url points at something other than a DocSpace portal/)
    expect(env.emulator.activeRooms()).toHaveLength(2)
  })

  it('list with an empty response fails instead of listing no rooms', async () => {
    env.answerWith('GET', '/files/rooms', await listingWith((r) => delete r.folders))
    const run = await env.run({ operation: 'list' })
    expectFailedBeforeWriting(run, /without a room list/)
    expect(run.outputs['count']).toBeUndefined()
    expect(run.log).not.toMatch(/0 rooms matched/)
  })

  it('create with if-exists: reuse does not make a room when the lookup cannot be read', async () => {
    env.answerWith('GET', '/files/rooms', await listingWith((r) => delete r.folders))
    const run = await env.run({ operation: 'create', title: 'Old room' })
    expectFailedBeforeWriting(run, /Could not create room "Old room": DocSpace answered GET .*without a room list/)
    expect(env.emulator.state.rooms.size).toBe(2)
  })

  it('closing a pull request does not archive when the lookup cannot be read', async () => {
    const payload = pullRequestPayload('closed', { number: 12 })
    env.emulator.addRoom({ title: 'PR room', tags: [`pr:${payload.repository!.full_name}#12`] })
    env.answerWith('GET', '/files/rooms', await listingWith((r) => delete r.total))
    const run = await env.run({ operation: 'archive' }, eventEnv('pull_request', payload))
    expectFailedBeforeWriting(run, /without the total count/)
    expect(env.emulator.archivedRooms()).toEqual([])
  })
})

describe('a room answer the action cannot read fails before the change that depends on it', () => {
  it.each([
    ['rootFolderType', /without response\.rootFolderType/],
    ['title', /without response\.title/],
    ['id', /without response\.id/]
  ])('archive by room-id when the room comes without %s', async (field, message) => {
    const { id } = env.emulator.addRoom({ title: 'Room' })
    const answer = await env.answerOf(`/files/rooms/${id}`)
    delete (answer.response as Json)[field]
    env.answerWith('GET', `/files/rooms/${id}`, answer)
    const run = await env.run({ operation: 'archive', 'room-id': String(id) })
    expectFailedBeforeWriting(run, message)
    expect(run.errors[0]).toContain(`GET /api/2.0/files/rooms/${id}`)
    expect(env.emulator.room(id)!.archived).toBe(false)
  })

  it('a folder that is not a room is not archived', async () => {
    const { id } = env.emulator.addRoom({ title: 'Room' })
    const answer = await env.answerOf(`/files/rooms/${id}`)
    delete (answer.response as Json).roomType
    env.answerWith('GET', `/files/rooms/${id}`, answer)
    const run = await env.run({ operation: 'delete', 'room-id': String(id) })
    expectFailedBeforeWriting(run, /with a folder that is not a room \("Room" has no roomType\)/)
    expect(run.errors[0]).toMatch(/Likely cause: .* not of a room; use the room's own ID/)
    expect(env.emulator.room(id)).toBeDefined()
  })

  it('a create answered without the new room id writes no README.txt and reports nothing created', async () => {
    env.answerWith(
      'POST',
      '/files/rooms',
      { response: { title: 'New' }, count: 1, status: 0, statusCode: 200 },
      { times: 1 }
    )
    const run = await env.run({ operation: 'create', title: 'New', description: 'About it' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/DocSpace answered POST \/api\/2\.0\/files\/rooms without response\.id/)
    expect(env.emulator.requests.filter((r) => r.path.endsWith('/text'))).toEqual([])
    expect(run.outputs['result']).toBeUndefined()
  })
})

describe('an operation answer the action cannot read is not reported done', () => {
  it('archive answered without the operation id', async () => {
    const { id } = env.emulator.addRoom({ title: 'Room' })
    env.answerWith('PUT', `/files/rooms/${id}/archive`, {
      response: { progress: 0, finished: false },
      count: 1,
      status: 0,
      statusCode: 200
    })
    const run = await env.run({ operation: 'archive', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/DocSpace answered PUT \/api\/2\.0\/files\/rooms\/\d+\/archive without response\.id/)
    expect(run.outputs['result']).toBeUndefined()
  })

  it('a progress listing that is not a list', async () => {
    env.emulator.state.operationDelayMs = 300
    const { id } = env.emulator.addRoom({ title: 'Room' })
    env.answerWith('GET', '/files/fileops', { response: { id: 'x' }, count: 1, status: 0, statusCode: 200 })
    const run = await env.run({ operation: 'archive', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /DocSpace answered GET \/api\/2\.0\/files\/fileops with response as an object, where a list was expected/
    )
    expect(run.outputs['result']).toBeUndefined()
  })

  it('an operation whose progress is of the wrong type', async () => {
    env.emulator.state.operationDelayMs = 300
    const { id } = env.emulator.addRoom({ title: 'Room' })
    env.answerWith('GET', '/files/fileops', {
      response: [{ id: 'x', progress: 'half' }],
      count: 1,
      status: 0,
      statusCode: 200
    })
    const run = await env.run({ operation: 'archive', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/with response\[0\]\.progress as the text "half", where a number was expected/)
  })
})

// DocSpace always writes a room's `pinned`, `indexing` and `denyDownload` (non-nullable in FolderDto.cs:93, 111,
// 117; only null fields are left out, DynamicIgnoreResolver.cs:177): an answer without them is not one to read
// as "not pinned", nor as confirming a setting.
describe('room settings the action reads back', () => {
  async function roomAnswerWith(id: number, edit: (response: Json) => void): Promise<void> {
    const answer = await env.answerOf(`/files/rooms/${id}`)
    const response = structuredClone(answer.response) as Json
    edit(response)
    env.answerWith('GET', `/files/rooms/${id}`, { ...answer, response })
  }

  it.each([
    ['without pinned', (r: Json) => delete r.pinned, /without response\.pinned/],
    [
      'with pinned as text',
      (r: Json) => (r.pinned = 'false'),
      /with response\.pinned as the text "false", where a boolean/
    ]
  ])('update pinned: a room %s fails before the pin is sent', async (_, edit, message) => {
    const { id } = env.emulator.addRoom({ title: 'Pin me' })
    await roomAnswerWith(id, edit)
    const run = await env.run({ operation: 'update', 'room-id': String(id), pinned: 'true' })
    expectFailedBeforeWriting(run, message)
    expect(run.errors[0]).toContain(`GET /api/2.0/files/rooms/${id}`)
  })

  it.each([
    ['deny-download', { 'deny-download': 'true' }, 'denyDownload', 5 as const],
    ['indexing', { indexing: 'true' }, 'indexing', 8 as const]
  ])('update %s: a room read back without it is not reported updated', async (_, inputs, field, roomType) => {
    const { id } = env.emulator.addRoom({ title: 'Settled', roomType })
    await roomAnswerWith(id, (r) => delete r[field])
    const run = await env.run({ operation: 'update', 'room-id': String(id), ...inputs })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(new RegExp(`without response\\.${field}`))
    expect(run.outputs.result).toBeUndefined()
  })
})

describe('membership answers the action cannot read fail the step before any write', () => {
  const people = () => ({
    ana: env.emulator.state.addUser({ email: 'ana@example.com', displayName: 'Ana', type: 'User' }),
    mia: env.emulator.state.addUser({ email: 'mia@example.com', displayName: 'Mia', type: 'RoomAdmin' })
  })
  const envelope = (response: unknown) => ({ response, count: 1, status: 0, statusCode: 200 })

  it.each([
    ['an object instead of a list', { members: [] }, /with response as an object, where a list was expected/],
    ['an entry without its access', [{ isOwner: true, subjectType: 0 }], /without response\[0\]\.access/],
    [
      'a user ID that is not a GUID',
      [
        {
          access: 1,
          isOwner: true,
          subjectType: 0,
          sharedToUser: {
            id: '../people',
            displayName: 'x',
            email: 'x@y.z',
            isOwner: true,
            isAdmin: true,
            isRoomAdmin: false
          }
        }
      ],
      /response\[0\]\.sharedToUser\.id/
    ]
  ])('the share list: %s', async (_, body, message) => {
    people()
    const { id } = env.emulator.addRoom({ title: 'Shared' })
    env.answerWith('GET', `/files/rooms/${id}/share`, envelope(body))
    const run = await env.run({ operation: 'share', 'room-id': String(id), members: 'ana@example.com: editor' })
    expectFailedBeforeWriting(run, message)
  })

  it('a profile without its user type, looking up a room manager', async () => {
    people()
    const { id } = env.emulator.addRoom({ title: 'Shared' })
    const profile = await env.answerOf('/people/email?email=mia%40example.com')
    delete (profile.response as Json).isRoomAdmin
    env.answerWith('GET', '/people/email', profile)
    const run = await env.run({ operation: 'share', 'room-id': String(id), members: 'mia@example.com: room-manager' })
    expectFailedBeforeWriting(run, /without response\.isRoomAdmin/)
  })

  it('an answer to the invitation without its error field is not reported shared', async () => {
    people()
    const { id } = env.emulator.addRoom({ title: 'Shared' })
    env.answerWith('PUT', `/files/rooms/${id}/share`, envelope({ members: [] }))
    const run = await env.run({ operation: 'share', 'room-id': String(id), members: 'ana@example.com: editor' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/without response\.error/)
    expect(run.outputs.result).toBeUndefined()
  })
})

describe("a room's member list is read to its end", () => {
  it('past a full page of groups: a member on the next page is found, not read as "not a member"', async () => {
    const ana = env.emulator.state.addUser({ email: 'ana@example.com', displayName: 'Ana', type: 'User' })
    const { id } = env.emulator.addRoom({ title: 'Shared' })
    env.emulator.state.setMember(id, ana.id, 10)
    const answer = await env.answerOf(`/files/rooms/${id}/share`)
    const listed = answer.response as Json[]
    const anaEntry = listed.find((e) => (e.sharedToUser as Json | undefined)?.id === ana.id)!
    // DocSpace lists users and groups together (filterType 0, SubjectType.cs:40-62): 100 groups fill the first page.
    const groups = Array.from({ length: 100 }, (_, i) => ({
      access: 2,
      isOwner: false,
      subjectType: 2,
      sharedToGroup: { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Group ${i}` }
    }))
    env.answerWith('GET', `/files/rooms/${id}/share`, { ...answer, response: groups, count: 100 }, { times: 1 })
    env.answerWith('GET', `/files/rooms/${id}/share`, { ...answer, response: [anaEntry], count: 1 }, { times: 1 })
    const run = await env.run({ operation: 'share', 'room-id': String(id), members: 'ana@example.com: remove' })
    expect(run.errors).toEqual([])
    expect(run.outputs.result).toBe('shared')
    expect(env.emulator.state.memberAccess(id, ana.id)).toBe(0)
  })
})

describe('tags DocSpace answered for without applying', () => {
  it.each([
    ['PUT', { 'add-tags': 'new' }, 'add-tags (DocSpace shows no new)'],
    ['DELETE', { 'remove-tags': 'old' }, 'remove-tags (DocSpace still shows old)']
  ])('%s tags: not reported updated', async (method, inputs, named) => {
    const { id } = env.emulator.addRoom({ title: 'Tagged', tags: ['old'] })
    const answer = await env.answerOf(`/files/rooms/${id}`)
    env.answerWith(method, `/files/rooms/${id}/tags`, answer)
    const run = await env.run({ operation: 'update', 'room-id': String(id), ...inputs })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`DocSpace answered for room ${id} without applying ${named}`)
    expect(run.outputs.result).toBeUndefined()
  })
})

describe('the logo upload and the pin', () => {
  const withLogo = (): Record<string, string> => {
    const dir = mkdtempSync(join(tmpdir(), 'workspace-'))
    writeFileSync(join(dir, 'logo.png'), pngImage(64, 64))
    return { GITHUB_WORKSPACE: dir }
  }

  it.each([
    [
      'success as text',
      { success: 'true', data: 'tmp.png' },
      /with response\.success as the text "true", where a boolean/
    ],
    ['no temporary file', { success: true, data: {} }, /DocSpace says: "no temporary file in the answer"/],
    ['an empty answer', {}, /without response\.success/]
  ])('an upload answer with %s fails before the room is made', async (_, response, message) => {
    env.answerWith('POST', '/files/logos', { response, count: 1, status: 0, statusCode: 200 })
    const run = await env.run({ operation: 'create', title: 'Logo', logo: 'logo.png' }, withLogo())
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(message)
    expect(writes().map((r) => r.path)).toEqual(['/files/logos'])
    expect(env.emulator.activeRooms()).toEqual([])
  })

  it('a pin answer without the room is not reported pinned', async () => {
    const { id } = env.emulator.addRoom({ title: 'Pin me' })
    env.answerWith('PUT', `/files/rooms/${id}/pin`, { response: true, count: 1, status: 0, statusCode: 200 })
    const run = await env.run({ operation: 'update', 'room-id': String(id), pinned: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(new RegExp(`PUT /api/2\\.0/files/rooms/${id}/pin`))
    expect(run.outputs.result).toBeUndefined()
  })
})

describe("the profile DocSpace gives for a room manager's e-mail", () => {
  it('is of someone else: nobody is made room manager', async () => {
    const mia = env.emulator.state.addUser({ email: 'mia@example.com', displayName: 'Mia', type: 'RoomAdmin' })
    env.emulator.state.addUser({ email: 'other@example.com', displayName: 'Other', type: 'RoomAdmin' })
    const { id } = env.emulator.addRoom({ title: 'Shared' })
    const other = await env.answerOf('/people/email?email=other%40example.com')
    env.answerWith('GET', '/people/email', other)
    const run = await env.run({ operation: 'share', 'room-id': String(id), members: 'mia@example.com: room-manager' })
    // Both addresses as the log shows e-mails elsewhere: enough to tell them apart, no more.
    expectFailedBeforeWriting(
      run,
      /GET \/api\/2\.0\/people\/email for m…@example\.com with the profile of o…@example\.com/
    )
    expect(run.log).not.toMatch(/mia@|other@/)
    expect(run.summary).not.toMatch(/mia@|other@/)
    expect(env.emulator.state.memberAccess(id, mia.id)).toBe(0)
  })
})
