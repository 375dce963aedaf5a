import type { Envelope, FileOperation, ProblemDetails, RoomDto, RoomPage } from '../support/docspace-json.js'
import { seedRooms } from './seed.js'
import { startEmulator, type Emulator } from './server.js'
import { ADMIN_USER_ID } from './state.js'

let emu: Emulator

beforeAll(async () => {
  emu = await startEmulator({
    operationDelayMs: 40,
    keys: {
      'sk-rooms-only': { scopes: ['rooms:read', 'rooms:write'] },
      'sk-read': { scopes: ['rooms:read', 'files:read'] },
      'sk-bob': { scopes: ['*'], userId: 'user-bob' }
    }
  })
})
afterEach(() => emu.reset())
afterAll(() => emu.close())

function call(method: string, path: string, body?: unknown, key: string | null = emu.apiKey): Promise<Response> {
  const headers: Record<string, string> = {}
  if (key !== null) headers['Authorization'] = `Bearer ${key}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  return fetch(`${emu.url}/api/2.0${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
}

async function json<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  key?: string
): Promise<{ status: number; body: Envelope<T> }> {
  const res = await call(method, path, body, key)
  return { status: res.status, body: (await res.json()) as Envelope<T> }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function pollUntilFinished(opId: string, key?: string): Promise<FileOperation[]> {
  const seen: FileOperation[] = []
  for (let i = 0; i < 50; i++) {
    const { body } = await json<FileOperation[]>('GET', `/files/fileops?id=${opId}`, undefined, key)
    seen.push(...body.response)
    if (seen.some((o) => o.finished)) return seen
    await sleep(10)
  }
  throw new Error('operation never finished')
}

describe('envelopes and DTOs', () => {
  it('wraps a room in the success envelope with DocSpace field shapes', async () => {
    const room = emu.addRoom({ title: 'Envelope', roomType: 2, tags: ['x'] })
    const res = await call('GET', `/files/rooms/${room.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = (await res.json()) as Envelope<RoomDto>
    expect(body).toMatchObject({
      count: 1,
      status: 0,
      statusCode: 200,
      links: [{ action: 'GET', href: `${emu.url}/api/2.0/files/rooms/${room.id}` }]
    })
    expect(body.response).toMatchObject({
      id: room.id,
      title: 'Envelope',
      roomType: 2,
      rootFolderType: 14,
      tags: ['x'],
      fileEntryType: 1
    })
    // ApiDateTime writes a zero offset as `Z` (common/ASC.Api.Core/Core/ApiDateTime.cs:164-172)
    expect(body.response.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/)
    expect(body.response.createdBy).toMatchObject({ id: ADMIN_USER_ID })
    expect(body.response.security).toMatchObject({ Read: true, EditRoom: true, Rename: true, Delete: true })
    // Rooms carry no FolderType `type` (FolderDto.cs:400-411 at v3.7.2-server).
    expect(body.response).not.toHaveProperty('type')
  })

  it('answers an unknown room with the 404 error envelope', async () => {
    const { status, body } = await json('GET', '/files/rooms/999')
    expect(status).toBe(404)
    // CustomExceptionHandler writes message, type, stack and hresult (ResponseWrapper.cs:116-120, CommonApiResponse.cs:158-173)
    expect(body).toEqual({
      error: {
        message: 'The required folder was not found',
        type: 'ASC.Common.Web.ItemNotFoundException',
        stack: expect.any(String) as unknown,
        hresult: -2146233088
      },
      status: 1,
      statusCode: 404
    })
  })

  it('answers unknown endpoints with 404 and tolerates trailing slashes', async () => {
    expect((await call('GET', '/files/nothing')).status).toBe(404)
    const room = emu.addRoom({ title: 'Slash' })
    expect((await call('GET', `/files/rooms/${room.id}/`)).status).toBe(200)
  })

  it('serialises dates in the configured offset', async () => {
    const local = await startEmulator({ timeZoneOffset: '+03:00' })
    try {
      const room = local.addRoom({ title: 'Tz', created: new Date('2025-01-15T07:20:30.123Z') })
      const res = await fetch(`${local.url}/api/2.0/files/rooms/${room.id}`, {
        headers: { Authorization: `Bearer ${local.apiKey}` }
      })
      expect(((await res.json()) as Envelope<RoomDto>).response.created).toBe('2025-01-15T10:20:30.1230000+03:00')
    } finally {
      await local.close()
    }
  })
})

describe('auth', () => {
  it('answers a missing or wrong key with a bodiless 401 and never logs the key', async () => {
    const room = emu.addRoom({ title: 'Private' })
    // GET /files/rooms: not [AllowAnonymous] (a wrong sk- key on those gets ApiKeyScopesFilter's 403, scopes.test.ts)
    for (const key of [null, 'sk-wrong']) {
      const res = await call('GET', '/files/rooms', undefined, key)
      expect(res.status).toBe(401)
      expect(await res.text()).toBe('')
    }
    // A raw key without "Bearer " is not an API-key login.
    const raw = await fetch(`${emu.url}/api/2.0/files/rooms/${room.id}`, { headers: { Authorization: emu.apiKey } })
    expect(raw.status).toBe(401)
    expect(emu.requests.map((r) => r.authorization)).toEqual(['missing', 'invalid', 'invalid'])
    await call('GET', `/files/rooms/${room.id}`)
    expect(emu.requests[3]!.authorization).toBe('valid')
    expect(JSON.stringify(emu.requests)).not.toContain(emu.apiKey)
  })

  it('enforces API-key scopes: bodiless 403, ProblemDetails on [AllowAnonymous] endpoints', async () => {
    const room = emu.addRoom({ title: 'Scoped' })
    expect((await call('GET', `/files/rooms/${room.id}`, undefined, 'sk-rooms-only')).status).toBe(200)
    const poll = await call('GET', '/files/fileops', undefined, 'sk-rooms-only')
    expect(poll.status).toBe(403)
    expect(poll.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(await poll.json()).toMatchObject({ title: 'Forbidden', status: 403 })
    expect((await call('GET', '/files/fileops', undefined, 'sk-read')).status).toBe(200)
    const write = await call('PUT', `/files/rooms/${room.id}`, { title: 'No' }, 'sk-read')
    expect(write.status).toBe(403)
    expect(await write.text()).toBe('')
    expect(emu.room(room.id)!.title).toBe('Scoped')
  })
})

describe('create', () => {
  it('accepts case-insensitive keys, numeric strings and enum names, and normalises the title', async () => {
    const a = await json<RoomDto>('POST', '/files/rooms', { Title: '  Q3: plans?\t<draft>  ', RoomType: '5' })
    expect(a.status).toBe(200)
    expect(a.body.response).toMatchObject({ title: 'Q3_ plans___draft_', roomType: 5 })
    const b = await json<RoomDto>('POST', '/files/rooms', {
      title: 'Named',
      roomType: 'VirtualDataRoom',
      tags: ['t', 't', ' u ']
    })
    // tag names are not trimmed; duplicates collapse (CustomTagsService.cs:46-76, FileStorageService.cs:1059-1080)
    expect(b.body.response).toMatchObject({ roomType: 8, tags: ['t', ' u '] })
    expect(emu.room(b.body.response.id)!.createdBy).toBe(ADMIN_USER_ID)
  })

  it.each([
    // C# `required` members missing → JsonException at "$" (CreateRoomRequestDto.cs:46, 109); a blank
    // title passes binding and fails in the service instead (rules.test.ts)
    ['a missing title', { roomType: 2 }, '$'],
    ['a title over 170 characters', { title: 'x'.repeat(171), roomType: 2 }, 'Title'],
    ['a missing roomType', { title: 'x' }, '$'],
    ['an unknown roomType', { title: 'x', roomType: 'Garage' }, '$.roomType']
  ])('refuses %s with ProblemDetails in a status-1 envelope', async (_, body, key) => {
    const res = await json<ProblemDetails>('POST', '/files/rooms', body)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({
      status: 1,
      statusCode: 400,
      response: { title: 'One or more validation errors occurred.', status: 400 }
    })
    expect(res.body.response.errors[key]).toEqual([expect.any(String)])
    expect(emu.activeRooms()).toHaveLength(0)
  })

  it('refuses a JSON body sent as text/plain with 415', async () => {
    const res = await fetch(`${emu.url}/api/2.0/files/rooms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${emu.apiKey}` },
      body: '{"title":"x","roomType":2}'
    })
    expect(res.status).toBe(415)
  })

  it('answers 402 beyond the room quota', async () => {
    const small = await startEmulator({ maxRooms: 1 })
    try {
      const post = () =>
        fetch(`${small.url}/api/2.0/files/rooms`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${small.apiKey}`, 'Content-Type': 'application/json' },
          body: '{"title":"q","roomType":2}'
        })
      expect((await post()).status).toBe(200)
      const over = await post()
      expect(over.status).toBe(402)
      expect(((await over.json()) as Envelope).error?.type).toBe('ASC.Core.Tenants.TenantQuotaException')
    } finally {
      await small.close()
    }
  })
})

