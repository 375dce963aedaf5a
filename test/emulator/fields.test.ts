// DocSpace's `fields=` rule (DynamicIgnoreConverter, common/ASC.Api.Core/Core/DynamicIgnoreResolver.cs:38-181
// at v3.7.2-server; query reading in common/ASC.Api.Core/Core/ApiContext.cs:67-94), first on plain objects,
// then through the running emulator with the worked examples of API-FACTS.md §2.2.
import type { Envelope, FileOperation } from '../support/docspace-json.js'
import { matchProperty, projectEnvelope, ProjectionOverflow, requestFields, tag, type NetClass } from './fields.js'
import { startEmulator, type EmulatedRoom, type Emulator } from './server.js'
import { ADMIN_USER_ID } from './state.js'

type Json = Record<string, unknown>

const envelopeOf = (response: unknown): Json => ({
  response,
  count: 1,
  links: [{ href: 'http://portal/api/2.0/x', action: 'GET' }],
  status: 0,
  statusCode: 200
})
const project = (response: unknown, fields: string[]): unknown => projectEnvelope(envelopeOf(response), fields).response

describe('reading fields from the query (ApiContext.cs:67-94)', () => {
  const read = (q: string) => requestFields(new URLSearchParams(q))

  it.each([
    ['', undefined],
    ['count=1', undefined],
    ['fields=id,title', ['id', 'title']],
    ['fields=id, title', ['id', ' title']],
    ['fields=id&fields=title', ['id', 'title']],
    ['fields=id,title&fields=roomType', ['id,title', 'roomType']],
    ['fields=', ['']],
    ['fields=,', ['', '']],
    ['fields[]=id&fields[]=title', ['id', 'title']],
    ['fields[]=id,title', ['id,title']],
    ['fields=roomType&fields[]=id', ['id']],
    ['fields%5B%5D=id', ['id']],
    ['fields[]=', ['']],
    ['Fields=id', ['id']]
  ])('%s → %j', (q, expected) => {
    expect(read(q)).toEqual(expected)
  })
})

describe('matching one property (DynamicIgnoreResolver.cs:76-106)', () => {
  it.each([
    // depth 1: a plain entry names the property; a dotted one its first segment
    [['id'], 1, '', 'id', true, 'id'],
    [['Id'], 1, '', 'id', false, ''],
    [['folders.id'], 1, '', 'folders', true, 'folders'],
    [['folders.id'], 1, '', 'foldersCount', false, ''],
    // deeper: a dotted entry matches the path to the property, the path so far, or a longer path through it
    [['folders.id'], 2, 'folders', 'id', true, 'folders.id'],
    [['folders.id'], 2, 'folders', 'title', false, 'folders'],
    [['folders.createdBy'], 3, 'folders.createdBy', 'displayName', true, 'folders.createdBy.displayName'],
    // a plain entry matches only the path so far, and keeps it
    [['folders'], 2, 'folders', 'id', true, 'folders'],
    [['id'], 2, 'folders', 'id', false, 'folders'],
    // the first matching entry alone decides the path the value is projected under
    [['a.b.c', 'a'], 2, 'a', 'b', true, 'a.b'],
    [['a', 'a.b.c'], 2, 'a', 'b', true, 'a']
  ])('%j at depth %i under %j: %s', (fields, depth, full, p, keep, newFull) => {
    expect(matchProperty(fields, depth, full, p)).toEqual({ keep, full: newFull })
  })
})

