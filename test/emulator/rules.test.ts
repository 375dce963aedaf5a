// The emulator's rules checked against DocSpace-server at tag v3.7.2-server
// (ed2994e74f9d). Every test names the server source it follows; paths are
// relative to that repository. Abbreviations:
//   VRC  products/ASC.Files/Server/Api/VirtualRoomsController.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   EM   products/ASC.Files/Core/Utils/EntryManager.cs
//   FDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FolderDao.cs
//   FSec products/ASC.Files/Core/Core/Security/FileSecurity.cs
//   FOM  products/ASC.Files/Core/Services/WCFService/FileOperations/FileOperationsManager.cs
//   FMCO products/ASC.Files/Core/Services/WCFService/FileOperations/FileMoveCopyOperation.cs
//   FCH  products/ASC.Files/Server/Helpers/FilesControllerHelper.cs
//   FU   products/ASC.Files/Core/Utils/FileUploader.cs
//   RW   common/ASC.Api.Core/Middleware/ResponseWrapper.cs
//   CAR  common/ASC.Api.Core/Middleware/CommonApiResponse.cs
import type { Envelope, FileOperation, RoomDto, RoomPage } from '../support/docspace-json.js'
import { formatApiDate } from './dto.js'
import { seedRooms } from './seed.js'
import { startEmulator, type Emulator } from './server.js'
import { normalizeTitle } from './validation.js'

interface ErrorBody {
  error: { message: string; type: string | null; stack: string | null; hresult: number }
  status: number
  statusCode: number
}
interface Problem {
  title: string
  status: number
  errors: Record<string, string[]>
}
interface TextFile {
  id: number
  title: string
  version: number
}

let emu: Emulator
const BOB = 'sk-bob'

beforeAll(async () => {
  emu = await startEmulator({ operationDelayMs: 30, keys: { [BOB]: { scopes: ['*'], userId: 'user-bob' } } })
})
afterEach(() => {
  emu.reset()
  emu.state.operationDelayMs = 30
  emu.state.maxRooms = Infinity
  emu.state.operationTtlMs = 60_000
  emu.state.operationSweepMs = 10_000
  emu.state.userTypes.clear()
})
afterAll(() => emu.close())

function call(
  method: string,
  path: string,
  body?: unknown,
  key: string = emu.apiKey,
  contentType = 'application/json'
): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` }
  if (body !== undefined) headers['Content-Type'] = contentType
  return fetch(`${emu.url}/api/2.0${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
}