describe('rename', () => {
  it('renames and bumps updated', async () => {
    const room = emu.addRoom({ title: 'Old', created: new Date('2024-01-01T00:00:00Z') })
    const { status, body } = await json<RoomDto>('PUT', `/files/rooms/${room.id}`, { title: 'New' })
    expect(status).toBe(200)
    expect(body.response.title).toBe('New')
    expect(emu.room(room.id)!.updated.getTime()).toBeGreaterThan(new Date('2024-01-02').getTime())
  })

  it('refuses archived rooms with 403 and unknown rooms with 403 too', async () => {
    const room = emu.addRoom({ title: 'Frozen', archived: true })
    const archived = await json('PUT', `/files/rooms/${room.id}`, { title: 'Thawed' })
    expect(archived.status).toBe(403)
    // canEdit excludes archived rooms, so the "You cannot edit archived rooms" branch is unreachable (FileStorageService.cs:1203-1216)
    expect(archived.body.error).toMatchObject({
      message: "You don't have permission to edit the room",
      type: 'System.InvalidOperationException'
    })
    expect(emu.room(room.id)!.title).toBe('Frozen')
    const missing = await json('PUT', '/files/rooms/4242', { title: 'x' })
    expect(missing.status).toBe(403)
    expect(missing.body.error?.type).toBe('System.InvalidOperationException')
  })
})