describe('the projector on plain objects', () => {
  it('writes the envelope whole and filters only the response', () => {
    const out = projectEnvelope(envelopeOf({ id: 1, title: 'A' }), ['count'])
    expect(out).toEqual({ ...envelopeOf({}), response: {} })
  })

  it('projects each element of a list response at depth 1, and leaves scalars alone', () => {
    expect(project([{ id: 1, title: 'A' }, { id: 2 }], ['title'])).toEqual([{ title: 'A' }, {}])
    expect(project([], ['id'])).toEqual([])
    expect(project('tag', ['id'])).toBe('tag')
    expect(project(['a', 'b'], ['id'])).toEqual(['a', 'b'])
    expect(project(7, [''])).toBe(7)
  })

  it('keeps a plain name with its subtree and walks a dotted one, dropping nulls', () => {
    const response = { a: { b: { c: 1, d: 2 }, e: 3, n: null }, f: 4 }
    expect(project(response, ['a'])).toEqual({ a: { b: { c: 1, d: 2 }, e: 3 } })
    expect(project(response, ['a.b.c', 'f'])).toEqual({ a: { b: { c: 1 } }, f: 4 })
    expect(project(response, ['a.b'])).toEqual({ a: { b: { c: 1, d: 2 } } })
    expect(project(response, ['b.c'])).toEqual({})
  })

  it('writes a dictionary whole, even under a dotted path into it', () => {
    const response = {
      security: tag({ Read: true, Edit: false }, { kind: 'dictionary' }),
      plain: { Read: true, Edit: false }
    }
    expect(project(response, ['security.Read', 'plain.Read'])).toEqual({
      security: { Read: true, Edit: false },
      plain: { Read: true }
    })
  })

  it('uses .NET property names and lists hidden ones', () => {
    const type: NetClass = {
      kind: 'class',
      name: 'Op',
      propertyNames: { Operation: 'operationType' },
      hidden: () => ({ originId: 0 })
    }
    const op = tag({ id: 'x', Operation: 2 }, type)
    expect(project(op, ['id', 'operationType', 'originId'])).toEqual({ id: 'x', operationType: 2, originId: 0 })
    expect(project(op, ['Operation'])).toEqual({})
  })

  it('lets the converter registered first for a type write its nested values too', () => {
    const node: NetClass = { kind: 'class', name: 'Node' }
    const tagged = { child: tag({ id: 1, child: tag({ id: 2 }, node) }, node) }
    // The inner Node is written by the converter made for the outer one (depth 2, "child"), not by its own.
    expect(project(tagged, ['child.child.id'])).toEqual({ child: { child: {} } })
    const untagged = { child: { id: 1, child: { id: 2 } } }
    expect(project(untagged, ['child.child.id'])).toEqual({ child: { child: { id: 2 } } })
  })

  it('recurses without end through a static property of the own type', () => {
    const employee: NetClass = { kind: 'class', name: 'EmployeeDto', hidden: () => ({ default: make('') }) }
    const make = (name: string): object => tag({ displayName: name }, employee)
    const room = { createdBy: make('Jane') }
    expect(project(room, ['createdBy.displayName'])).toEqual({ createdBy: { displayName: 'Jane' } })
    expect(() => project(room, ['createdBy'])).toThrow(ProjectionOverflow)
    expect(() => project(room, ['createdBy.default'])).toThrow(ProjectionOverflow)
  })

  it('projects an IAsyncEnumerable by its declared element type', () => {
    const opType: NetClass = { kind: 'class', name: 'FileOperationDto' }
    const ops = tag([tag({ id: 'a', progress: 1 }, opType)], { kind: 'async-enumerable', element: opType })
    expect(project(ops, ['id'])).toEqual([{ id: 'a' }])
    expect(project(tag(['x'], { kind: 'async-enumerable', element: 'string' }), ['id'])).toEqual(['x'])
    // IAsyncEnumerable<object> (GET /files/tags, VirtualRoomsController.cs:1005-1009): the converter made for
    // System.Object takes the whole `response`, which is declared `object`, and typeof(object) has no properties.
    expect(project(tag(['x', 'y'], { kind: 'async-enumerable', element: 'object' }), ['id'])).toEqual({})
  })
})