async function json<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  key?: string
): Promise<{ status: number; body: Envelope<T> & ErrorBody }> {
  const res = await call(method, path, body, key)
  return { status: res.status, body: (await res.json()) as Envelope<T> & ErrorBody }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function titles(query: string, key?: string): Promise<string[]> {
  const { status, body } = await json<RoomPage>('GET', `/files/rooms?${query}`, undefined, key)
  expect(status).toBe(200)
  return body.response.folders.map((r) => r.title)
}

/** A room last modified at `date` (created then too: `updated` is never before `created`, FileEntryDto.cs:125-129). */
function at(title: string, date: string): void {
  emu.addRoom({ title, created: new Date(date), updated: new Date(date) })
}

/** Rooms with the same `updated` stamp, so only the tie rules order them. */
function sameTime(...names: string[]): void {
  const t = new Date('2025-05-05T10:00:00Z')
  for (const title of names) emu.addRoom({ title, created: t, updated: t })
}

describe('listing: filters (VRC:908-965, FDao:161-250, 2032-2100)', () => {
  it('tags match rooms with ANY of the names; withoutTags=true ignores tags (FDao:184, 2076-2088)', async () => {
    emu.addRoom({ title: 'A', tags: ['ci'] })
    emu.addRoom({ title: 'B', tags: ['release'] })
    emu.addRoom({ title: 'C', tags: ['ci', 'release'] })
    emu.addRoom({ title: 'D' })
    const tags = encodeURIComponent('["ci","release"]')
    expect((await titles(`tags=${tags}&sortBy=AZ`)).sort()).toEqual(['A', 'B', 'C'])
    expect(await titles(`tags=${tags}&withoutTags=true&sortBy=AZ`)).toEqual(['D'])
    // [] and JSON null are no filter; a non-JSON value is an unhandled JsonException (VRC:923-925)
    expect(await titles(`tags=${encodeURIComponent('[]')}&sortBy=AZ`)).toEqual(['A', 'B', 'C', 'D'])
    expect(await titles('tags=null&sortBy=AZ')).toEqual(['A', 'B', 'C', 'D'])
    const bad = await json('GET', '/files/rooms?tags=ci')
    expect(bad.status).toBe(500)
    expect(bad.body.error.type).toBe('System.Text.Json.JsonException')
  })

  it('filterValue: case-insensitive substring of the trimmed value, on titles only (AbstractDao.cs:112-123, 227)', async () => {
    emu.addRoom({ title: 'Quarterly Report', tags: ['finance'] })
    emu.addRoom({ title: 'Roadmap' })
    expect(await titles(`filterValue=${encodeURIComponent('  REPORT ')}`)).toEqual(['Quarterly Report'])
    expect(await titles('filterValue=finance')).toEqual([])
    // blank after trimming: LIKE '%%' matches every room
    expect((await titles(`filterValue=${encodeURIComponent('   ')}`)).sort()).toEqual(['Quarterly Report', 'Roadmap'])
  })

  it('admins see every room, other users only their own (FSec:2639-2646, 2754-2853; FDao:233)', async () => {
    emu.addRoom({ title: 'Admins' })
    emu.addRoom({ title: 'Bobs', createdBy: 'user-bob' })
    expect((await titles('sortBy=AZ')).sort()).toEqual(['Admins', 'Bobs'])
    expect(await titles('sortBy=AZ', BOB)).toEqual(['Bobs'])
  })

  it('enum values bind by name in any case or by number; undefined values are a 400', async () => {
    emu.addRoom({ title: 'Live' })
    emu.addRoom({ title: 'Old', archived: true })
    expect(await titles('searchArea=ARCHIVE')).toEqual(['Old'])
    expect(await titles('searchArea=1')).toEqual(['Old'])
    expect(await titles('type=customroom')).toEqual(['Live', 'Old'].slice(0, 1))
    // names separated by commas are OR-ed (Enum.Parse): EditingRoom|CustomRoom = 7, not a RoomType
    for (const q of ['searchArea=9', 'searchArea=Nowhere', 'type=3', 'type=EditingRoom,CustomRoom', 'sortOrder=2']) {
      const res = await json<Problem>('GET', `/files/rooms?${q}`)
      expect([q, res.status, res.body.status, res.body.statusCode]).toEqual([q, 400, 1, 400])
    }
    // value types may not be blank; bools are true/false only
    for (const q of ['sortOrder=', 'count=', 'startIndex=', 'withoutTags=yes', 'count=1.5']) {
      expect([q, (await json('GET', `/files/rooms?${q}`)).status]).toEqual([q, 400])
    }
  })

  it('count is 1..100 ([Range], RoomContentRequestDto.cs:123-125); a negative startIndex is a 400 (FSS:279)', async () => {
    // The error is keyed by the binder model name of [FromQuery(Name = "count")], as ASP.NET's
    // DefaultComplexObjectValidationStrategy keys properties; the message names the property.
    for (const c of ['0', '101']) {
      const res = await json<Problem>('GET', `/files/rooms?count=${c}`)
      expect([res.status, res.body.response.errors]).toEqual([
        400,
        { count: ['The field Count must be between 1 and 100.'] }
      ])
    }
    const bad = await json<Problem>('GET', '/files/rooms?count=abc')
    expect(bad.body.response.errors).toEqual({ count: ["The value 'abc' is not valid for Count."] })
    const neg = await json('GET', '/files/rooms?startIndex=-1')
    expect(neg.status).toBe(400)
    expect(neg.body.error).toMatchObject({
      type: 'System.ArgumentOutOfRangeException',
      message: expect.stringContaining("(Parameter 'from')") as unknown
    })
  })

  it('provider, storageFilter, quotaFilter and groupId leave no internal room where the server would', async () => {
    emu.addRoom({ title: 'Internal' })
    expect(await titles('provider=Box')).toEqual([])
    expect(await titles('provider=None')).toEqual(['Internal'])
    expect(await titles('storageFilter=ThirdParty')).toEqual([])
    expect(await titles('quotaFilter=Custom')).toEqual([])
    expect(await titles('quotaFilter=Default')).toEqual(['Internal'])
  })

  it('subjectId must be a GUID (FormatException → 500, FSS:267); it matches owners (FDao:2052-2061)', async () => {
    const guid = '0b2d4c6e-1111-2222-3333-444455556666'
    emu.addRoom({ title: 'Theirs', createdBy: guid })
    emu.addRoom({ title: 'Mine' })
    expect((await json('GET', '/files/rooms?subjectId=nobody')).status).toBe(500)
    expect(await titles(`subjectId=${guid.toUpperCase()}`)).toEqual(['Theirs'])
    expect(await titles(`subjectOwnerId=${guid.replaceAll('-', '')}&excludeSubject=true`)).toEqual(['Mine'])
  })
})

describe('listing: order (VRC:927-931, FSS:360-367, EM:927-1101)', () => {
  it('without sortBy: the stored default, initially DateAndTime descending (FilesSettings.cs:218-219)', async () => {
    at('a old', '2024-01-01')
    at('b new', '2025-01-01')
    expect(await titles('')).toEqual(['b new', 'a old'])
  })

  it('a parsable sortBy is used and saved as the caller’s default; sortOrder defaults to Ascending', async () => {
    at('b', '2024-01-01')
    at('a', '2023-01-01')
    at('c', '2025-01-01')
    // sortBy without sortOrder: SortOrder's default, Ascending (RoomContentRequestDto.cs:145-146)
    expect(await titles('sortBy=az')).toEqual(['a', 'b', 'c'])
    // saved: the next listing without sortBy uses AZ ascending, also with a sortOrder (ignored without sortBy)
    expect(await titles('')).toEqual(['a', 'b', 'c'])
    expect(await titles('sortOrder=Descending')).toEqual(['a', 'b', 'c'])
    expect(emu.state.defaultOrder(emu.state.adminUserId)).toEqual({ sortedBy: 1, asc: true })
    // per user: bob still has DateAndTime descending
    emu.state.admins.add('user-bob')
    try {
      expect(await titles('', BOB)).toEqual(['c', 'b', 'a'])
    } finally {
      emu.state.admins.delete('user-bob')
    }
    // unparseable (names are not trimmed) → the saved default, unchanged
    expect(await titles(`sortBy=${encodeURIComponent(' AZ')}&sortOrder=1`)).toEqual(['a', 'b', 'c'])
    expect(await titles('sortBy=Newest&sortOrder=1')).toEqual(['a', 'b', 'c'])
    // numbers parse (generated TryParse falls back to int.TryParse): 0 = DateAndTime
    expect(await titles('sortBy=0&sortOrder=1')).toEqual(['c', 'b', 'a'])
    expect(emu.state.defaultOrder(emu.state.adminUserId)).toEqual({ sortedBy: 0, asc: false })
  })

  it('ties go to the title, ascending whatever the order, compared naturally and ignoring case (StringExtension.cs:99-170)', async () => {
    sameTime('Room 10', 'room 9', 'Room 1', 'B')
    expect(await titles('sortBy=DateAndTime&sortOrder=Ascending')).toEqual(['B', 'Room 1', 'room 9', 'Room 10'])
    expect(await titles('sortBy=DateAndTime&sortOrder=Descending')).toEqual(['B', 'Room 1', 'room 9', 'Room 10'])
    // AZ compares titles times the direction (EM:1004)
    expect(await titles('sortBy=AZ&sortOrder=Descending')).toEqual(['Room 10', 'room 9', 'Room 1', 'B'])
    // Size and Type compare rooms as equal: title ascending (EM:939-1002)
    expect(await titles('sortBy=Size&sortOrder=Descending')).toEqual(['B', 'Room 1', 'room 9', 'Room 10'])
  })

  it('RoomType sorts by the FolderType name; Tags by tag count; UsedSpace by bytes (EM:950-991)', async () => {
    emu.addRoom({ title: 'vdr', roomType: 8, tags: ['x', 'y'] })
    emu.addRoom({ title: 'custom', roomType: 5 })
    emu.addRoom({ title: 'editing', roomType: 2, tags: ['x'] })
    // AiRoom < CustomRoom < EditingRoom < FillingFormsRoom < PublicRoom < VirtualDataRoom
    expect(await titles('sortBy=RoomType')).toEqual(['custom', 'editing', 'vdr'])
    expect(await titles('sortBy=Tags&sortOrder=Descending')).toEqual(['vdr', 'editing', 'custom'])
    emu.room(emu.activeRooms().find((r) => r.title === 'custom')!.id)!.files.push({ id: 1, title: 'f', content: 'xyz' })
    expect(await titles('sortBy=UsedSpace&sortOrder=Descending')).toEqual(['custom', 'editing', 'vdr'])
  })

  it('pinned rooms come first, sorted among themselves; not for sortBy=New (EM:1054-1100)', async () => {
    at('a', '2024-01-01')
    at('b', '2024-02-01')
    at('c', '2024-03-01')
    const [a, , c] = emu.activeRooms()
    if (!a || !c) throw new Error('rooms missing')
    emu.state.pin(emu.state.adminUserId, a.id)
    emu.state.pin(emu.state.adminUserId, c.id)
    expect(await titles('sortBy=AZ&sortOrder=Descending')).toEqual(['c', 'a', 'b'])
    expect(await titles('sortBy=New&sortOrder=Descending')).toEqual(['c', 'b', 'a'])
    // pins are per user
    emu.state.admins.add('user-bob')
    try {
      expect(await titles('sortBy=AZ&sortOrder=Descending', BOB)).toEqual(['c', 'b', 'a'])
    } finally {
      emu.state.admins.delete('user-bob')
    }
    // paging counts the pinned rooms first
    expect(await titles('sortBy=AZ&sortOrder=Ascending&count=1&startIndex=1')).toEqual(['c'])
  })

  it('stays fast on 5,000 rooms (sort cache)', async () => {
    seedRooms(emu, 5000, { archivedShare: 0 })
    const started = performance.now()
    for (const sort of ['DateAndTime', 'AZ', 'Author', 'AZ', 'DateAndTime']) {
      for (let start = 0; start < 500; start += 100) {
        const { body } = await json<RoomPage>('GET', `/files/rooms?sortBy=${sort}&startIndex=${start}`)
        expect(body.response.total).toBe(5000)
      }
    }
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('titles (products/ASC.Files/Core/Helpers/Global.cs:196-241)', () => {
  it('every surrogate code unit becomes "_", newlines stay, the raw title is limited to 170', async () => {
    const created = await json<RoomDto>('POST', '/files/rooms', { title: ' Launch 🚀\nplan ', roomType: 2 })
    expect(created.body.response.title).toBe('Launch __\nplan')
    // [StringLength(170)] applies before trimming (CreateRoomRequestDto.cs:45-46)
    const padded = await json('POST', '/files/rooms', { title: ` ${'x'.repeat(170)} `, roomType: 2 })
    expect(padded.status).toBe(400)
  })

  it('truncation to 170 keeps the extension when the last "." is after index 150', () => {
    const long = `${'a'.repeat(160)}.extension${'b'.repeat(5)}`
    expect(normalizeTitle(long)).toBe(`${'a'.repeat(155)}.extensionbbbbb`)
    expect(normalizeTitle(`${'a'.repeat(100)}.${'b'.repeat(100)}`)).toHaveLength(170)
    // .NET Trim: U+0085 is white space, U+FEFF is not
    expect(normalizeTitle('\u0085x\uFEFF')).toBe('x\uFEFF')
  })
})

describe('create (VRC:85-98 → FSS:604-1101)', () => {
  it('a missing title fails binding; a blank one fails in the service with an ArgumentException (FSS:913-915)', async () => {
    const missing = await json<Problem>('POST', '/files/rooms', { roomType: 2 })
    expect(missing.status).toBe(400)
    expect(missing.body.response.errors['$']![0]).toContain("missing required properties including: 'title'")
    const blank = await json('POST', '/files/rooms', { title: '   ', roomType: 2 })
    expect(blank.status).toBe(400)
    expect(blank.body.error).toMatchObject({
      type: 'System.ArgumentException',
      message: "The value cannot be an empty string. (Parameter 'title')"
    })
    expect(emu.activeRooms()).toHaveLength(0)
  })

  it('an undefined roomType number binds and then fails (DocSpaceHelper.cs:100-111); the quota check comes first', async () => {
    const three = await json('POST', '/files/rooms', { title: 'x', roomType: 3 })
    expect(three.status).toBe(400)
    expect(three.body.error.type).toBe('System.ArgumentOutOfRangeException')
    emu.state.maxRooms = 0
    expect((await json('POST', '/files/rooms', { title: 'x', roomType: 3 })).status).toBe(402)
  })

  it('402 when the room count would exceed the tariff (CountRoomFeature.cs:37-55; ITenantQuotaFeatureChecker.cs:70-89)', async () => {
    emu.state.maxRooms = 1
    emu.addRoom({ title: 'Archived', archived: true })
    expect((await json('POST', '/files/rooms', { title: 'one', roomType: 2 })).status).toBe(200)
    const over = await json('POST', '/files/rooms', { title: 'two', roomType: 2 })
    expect(over.status).toBe(402)
    expect(over.body.error).toMatchObject({
      type: 'ASC.Core.Tenants.TenantQuotaException',
      message: 'The number of rooms should not exceed 1'
    })
  })

  it('color: at most 6 characters, no format check; cover: a known id (RoomLogoManager.cs:357-364, 459-490)', async () => {
    expect((await json('POST', '/files/rooms', { title: 'x', roomType: 2, color: '#FF0000' })).status).toBe(400)
    expect((await json('POST', '/files/rooms', { title: 'x', roomType: 2, color: 'zz' })).status).toBe(200)
    const cover = await json('POST', '/files/rooms', { title: 'y', roomType: 2, cover: 'rocket' })
    expect(cover.status).toBe(400)
    expect(cover.body.error.message).toBe("Value does not fall within the expected range. (Parameter 'icon')")
    expect((await json('POST', '/files/rooms', { title: 'y', roomType: 2, cover: 'check mark' })).status).toBe(200)
    expect(emu.activeRooms().map((r) => r.title)).toEqual(['x', 'y'])
  })

  it('only DocSpace admins and room admins may create (FSec:1387, 1399-1402; FSS:937-941)', async () => {
    emu.state.userTypes.set('user-bob', 'User')
    const refused = await json('POST', '/files/rooms', { title: 'x', roomType: 2 }, BOB)
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({
      type: 'System.InvalidOperationException',
      message: "You don't have enough permission to create"
    })
    emu.state.userTypes.delete('user-bob')
    expect((await json('POST', '/files/rooms', { title: 'x', roomType: 2 }, BOB)).status).toBe(200)
  })

  it('a private room needs `share` (FSS:810-815)', async () => {
    const res = await json('POST', '/files/rooms', { title: 'x', roomType: 2, private: true })
    expect(res.status).toBe(400)
    expect(res.body.error.type).toBe('System.ArgumentNullException')
  })
})

describe('update (VRC:340-348 → FSS:1169-1444)', () => {
  it('missing → 403 "The required folder was not found"; archived → 403 "You don\'t have permission to edit the room"', async () => {
    const missing = await json('PUT', '/files/rooms/4242', { title: 'x' })
    expect([missing.status, missing.body.error.message]).toEqual([403, 'The required folder was not found'])
    const room = emu.addRoom({ title: 'Frozen', archived: true })
    const archived = await json('PUT', `/files/rooms/${room.id}`, { title: 'x' })
    expect([archived.status, archived.body.error.message]).toEqual([403, "You don't have permission to edit the room"])
    // not the owner, not an admin: no EditRoom right either
    const admins = emu.addRoom({ title: 'Admins' })
    expect((await json('PUT', `/files/rooms/${admins.id}`, { title: 'x' }, BOB)).status).toBe(403)
  })

  it('an empty or blank title is ignored; a title with invalid characters always counts as changed (FSS:1220-1223)', async () => {
    const t0 = new Date('2024-01-01T00:00:00Z')
    const room = emu.addRoom({ title: 'A_B', created: t0, updated: t0 })
    for (const title of ['', '   ']) {
      const res = await json<RoomDto>('PUT', `/files/rooms/${room.id}`, { title })
      expect([res.status, res.body.response.title]).toEqual([200, 'A_B'])
    }
    expect(emu.room(room.id)!.updated).toEqual(t0)
    await json('PUT', `/files/rooms/${room.id}`, { title: 'A_B' })
    expect(emu.room(room.id)!.updated).toEqual(t0)
    await json('PUT', `/files/rooms/${room.id}`, { title: 'A:B' })
    expect(emu.room(room.id)!.title).toBe('A_B')
    expect(emu.room(room.id)!.updated.getTime()).toBeGreaterThan(t0.getTime())
  })

  it('tags replace the set: [] clears, omitted keeps, unknown names are created (FSS:1380-1416)', async () => {
    const t0 = new Date('2024-01-01T00:00:00Z')
    const room = emu.addRoom({ title: 'T', tags: ['a', 'b'], created: t0, updated: t0 })
    const put = async (body: unknown) =>
      (await json<RoomDto>('PUT', `/files/rooms/${room.id}`, body)).body.response.tags
    expect(await put({ title: 'T' })).toEqual(['a', 'b'])
    expect(await put({ tags: ['b', 'c'] })).toEqual(['b', 'c'])
    expect(emu.state.tagCatalogue.has('c')).toBe(true)
    expect(await put({ tags: null })).toEqual(['b', 'c'])
    expect(await put({ tags: [] })).toEqual([])
    // tag-only updates leave `updated` alone
    expect(emu.room(room.id)!.updated).toEqual(t0)
  })

  it('requires a body ([FromBody] required, UpdateRoomRequestDto.cs:138-139)', async () => {
    const room = emu.addRoom({ title: 'T' })
    const res = await call('PUT', `/files/rooms/${room.id}`, '')
    expect(res.status).toBe(400)
    const empty = await call('PUT', `/files/rooms/${room.id}`, '', emu.apiKey, 'application/json')
    expect(((await empty.json()) as Envelope<Problem>).response.errors['']).toEqual([
      'A non-empty request body is required.'
    ])
  })
})

describe('archive, unarchive, delete (VRC:418-476)', () => {
  it('a missing room is a 404 for all three (VRC:438-442, 463-467; DeletePermissionsCheck.cs:126-130)', async () => {
    for (const [method, path, type] of [
      ['PUT', '/files/rooms/4242/archive', 'ASC.Common.Web.ItemNotFoundException'],
      ['PUT', '/files/rooms/4242/unarchive', 'ASC.Common.Web.ItemNotFoundException'],
      ['DELETE', '/files/rooms/4242', 'System.IO.FileNotFoundException']
    ] as const) {
      const res = await json(method, path, {})
      expect([res.status, res.body.error.type, res.body.error.message]).toEqual([
        404,
        type,
        'The required folder was not found'
      ])
    }
  })

  it('archive: owner or DocSpace admin (FSec:1559-1566, 1802-1805, 3520-3530)', async () => {
    const admins = emu.addRoom({ title: 'Admins' })
    const bobs = emu.addRoom({ title: 'Bobs', createdBy: 'user-bob' })
    // bob is not in the admin's room: he cannot even read it (FSS:178-185)
    const refused = await json('PUT', `/files/rooms/${admins.id}/archive`, {}, BOB)
    expect(refused.status).toBe(403)
    expect((await json('PUT', `/files/rooms/${bobs.id}/archive`, {}, BOB)).status).toBe(200)
    expect((await json('PUT', `/files/rooms/${admins.id}/archive`, {})).status).toBe(200)
  })

  it('delete: in Rooms only the owner, in the Archive the owner or an admin (FSec:1559-1566, 1802-1805)', async () => {
    const bobsActive = emu.addRoom({ title: 'Bobs', createdBy: 'user-bob' })
    const bobsArchived = emu.addRoom({ title: 'Bobs old', createdBy: 'user-bob', archived: true })
    const denied = await json('DELETE', `/files/rooms/${bobsActive.id}`, {})
    expect([denied.status, denied.body.error.message]).toEqual([403, 'Access denied'])
    expect((await json('DELETE', `/files/rooms/${bobsArchived.id}`, {})).status).toBe(200)
    expect((await json('DELETE', `/files/rooms/${bobsActive.id}`, {}, BOB)).status).toBe(200)
  })

  it('archiving drops every user’s pin (FMCO:589-597)', async () => {
    emu.state.operationDelayMs = 0
    const room = emu.addRoom({ title: 'Pinned' })
    emu.state.pin(emu.state.adminUserId, room.id)
    emu.state.pin('user-bob', room.id)
    await json('PUT', `/files/rooms/${room.id}/archive`, {})
    expect(emu.state.isPinned(emu.state.adminUserId, room.id)).toBe(false)
    expect(emu.state.isPinned('user-bob', room.id)).toBe(false)
  })

  it('no body: 415 without a Content-Type, 400 with a JSON one, before the room is looked up', async () => {
    // The bodies are [FromBody] properties of the action's DTO (products/ASC.Files/Server/ApiModels/RequestDto/
    // ArchiveRoomRequestDto.cs:51-67, used by archive and unarchive, VRC:436, 461; products/ASC.Files/Core/ApiModels/
    // RequestDto/DeleteRoomRequestDto.cs:51-65), bound before the action runs. ASP.NET's BodyModelBinder finds no
    // input formatter without a Content-Type (UnsupportedContentTypeException → 415); with application/json the
    // empty body gives "A non-empty request body is required." (400). API-FACTS §1.3.
    const room = emu.addRoom({ title: 'Bodyless' })
    for (const id of [room.id, 4242]) {
      for (const [method, path] of [
        ['PUT', `/files/rooms/${id}/archive`],
        ['PUT', `/files/rooms/${id}/unarchive`],
        ['DELETE', `/files/rooms/${id}`]
      ] as const) {
        const bare = await fetch(`${emu.url}/api/2.0${path}`, {
          method,
          headers: { Authorization: `Bearer ${emu.apiKey}` }
        })
        expect([path, method, bare.status]).toEqual([path, method, 415])
        expect(await bare.json()).toMatchObject({
          response: { status: 415, title: 'Unsupported Media Type' },
          status: 0,
          statusCode: 200
        })
        const empty = await call(method, path, '', emu.apiKey, 'application/json')
        expect([path, method, empty.status]).toEqual([path, method, 400])
        const body = (await empty.json()) as Envelope<Problem>
        expect(body).toMatchObject({ status: 1, statusCode: 400, response: { status: 400 } })
        expect(Object.values(body.response.errors).flat()).toContain('A non-empty request body is required.')
      }
    }
    expect(emu.room(room.id)!.archived).toBe(false)
    expect(emu.state.operations.size).toBe(0)
  })

  it('body: {} works, string or null booleans are a 400 (ArchiveRoomRequestDto.cs:39-65)', async () => {
    const room = emu.addRoom({ title: 'R' })
    expect((await json('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: 'false' })).status).toBe(400)
    expect((await json('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: null })).status).toBe(400)
    const empty = await call('PUT', `/files/rooms/${room.id}/archive`, '', emu.apiKey, 'application/json')
    expect(empty.status).toBe(400)
    const ok = await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, {})
    expect(ok.status).toBe(200)
  })

  it('DELETE answers with the caller’s FIRST listed delete operation and dequeues finished ones (VRC:425, FOM:61-100)', async () => {
    const a = emu.addRoom({ title: 'A', archived: true })
    const b = emu.addRoom({ title: 'B', archived: true })
    const first = await json<FileOperation>('DELETE', `/files/rooms/${a.id}`, { deleteAfter: false })
    expect(first.body.response).toMatchObject({ Operation: 2, finished: false, status: 0 })
    await sleep(80) // A's op finished, nobody polled it
    const second = await json<FileOperation>('DELETE', `/files/rooms/${b.id}`, { deleteAfter: false })
    expect(second.body.response).toMatchObject({ id: first.body.response.id, finished: true, status: 2 })
    const listed = (await json<FileOperation[]>('GET', '/files/fileops')).body.response
    expect(listed.map((o) => o.id)).not.toContain(first.body.response.id)
    expect(listed).toHaveLength(1)
  })

  it('archive and unarchive answer their own operation (VRC:448, 473)', async () => {
    const a = emu.addRoom({ title: 'A' })
    const b = emu.addRoom({ title: 'B' })
    await json('PUT', `/files/rooms/${a.id}/archive`, {})
    await sleep(80)
    const second = await json<FileOperation>('PUT', `/files/rooms/${b.id}/archive`, {})
    expect(second.body.response).toMatchObject({ finished: false, status: 0 })
    // A's finished op is still there for the next listing
    const listed = (await json<FileOperation[]>('GET', '/files/fileops')).body.response
    expect(listed.find((o) => o.finished)?.folders?.[0]).toMatchObject({ id: a.id, title: 'A' })
  })

  it('a finished op is dequeued by the first listing that sees it, of any kind (FOM:61-100; OperationController.cs:187-208)', async () => {
    emu.state.operationDelayMs = 5
    const room = emu.addRoom({ title: 'A' })
    const op = (await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, {})).body.response
    await sleep(40)
    // GET fileops/1 reads the move/copy manager, dequeues the finished Move op, then keeps only Copy
    const copies = await json<FileOperation[]>('GET', '/files/fileops/Copy')
    expect(copies.body.response).toEqual([])
    expect((await json<FileOperation[]>('GET', `/files/fileops?id=${op.id}`)).body.response).toEqual([])
  })

  it('unpolled operations expire 60-70 s after their last update (DistributedTaskQueue.cs:224-256)', async () => {
    emu.state.operationDelayMs = 5
    emu.state.operationTtlMs = 60
    emu.state.operationSweepMs = 10
    const room = emu.addRoom({ title: 'A' })
    const op = (await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, {})).body.response
    await sleep(120)
    expect((await json<FileOperation[]>('GET', `/files/fileops?id=${op.id}`)).body.response).toEqual([])
    expect(emu.room(room.id)!.archived).toBe(true)
  })

  it('with deleteAfter:true an op that finished before the answer is gone: NullReferenceException → 500 (FileOperationDto.cs:111-115)', async () => {
    emu.state.operationDelayMs = 0
    const room = emu.addRoom({ title: 'A' })
    const res = await json('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: true })
    expect([res.status, res.body.error.type]).toEqual([500, 'System.NullReferenceException'])
    expect(emu.room(room.id)!.archived).toBe(true)
  })

  it('unarchive re-checks the room count inside the job: an op error, not a 402 (FMCO:521-525, 640-645)', async () => {
    emu.state.operationDelayMs = 0
    emu.state.maxRooms = 1
    emu.addRoom({ title: 'Live' })
    const old = emu.addRoom({ title: 'Old', archived: true })
    const res = await json<FileOperation>('PUT', `/files/rooms/${old.id}/unarchive`, {})
    expect(res.status).toBe(200)
    expect(res.body.response).toMatchObject({
      finished: true,
      status: 2,
      error: 'The number of rooms should not exceed 1',
      processed: '0'
    })
    expect(res.body.response.folders).toBeUndefined()
    expect(emu.room(old.id)!.archived).toBe(true)
  })

  it('archiving an archived room is skipped without error and without result (FMCO:251)', async () => {
    emu.state.operationDelayMs = 0
    const t0 = new Date('2024-01-01T00:00:00Z')
    const room = emu.addRoom({ title: 'Old', archived: true, created: t0, updated: t0 })
    const res = await json<FileOperation>('PUT', `/files/rooms/${room.id}/archive`, {})
    expect(res.body.response).toMatchObject({ finished: true, error: '', processed: '0' })
    expect(res.body.response.folders).toBeUndefined()
    expect(emu.room(room.id)!.updated).toEqual(t0)
  })
})

describe('text file (FilesController.cs:277-281 → FCH:156-178 → FU:61-125)', () => {
  const post = (roomId: number, body: unknown) => json<TextFile>('POST', `/files/${roomId}/text`, body)

  it('title 1..165, blank → ArgumentException; content null → ArgumentNullException (FCH:170-172)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    expect((await post(room.id, { title: '', content: 'x' })).status).toBe(400)
    expect((await post(room.id, { title: 'x'.repeat(166), content: 'x' })).status).toBe(400)
    const blank = await post(room.id, { title: '  ', content: 'x' })
    expect([blank.status, blank.body.error.type]).toEqual([400, 'System.ArgumentException'])
    for (const body of [{ title: 'a' }, { title: 'a', content: null }]) {
      const res = await post(room.id, body)
      expect([res.status, res.body.error.type]).toEqual([400, 'System.ArgumentNullException'])
    }
    expect(emu.room(room.id)!.files).toEqual([])
  })

  it('.html for markup-like content; the extension is appended unless present, ignoring case (FCH:158-174), and saved lower-case (FileDao.cs:524-526)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    expect((await post(room.id, { title: 'page', content: '<p class="x">hi</p>' })).body.response.title).toBe(
      'page.html'
    )
    expect((await post(room.id, { title: 'NOTES.TXT', content: 'x' })).body.response.title).toBe('NOTES.txt')
    expect((await post(room.id, { title: 'notes.md', content: 'x' })).body.response.title).toBe('notes.md.txt')
  })

  it('createNewIfExist:false (default) makes "name (n).ext"; true saves a new version (FilesController.cs:280, FCH:173-175, FU:61-63, 100-118, Global.cs:264-301)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const first = await post(room.id, { title: 'README', content: 'one' })
    const second = await post(room.id, { title: 'README', content: 'two' })
    const third = await post(room.id, { title: 'readme', content: 'three', createNewIfExist: false })
    expect([first, second, third].map((r) => r.body.response.title)).toEqual([
      'README.txt',
      'README (1).txt',
      'readme (2).txt'
    ])
    const update = await post(room.id, { title: 'README', content: 'four', createNewIfExist: true })
    expect(update.body.response).toMatchObject({ id: first.body.response.id, title: 'README.txt', version: 2 })
    expect(emu.room(room.id)!.files.map((f) => [f.title, f.content])).toEqual([
      ['README.txt', 'four'],
      ['README (1).txt', 'two'],
      ['readme (2).txt', 'three']
    ])
  })

  it('missing folder → 404; the Rooms folder or an archived room → 403 "Access denied" (FU:153-166)', async () => {
    const missing = await post(4242, { title: 'a', content: '' })
    expect([missing.status, missing.body.error.type]).toEqual([404, 'System.IO.DirectoryNotFoundException'])
    const root = await post(1, { title: 'a', content: '' })
    expect([root.status, root.body.error.message]).toEqual([403, 'Access denied'])
    const archived = emu.addRoom({ title: 'Old', archived: true })
    expect((await post(archived.id, { title: 'a', content: '' })).body.error.message).toBe('Access denied')
  })
})

describe('room tags (VRC:684-712 → CustomTagsService.cs:46-203)', () => {
  it('missing room → 404 "The record could not be found"; archived → 403 "Access denied"', async () => {
    const missing = await json('PUT', '/files/rooms/4242/tags', { names: ['a'] })
    expect([missing.status, missing.body.error.message]).toEqual([404, 'The record could not be found'])
    const room = emu.addRoom({ title: 'Old', archived: true })
    const archived = await json('PUT', `/files/rooms/${room.id}/tags`, { names: ['a'] })
    expect([archived.status, archived.body.error.message]).toEqual([403, 'Access denied'])
  })

  it('unknown names are created only by room admins and DocSpace admins; "" is an ArgumentException', async () => {
    const room = emu.addRoom({ title: 'Bobs', createdBy: 'user-bob', tags: ['known'] })
    emu.state.userTypes.set('user-bob', 'User')
    expect((await json('PUT', `/files/rooms/${room.id}/tags`, { names: ['known'] }, BOB)).status).toBe(403)
    emu.state.userTypes.delete('user-bob')
    const empty = await json('PUT', `/files/rooms/${room.id}/tags`, { names: [''] }, BOB)
    expect([empty.status, empty.body.error.type]).toEqual([400, 'System.ArgumentException'])
    expect((await json('PUT', `/files/rooms/${room.id}/tags`, { names: [' spaced '] }, BOB)).status).toBe(200)
    expect(emu.room(room.id)!.tags).toEqual(['known', ' spaced '])
  })
})

describe('envelope and errors (CAR, RW)', () => {
  it('count is 1 for the IAsyncEnumerable lists GET /fileops and GET /files/tags, even when empty (CAR:75-101)', async () => {
    const ops = await json<unknown[]>('GET', '/files/fileops')
    expect([ops.body.response, ops.body.count]).toEqual([[], 1])
    const tags = await json<unknown[]>('GET', '/files/tags')
    expect([tags.body.response, tags.body.count]).toEqual([[], 1])
  })

  it('errors carry message, type, stack and hresult (RW:116-120; CAR:158-173)', async () => {
    const res = await json('PUT', '/files/rooms/4242', { title: 'x' })
    expect(res.body).toEqual({
      error: {
        message: 'The required folder was not found',
        type: 'System.InvalidOperationException',
        stack: expect.any(String) as unknown,
        hresult: -2146233079
      },
      status: 1,
      statusCode: 403
    })
  })

  it('415 ProblemDetails keep status 0 and statusCode 200 in the envelope (CAR:124-143)', async () => {
    const res = await call('POST', '/files/rooms', '{"title":"x","roomType":2}', emu.apiKey, 'text/plain')
    expect(res.status).toBe(415)
    expect(await res.json()).toMatchObject({ status: 0, statusCode: 200, count: 1, response: { status: 415 } })
  })

  it('GET /files/tags: count 1..100, the error under "count" (GetTagsInfoRequestDto.cs:46-48)', async () => {
    for (const c of ['0', '101']) {
      const res = await json<Problem>('GET', `/files/tags?count=${c}`)
      expect([res.status, res.body.response.errors]).toEqual([
        400,
        { count: ['The field Count must be between 1 and 100.'] }
      ])
    }
  })

  it('GET /files/tags: admins get the catalogue newest first; "_" in the search never matches (TagDao.cs:136-164)', async () => {
    for (const name of ['a_b', 'alpha', 'beta']) await json('POST', '/files/tags', { name })
    expect((await json<string[]>('GET', '/files/tags')).body.response).toEqual(['beta', 'alpha', 'a_b'])
    expect((await json<string[]>('GET', '/files/tags?filterValue=A')).body.response).toEqual(['beta', 'alpha', 'a_b'])
    expect((await json<string[]>('GET', '/files/tags?filterValue=a_')).body.response).toEqual([])
  })
})

describe('dates (ApiDateTime, common/ASC.Api.Core/Core/ApiDateTime.cs:164-172, 328-337)', () => {
  const t = new Date('2025-01-15T07:20:30.123Z')

  it('a zero offset is written Z, any other as ±hh:mm of portal-local time', () => {
    for (const zero of ['+00:00', '-00:00', 'Z', '', '+0000'])
      expect(formatApiDate(t, zero)).toBe('2025-01-15T07:20:30.1230000Z')
    expect(formatApiDate(t, '+03:00')).toBe('2025-01-15T10:20:30.1230000+03:00')
    expect(formatApiDate(t, '-05:30')).toBe('2025-01-15T01:50:30.1230000-05:30')
  })

  it('rooms carry Z on a UTC portal (the default)', async () => {
    const room = emu.addRoom({ title: 'Utc', created: t, updated: t })
    const res = await json<RoomDto>('GET', `/files/rooms/${room.id}`)
    expect([res.body.response.created, res.body.response.updated]).toEqual([
      '2025-01-15T07:20:30.1230000Z',
      '2025-01-15T07:20:30.1230000Z'
    ])
  })
})

describe('room DTO (products/ASC.Files/Core/ApiModels/ResponseDto/FolderDto.cs:274-662)', () => {
  interface FullRoom {
    id: number
    pinned: boolean
    logo: { color: string }
    security: Record<string, boolean>
  }
  const get = async (id: number, key?: string): Promise<FullRoom> =>
    (await json<FullRoom>('GET', `/files/rooms/${id}`, undefined, key)).body.response
  const on = (security: Record<string, boolean>): string[] => Object.keys(security).filter((k) => security[k])

  it('security: the folder actions of FSec:300-324 in enum order, then UpdateXlsx and AnalyzeResponses (FolderDto.cs:591-597)', async () => {
    const room = emu.addRoom({ title: 'Keys' })
    expect(Object.keys((await get(room.id)).security)).toEqual([
      'Read',
      'Create',
      'Delete',
      'EditRoom',
      'Rename',
      'CopyTo',
      'Copy',
      'MoveTo',
      'Move',
      'Pin',
      'Mute',
      'EditAccess',
      'Duplicate',
      'Download',
      'CopySharedLink',
      'Reconnect',
      'CreateRoomFrom',
      'CopyLink',
      'Embed',
      'ChangeOwner',
      'IndexExport',
      'UseChat',
      'UpdateXlsx',
      'AnalyzeResponses'
    ])
  })

  it('security follows the caller: owner, DocSpace admin, Archive (FSec:1520-1812, 1895-2420)', async () => {
    const owned = [
      'Read',
      'Create',
      'Delete',
      'EditRoom',
      'Rename',
      'CopyTo',
      'Copy',
      'MoveTo',
      'Move',
      'Pin',
      'Mute',
      'EditAccess',
      'Duplicate',
      'Download',
      'CopySharedLink',
      'CopyLink',
      'ChangeOwner'
    ]
    const bobs = emu.addRoom({ title: 'Bobs', createdBy: 'user-bob' })
    expect(on((await get(bobs.id, BOB)).security)).toEqual(owned)
    // the admin is no owner: no Delete of an active room (FSec:1559-1566, 2029-2045)
    expect(on((await get(bobs.id)).security)).toEqual(owned.filter((k) => k !== 'Delete'))
    // in the Archive: Read, Delete, Copy, Move, Download only (FSec:1752-1812)
    const archived = emu.addRoom({ title: 'Old', createdBy: 'user-bob', archived: true })
    for (const key of [BOB, undefined])
      expect(on((await get(archived.id, key)).security)).toEqual(['Read', 'Delete', 'Copy', 'Move', 'Download'])
  })

  it('security: AI rooms refuse copy/move/create but may chat; public rooms may be embedded (FSec:1131-1159, 1267-1283)', async () => {
    const ai = emu.addRoom({ title: 'Ai', roomType: 9 })
    const aiSec = (await get(ai.id)).security
    expect(aiSec).toMatchObject({
      Create: false,
      Copy: false,
      CopyTo: false,
      Move: false,
      MoveTo: false,
      Duplicate: false
    })
    expect(aiSec).toMatchObject({ UseChat: true, EditRoom: true, Delete: true })
    const pub = emu.addRoom({ title: 'Pub', roomType: 6 })
    expect((await get(pub.id)).security).toMatchObject({ Embed: true, UseChat: false })
    const custom = emu.addRoom({ title: 'Custom', roomType: 5 })
    expect((await get(custom.id)).security).toMatchObject({ Embed: false, Reconnect: false, IndexExport: false })
  })

  it('pinned is the caller’s own pin (FolderDto.cs:656; FileStorageService.cs:196)', async () => {
    const room = emu.addRoom({ title: 'Pin', createdBy: 'user-bob' })
    emu.state.pin(emu.state.adminUserId, room.id)
    expect((await get(room.id)).pinned).toBe(true)
    expect((await get(room.id, BOB)).pinned).toBe(false)
    const listed = (await json<RoomPage>('GET', '/files/rooms')).body.response.folders as unknown as FullRoom[]
    expect(listed.map((r) => [r.id, r.pinned])).toEqual([[room.id, true]])
  })

  it('logo.color is the room’s colour as sent (RoomLogoManager.cs:228-257; FileStorageService.cs:975)', async () => {
    const created = await json<FullRoom>('POST', '/files/rooms', { title: 'C', roomType: 2, color: 'zz' })
    expect(created.body.response.logo.color).toBe('zz')
    const id = created.body.response.id
    expect((await get(id)).logo.color).toBe('zz')
    await json('PUT', `/files/rooms/${id}`, { color: 'ABCDEF' })
    expect((await get(id)).logo.color).toBe('ABCDEF')
    // none sent: a server-chosen colour, six hex digits without '#' (RoomLogoManager.cs:492-498)
    const plain = emu.addRoom({ title: 'Plain' })
    expect((await get(plain.id)).logo.color).toMatch(/^[0-9A-F]{6}$/)
  })
})