describe('file operations', () => {
  it('archives asynchronously and lists the finished operation exactly once', async () => {
    const room = emu.addRoom({ title: 'To archive' })
    const start = await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: false })
    expect(start.status).toBe(200)
    const op = start.body.response
    // `folders` appears only once the room was processed (FileOperationDto.cs:124-161, FileMoveCopyOperation.cs:630-634)
    expect(op).toMatchObject({ Operation: 0, finished: false, error: '', status: 0 })
    expect(op.folders).toBeUndefined()
    expect(op.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(emu.room(room.id)!.archived).toBe(false)

    const seen = await pollUntilFinished(op.id)
    expect(seen.at(-1)).toMatchObject({
      id: op.id,
      finished: true,
      progress: 100,
      status: 2,
      folders: [{ id: room.id, title: 'To archive', rootFolderType: 20 }]
    })
    expect(seen.filter((o) => !o.finished).every((o) => o.progress < 100)).toBe(true)
    expect(emu.room(room.id)!.archived).toBe(true)
    expect((await json('GET', '/files/fileops')).body.response).toEqual([])
  })

  it('never lists a finished operation started with deleteAfter: true', async () => {
    const room = emu.addRoom({ title: 'Quiet' })
    await json('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: true })
    await sleep(80)
    expect((await json('GET', '/files/fileops')).body.response).toEqual([])
    expect(emu.room(room.id)!.archived).toBe(true)
  })

  it('lists operations per user', async () => {
    const room = emu.addRoom({ title: 'Bobs view' })
    await json('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: false })
    expect((await json('GET', '/files/fileops', undefined, 'sk-bob')).body.response).toEqual([])
    expect((await json('GET', '/files/fileops')).body.response).toHaveLength(1)
  })

  it('reports an operation finished in the initial response when the delay is 0', async () => {
    const fast = await startEmulator({ operationDelayMs: 0 })
    try {
      const room = fast.addRoom({ title: 'Fast', archived: true })
      const headers = { Authorization: `Bearer ${fast.apiKey}`, 'Content-Type': 'application/json' }
      const res = await fetch(`${fast.url}/api/2.0/files/rooms/${room.id}/unarchive`, {
        method: 'PUT',
        headers,
        body: '{"deleteAfter":false}'
      })
      expect(((await res.json()) as Envelope).response).toMatchObject({ finished: true, progress: 100, status: 2 })
      expect(fast.room(room.id)!.archived).toBe(false)
      const list = await fetch(`${fast.url}/api/2.0/files/fileops`, { headers })
      expect(((await list.json()) as Envelope).response).toEqual([])
    } finally {
      await fast.close()
    }
  })

  it('requires a body for archive, unarchive and delete', async () => {
    const room = emu.addRoom({ title: 'Bodyless' })
    for (const [method, path] of [
      ['PUT', `/files/rooms/${room.id}/archive`],
      ['PUT', `/files/rooms/${room.id}/unarchive`],
      ['DELETE', `/files/rooms/${room.id}`]
    ] as const) {
      // API-FACTS §1.3: 415 without a Content-Type, 400 with a JSON one.
      expect((await call(method, path)).status).toBe(415)
      const res = await fetch(`${emu.url}/api/2.0${path}`, {
        method,
        headers: { Authorization: `Bearer ${emu.apiKey}`, 'Content-Type': 'application/json' }
      })
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ status: 1, statusCode: 400, response: { status: 400 } })
    }
    expect((await json('PUT', '/files/rooms/4242/archive', { deleteAfter: false })).status).toBe(404)
  })

  it('lets only the creator delete an active room; the admin may delete archived rooms', async () => {
    const foreign = emu.addRoom({ title: 'Not mine', createdBy: 'someone-else' })
    const refused = await json('DELETE', `/files/rooms/${foreign.id}`, { deleteAfter: false })
    expect(refused.status).toBe(403)
    expect(refused.body.error?.message).toBe('Access denied')
    expect(emu.room(foreign.id)).toBeDefined()

    const archived = emu.addRoom({ title: 'Old', createdBy: 'someone-else', archived: true })
    const del = await json<FileOperation>('DELETE', `/files/rooms/${archived.id}`, { deleteAfter: false })
    expect(del.status).toBe(200)
    expect(del.body.response).toMatchObject({ Operation: 2, finished: false })
    expect(del.body.response.folders).toBeUndefined()
    await pollUntilFinished(del.body.response.id)
    expect(emu.room(archived.id)).toBeUndefined()

    const own = emu.addRoom({ title: 'Mine' })
    expect((await json('DELETE', `/files/rooms/${own.id}`, { deleteAfter: false })).status).toBe(200)
    // A non-admin who is not the creator may not delete even from the archive.
    const other = emu.addRoom({ title: 'Admins', archived: true })
    expect((await json('DELETE', `/files/rooms/${other.id}`, { deleteAfter: false }, 'sk-bob')).status).toBe(403)
  })

  it('op-error: the operation finishes with the error text and changes nothing', async () => {
    const room = emu.addRoom({ title: 'Stuck' })
    emu.faults.add({ path: /\/archive$/, fault: { kind: 'op-error', message: 'Cannot move the room' } })
    const start = await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: false })
    const seen = await pollUntilFinished(start.body.response.id)
    // job errors are caught into `error`; the task still completes: status 2 (FileOperation.cs:310-359, DistributedTaskQueue.cs:263-286)
    expect(seen.at(-1)).toMatchObject({ finished: true, error: 'Cannot move the room', status: 2 })
    expect(emu.room(room.id)!.archived).toBe(false)
  })

  it('op-vanish: the change is applied but the operation is never listed as finished', async () => {
    const room = emu.addRoom({ title: 'Vanishing' })
    emu.faults.add({ path: /\/archive$/, fault: { kind: 'op-vanish' } })
    const start = await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: false })
    await sleep(80)
    expect((await json('GET', `/files/fileops?id=${start.body.response.id}`)).body.response).toEqual([])
    expect(emu.room(room.id)!.archived).toBe(true)
  })

  it('op-never-finishes: listed as running forever, nothing changes', async () => {
    const room = emu.addRoom({ title: 'Forever' })
    emu.faults.add({ path: /\/archive$/, fault: { kind: 'op-never-finishes' } })
    const start = await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: false })
    await sleep(80)
    const [op] = (await json<FileOperation[]>('GET', '/files/fileops')).body.response
    expect(op).toMatchObject({ id: start.body.response.id, finished: false })
    expect(op!.progress).toBeLessThan(100)
    expect(emu.room(room.id)!.archived).toBe(false)
  })

  it('an op fault is kept for the request that really starts an operation', async () => {
    emu.faults.add({ fault: { kind: 'op-error', message: 'boom' } })
    const room = emu.addRoom({ title: 'Target' })
    await json('GET', `/files/rooms/${room.id}`)
    await json('PUT', '/files/rooms/4242/archive', { deleteAfter: false })
    const start = await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: false })
    expect((await pollUntilFinished(start.body.response.id)).at(-1)!.error).toBe('boom')
  })
})