describe('fields= through the emulator', () => {
  let emu: Emulator

  beforeAll(async () => {
    emu = await startEmulator({ operationDelayMs: 30 })
  })
  afterEach(() => emu.reset())
  afterAll(() => emu.close())

  async function get(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${emu.apiKey}` }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    return fetch(`${emu.url}/api/2.0${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    })
  }
  async function json<T = Json>(path: string, method = 'GET', body?: unknown): Promise<Envelope<T>> {
    const res = await get(method, path, body)
    expect(res.status).toBe(200)
    return (await res.json()) as Envelope<T>
  }
  const fields = (value: string) => `fields=${encodeURIComponent(value)}`

  function seed(): { a: EmulatedRoom; b: EmulatedRoom } {
    const created = new Date('2024-06-01')
    const a = emu.addRoom({ title: 'A', roomType: 2, tags: ['x'], created, updated: new Date('2025-02-01') })
    const b = emu.addRoom({ title: 'B', roomType: 2, created, updated: new Date('2025-01-01') })
    return { a, b }
  }

  describe('room list (FolderContentDto at depth 1)', () => {
    it('fields=id,title selects nothing of the folder content; the envelope stays whole', async () => {
      seed()
      const body = await json(`/files/rooms?${fields('id,title')}`)
      expect(body.response).toEqual({})
      expect(body).toMatchObject({ count: 1, status: 0, statusCode: 200 })
      expect((body as unknown as Json)['links']).toEqual([
        { href: `${emu.url}/api/2.0/files/rooms?fields=id%2Ctitle`, action: 'GET' }
      ])
    })

    it('folders.<name> selects fields of each room, total the count beside them', async () => {
      const { a, b } = seed()
      const body = await json<{ folders: Json[]; total: number }>(
        `/files/rooms?${fields('folders.id,folders.title,folders.updated,folders.rootFolderType,total')}`
      )
      const updated = body.response.folders.map((r) => String(r['updated']).slice(0, 10))
      expect(updated).toEqual(['2025-02-01', '2025-01-01'])
      for (const r of body.response.folders) delete r['updated']
      expect(body.response).toEqual({
        folders: [
          { id: a.id, title: 'A', rootFolderType: 14 },
          { id: b.id, title: 'B', rootFolderType: 14 }
        ],
        total: 2
      })
    })

    it('walks dotted paths into nested objects and keeps dictionaries whole', async () => {
      seed()
      const full = (await json<{ folders: Json[] }>('/files/rooms')).response.folders[0]!
      const names = await json<{ folders: Json[] }>(`/files/rooms?${fields('folders.createdBy.displayName')}`)
      expect(names.response.folders[0]).toEqual({
        createdBy: { displayName: (full['createdBy'] as Json)['displayName'] }
      })
      const security = await json<{ folders: Json[] }>(`/files/rooms?${fields('folders.security.Read')}`)
      expect(security.response.folders[0]).toEqual({ security: full['security'] })
    })

    it('a whole room or a whole employee recurses through EmployeeDto.Default: the portal dies (502)', async () => {
      seed()
      for (const f of ['folders', 'folders.createdBy', 'folders.createdBy.default', 'current']) {
        const res = await get('GET', `/files/rooms?${fields(f)}`)
        expect([f, res.status]).toEqual([f, 502])
        expect(res.headers.get('content-type')).toBe('text/html')
        expect(await res.text()).toContain('<center><h1>502 Bad Gateway</h1></center>')
      }
      expect((await get('GET', `/files/rooms?${fields('folders.logo')}`)).status).toBe(200)
    })

    it('depends on the order of entries: the first match sets the path (DynamicIgnoreResolver.cs:76-106)', async () => {
      const { a } = seed()
      const safe = await json<{ folders: Json[] }>(
        `/files/rooms?${fields('folders.createdBy.id,folders.updatedBy.id,folders')}`
      )
      const room = safe.response.folders.find((r) => r['id'] === a.id)!
      expect(room).toMatchObject({
        id: a.id,
        title: 'A',
        tags: ['x'],
        createdBy: { id: ADMIN_USER_ID },
        updatedBy: { id: ADMIN_USER_ID },
        // [JsonIgnore(WhenWritingDefault)] (FileEntryDto.cs:231-239) does not bind the projector
        originId: 0,
        originRoomId: 0
      })
      expect(Object.keys(room['createdBy'] as Json)).toEqual(['id'])
      expect(Object.keys(safe.response)).toEqual(['folders'])
      const reversed = await get('GET', `/files/rooms?${fields('folders,folders.createdBy.id,folders.updatedBy.id')}`)
      expect(reversed.status).toBe(502)
    })

    it('an empty fields= removes everything; a validation answer is projected too', async () => {
      seed()
      expect((await json('/files/rooms?fields=')).response).toEqual({})
      const bad = await get('GET', `/files/rooms?count=0&${fields('folders.id')}`)
      expect(bad.status).toBe(400)
      expect(await bad.json()).toMatchObject({ response: {}, status: 1, statusCode: 400 })
    })
  })

  describe('single room (FolderDto at depth 1)', () => {
    it('fields=id,title,tags,createdBy.displayName', async () => {
      const { a } = seed()
      const name = (await json(`/files/rooms/${a.id}`)).response['createdBy'] as Json
      const body = await json(`/files/rooms/${a.id}?${fields('id,title,tags,createdBy.displayName')}`)
      expect(body.response).toEqual({
        id: a.id,
        title: 'A',
        tags: ['x'],
        createdBy: { displayName: name['displayName'] }
      })
    })

    it('folders.id, Title, an empty value and the text after ", " match nothing', async () => {
      const { a } = seed()
      const at = async (f: string) => (await json(`/files/rooms/${a.id}?${fields(f)}`)).response
      expect(await at('folders.id')).toEqual({})
      expect(await at('Title')).toEqual({})
      expect(await at('')).toEqual({})
      expect(await at('id, title')).toEqual({ id: a.id })
    })

    it('reads fields[] before fields, and does not split repeated values', async () => {
      const { a } = seed()
      const at = (q: string) => json(`/files/rooms/${a.id}?${q}`).then((b) => b.response)
      expect(await at('fields[]=id&fields[]=title')).toEqual({ id: a.id, title: 'A' })
      expect(await at('fields[]=id,title')).toEqual({})
      expect(await at('fields=title&fields[]=id')).toEqual({ id: a.id })
      expect(await at('fields=id&fields=title')).toEqual({ id: a.id, title: 'A' })
      expect(await at('fields=id,title&fields=roomType')).toEqual({ roomType: 2 })
    })

    it('plain fields=createdBy selects a whole EmployeeDto: 502', async () => {
      const { a } = seed()
      expect((await get('GET', `/files/rooms/${a.id}?fields=createdBy`)).status).toBe(502)
      expect((await get('GET', `/files/rooms/${a.id}?fields=logo`)).status).toBe(200)
    })

    it('applies to every endpoint answering a DTO: rename, tags, text files', async () => {
      const { a } = seed()
      expect((await json(`/files/rooms/${a.id}?fields=title`, 'PUT', { title: 'A2' })).response).toEqual({
        title: 'A2'
      })
      expect((await json(`/files/rooms/${a.id}/tags?fields=tags`, 'PUT', { names: ['y'] })).response).toEqual({
        tags: ['x', 'y']
      })
      const file = await json(`/files/${a.id}/text?${fields('title,folderId')}`, 'POST', { title: 'R', content: 'x' })
      expect(file.response).toEqual({ title: 'R.txt', folderId: a.id })
      // a string answer is left alone
      expect((await json('/files/tags?fields=id', 'POST', { name: 'z' })).response).toBe('z')
    })
  })

  describe('file operations (FileOperationDto at depth 1)', () => {
    it('names OperationType operationType, not Operation; an empty list stays []', async () => {
      const { a } = seed()
      const q = fields('id,operationType,progress,finished,error,status')
      const start = await json<Json>(`/files/rooms/${a.id}/archive?${q}`, 'PUT', { deleteAfter: false })
      expect(Object.keys(start.response).sort()).toEqual([
        'error',
        'finished',
        'id',
        'operationType',
        'progress',
        'status'
      ])
      expect(start.response).toMatchObject({ operationType: 0, error: '', finished: false, status: 0 })
      const listed: Json[] = []
      for (let i = 0; i < 50 && !listed.some((o) => o['finished'] === true); i++) {
        listed.push(...(await json<Json[]>(`/files/fileops?${q}`)).response)
        await new Promise((r) => setTimeout(r, 10))
      }
      for (const op of listed)
        expect(Object.keys(op).sort()).toEqual(['error', 'finished', 'id', 'operationType', 'progress', 'status'])
      expect(listed.at(-1)).toMatchObject({ id: start.response['id'], operationType: 0, finished: true, progress: 100 })
      expect((await json<FileOperation[]>(`/files/fileops?${q}`)).response).toEqual([])
    })

    it('fields=Operation matches nothing', async () => {
      const { a } = seed()
      const start = await json(`/files/rooms/${a.id}/archive?fields=Operation`, 'PUT', { deleteAfter: false })
      expect(start.response).toEqual({})
    })
  })

  describe('tag catalogue (IAsyncEnumerable<object>, VirtualRoomsController.cs:1006)', () => {
    // DynamicIgnoreResolver.cs:126-130 makes a converter for the declared element type, System.Object. The
    // `response` property is itself declared `object` (CommonApiResponse.cs:73), so that converter — not
    // polymorphic, and typeof(object) has no properties — writes the whole list as `{}` before any element
    // is reached: the strings are neither kept nor turned into `{}` one by one.
    it('any active fields= turns the list into {}; the envelope count stays 1', async () => {
      seed()
      expect((await json<string[]>('/files/tags')).response).toEqual(['x'])
      for (const q of ['fields=id', 'fields=', 'fields=response', 'fields[]=x']) {
        const body = await json(`/files/tags?${q}`)
        expect([q, body.response, body.count]).toEqual([q, {}, 1])
      }
      // an empty page too: the converter writes its start object whatever the value holds
      expect((await json('/files/tags?filterValue=nothing&fields=id')).response).toEqual({})
    })
  })
})