describe('listing', () => {
  it('pages, counts and totals; count over 100 is a 400', async () => {
    seedRooms(emu, 250, { archivedShare: 0 })
    const first = await json<RoomPage>('GET', '/files/rooms?count=100&startIndex=0')
    expect(first.body.count).toBe(1)
    expect(first.body.response).toMatchObject({
      startIndex: 0,
      count: 100,
      total: 250,
      new: 0,
      files: [],
      current: { id: 1, title: 'Rooms', rootFolderType: 14 }
    })
    const last = await json<RoomPage>('GET', '/files/rooms?count=100&startIndex=200')
    expect(last.body.response.count).toBe(50)
    const ids = new Set<number>()
    for (let start = 0; start < 250; start += 100) {
      for (const r of (await json<RoomPage>('GET', `/files/rooms?startIndex=${start}`)).body.response.folders)
        ids.add(r.id)
    }
    expect(ids.size).toBe(250)

    for (const bad of ['count=101', 'count=0', 'count=abc']) {
      const res = await json('GET', `/files/rooms?${bad}`)
      expect(res.status).toBe(400)
      expect(res.body).toMatchObject({
        status: 1,
        statusCode: 400,
        response: { title: 'One or more validation errors occurred.' }
      })
    }
  })

  it('filters by area, type, title substring and any of the given tags', async () => {
    emu.addRoom({ title: 'Alpha CI', roomType: 2, tags: ['ci', 'team-a'] })
    emu.addRoom({ title: 'alpha docs', roomType: 5, tags: ['ci'] })
    emu.addRoom({ title: 'Beta', roomType: 2, tags: ['ci', 'team-a'], archived: true })
    const titles = async (q: string) =>
      (await json<RoomPage>('GET', `/files/rooms?${q}`)).body.response.folders.map((r) => r.title).sort()

    expect(await titles('')).toEqual(['Alpha CI', 'alpha docs'])
    expect(await titles('searchArea=Archive')).toEqual(['Beta'])
    expect(await titles('searchArea=2')).toEqual(['Alpha CI', 'Beta', 'alpha docs'])
    expect(await titles('filterValue=ALPHA')).toEqual(['Alpha CI', 'alpha docs'])
    expect(await titles('type=5')).toEqual(['alpha docs'])
    expect(await titles('type=EditingRoom&type=CustomRoom')).toEqual(['Alpha CI', 'alpha docs'])
    // tags match rooms with ANY of the names (FolderDao.cs:2082-2088)
    expect(await titles(`searchArea=Any&tags=${encodeURIComponent('["ci","team-a"]')}`)).toEqual([
      'Alpha CI',
      'Beta',
      'alpha docs'
    ])
    expect(await titles(`searchArea=Any&tags=${encodeURIComponent('["team-a"]')}`)).toEqual(['Alpha CI', 'Beta'])
    expect((await json<RoomPage>('GET', '/files/rooms?searchArea=Archive')).body.response.current).toMatchObject({
      id: 2,
      title: 'Archive',
      rootFolderType: 20
    })
  })

  it('sorts by updated, title or creation and projects fields', async () => {
    emu.addRoom({ title: 'B', created: new Date('2024-01-01'), updated: new Date('2024-03-01') })
    emu.addRoom({ title: 'a', created: new Date('2024-02-01'), updated: new Date('2024-02-02') })
    emu.addRoom({ title: 'C', created: new Date('2023-12-01'), updated: new Date('2024-04-01') })
    const order = async (q: string) =>
      (await json<RoomPage>('GET', `/files/rooms?${q}`)).body.response.folders.map((r) => r.title).join('')
    expect(await order('')).toBe('CBa')
    expect(await order('sortBy=DateAndTime&sortOrder=ascending')).toBe('aBC')
    expect(await order('sortBy=AZ&sortOrder=0')).toBe('aBC')
    expect(await order('sortBy=DateAndTimeCreation&sortOrder=Descending')).toBe('aBC')
    // DocSpace's way (DynamicIgnoreResolver.cs:76-106): a room's fields under `folders.`, the count beside them.
    const projected = (await json<RoomPage>('GET', '/files/rooms?fields=folders.id,folders.title,total')).body.response
    expect(projected).toEqual({ folders: [expect.anything(), expect.anything(), expect.anything()], total: 3 })
    expect(Object.keys(projected.folders[0]!).sort()).toEqual(['id', 'title'])
  })
})

describe('tags and files', () => {
  it('adds and removes room tags', async () => {
    const room = emu.addRoom({ title: 'Tagged', tags: ['a'] })
    expect(
      (await json<RoomDto>('PUT', `/files/rooms/${room.id}/tags`, { names: ['b', 'a'] })).body.response.tags
    ).toEqual(['a', 'b'])
    expect(
      (await json<RoomDto>('DELETE', `/files/rooms/${room.id}/tags`, { names: ['a'] })).body.response.tags
    ).toEqual(['b'])
    expect((await json('PUT', `/files/rooms/${room.id}/tags`, {})).status).toBe(400)
    // admins get the catalogue newest first (TagDao.cs:151)
    expect((await json('GET', '/files/tags')).body.response).toEqual(['b', 'a'])
  })

  it('creates a text file in a room and bumps the room', async () => {
    const room = emu.addRoom({ title: 'Docs', created: new Date('2024-01-01') })
    const { status, body } = await json('POST', `/files/${room.id}/text`, { title: 'README', content: 'Hello' })
    expect(status).toBe(200)
    expect(body.response).toMatchObject({ title: 'README.txt', folderId: room.id, pureContentLength: 5 })
    expect(emu.room(room.id)!.files).toEqual([expect.objectContaining({ title: 'README.txt', content: 'Hello' })])
    expect(emu.room(room.id)!.updated.getFullYear()).toBeGreaterThan(2024)
    const archived = emu.addRoom({ title: 'Closed', archived: true })
    expect((await json('POST', `/files/${archived.id}/text`, { title: 'x', content: '' })).status).toBe(403)
    expect((await json('POST', '/files/4242/text', { title: 'x', content: '' })).status).toBe(404)
  })
})

describe('faults', () => {
  it('status: answers instead of handling, for the given number of times', async () => {
    emu.faults.add({
      method: 'POST',
      path: '/files/rooms',
      times: 2,
      fault: { kind: 'status', status: 503, retryAfter: '2' }
    })
    for (let i = 0; i < 2; i++) {
      const res = await call('POST', '/files/rooms', { title: 'x', roomType: 2 })
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('2')
    }
    expect(emu.activeRooms()).toHaveLength(0)
    expect((await call('POST', '/files/rooms', { title: 'x', roomType: 2 })).status).toBe(200)
    expect(emu.requests.map((r) => [r.status, r.fault])).toEqual([
      [503, 'status'],
      [503, 'status'],
      [200, undefined]
    ])
  })

  it('status-after: the change happens although the client sees an error', async () => {
    emu.faults.add({ path: '/files/rooms', fault: { kind: 'status-after', status: 504 } })
    expect((await call('POST', '/files/rooms', { title: 'Maybe', roomType: 2 })).status).toBe(504)
    expect(emu.activeRooms().map((r) => r.title)).toEqual(['Maybe'])
  })

  it('drop and drop-after: the connection closes without an answer', async () => {
    emu.faults.add({ method: 'POST', fault: { kind: 'drop' } })
    await expect(call('POST', '/files/rooms', { title: 'Lost', roomType: 2 })).rejects.toThrow()
    expect(emu.activeRooms()).toHaveLength(0)
    emu.faults.add({ method: 'POST', fault: { kind: 'drop-after' } })
    await expect(call('POST', '/files/rooms', { title: 'Unknown', roomType: 2 })).rejects.toThrow()
    expect(emu.activeRooms().map((r) => r.title)).toEqual(['Unknown'])
    expect(emu.requests.map((r) => r.status)).toEqual([0, 0])
  })

  it('truncate, html, not-json and redirect', async () => {
    const room = emu.addRoom({ title: 'Faulty' })
    const path = `/files/rooms/${room.id}`
    emu.faults.add({ path, fault: { kind: 'truncate' } })
    const cut = await call('GET', path)
    expect(cut.status).toBe(200)
    await expect(cut.json()).rejects.toThrow()

    emu.faults.add({ path, fault: { kind: 'html' } })
    const html = await call('GET', path)
    expect(html.status).toBe(502)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(await html.text()).toContain('502 Bad Gateway')

    emu.faults.add({ path, fault: { kind: 'not-json' } })
    const text = await call('GET', path)
    expect(text.status).toBe(200)
    await expect(text.json()).rejects.toThrow()

    emu.faults.add({ path, fault: { kind: 'redirect', location: '/login', status: 307 } })
    const redirect = await fetch(`${emu.url}/api/2.0${path}`, {
      redirect: 'manual',
      headers: { Authorization: `Bearer ${emu.apiKey}` }
    })
    expect(redirect.status).toBe(307)
    expect(redirect.headers.get('location')).toBe('/login')
  })

  it('delay, then handled normally', async () => {
    emu.faults.add({ path: '/files/rooms', fault: { kind: 'delay', ms: 60 } })
    const t = Date.now()
    expect((await call('GET', '/files/rooms')).status).toBe(200)
    expect(Date.now() - t).toBeGreaterThanOrEqual(55)
  })
})

describe('latency and concurrency', () => {
  it('answers 429 with Retry-After to writes beyond maxConcurrentWrites', async () => {
    const busy = await startEmulator({ latencyMs: 80, maxConcurrentWrites: 2 })
    try {
      const post = () =>
        fetch(`${busy.url}/api/2.0/files/rooms`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${busy.apiKey}`, 'Content-Type': 'application/json' },
          body: '{"title":"c","roomType":2}'
        })
      const answers = await Promise.all([post(), post(), post(), post()])
      const statuses = answers.map((r) => r.status).sort()
      expect(statuses).toEqual([200, 200, 429, 429])
      const limited = answers.find((r) => r.status === 429)!
      expect(limited.headers.get('retry-after')).toBe('1')
      expect(((await limited.json()) as Envelope).error?.message).toBe('Too many requests')
      expect(busy.activeRooms()).toHaveLength(2)
      // Reads are not limited.
      const reads = await Promise.all(
        [1, 2, 3, 4].map(() =>
          fetch(`${busy.url}/api/2.0/files/rooms`, { headers: { Authorization: `Bearer ${busy.apiKey}` } })
        )
      )
      expect(reads.every((r) => r.status === 200)).toBe(true)
    } finally {
      await busy.close()
    }
  })
})

describe('base path', () => {
  it('serves the API under a sub-path', async () => {
    const nested = await startEmulator({ basePath: '/docspace' })
    try {
      const room = nested.addRoom({ title: 'Nested' })
      const headers = { Authorization: `Bearer ${nested.apiKey}` }
      expect((await fetch(`${nested.url}/docspace/api/2.0/files/rooms/${room.id}/`, { headers })).status).toBe(200)
      expect((await fetch(`${nested.url}/api/2.0/files/rooms/${room.id}`, { headers })).status).toBe(404)
      expect(nested.requests.map((r) => [r.path, r.rawPath])).toEqual([
        [`/files/rooms/${room.id}`, `/docspace/api/2.0/files/rooms/${room.id}/`],
        [`/api/2.0/files/rooms/${room.id}`, `/api/2.0/files/rooms/${room.id}`]
      ])
    } finally {
      await nested.close()
    }
  })
})
