// GET /api/2.0/files/{folderId} for rooms, as FoldersController.GetFolderByFolderId
// answers it at DocSpace-server v3.7.2-server (sources cited in folder-handlers.ts).
import type { Envelope, ProblemDetails } from '../support/docspace-json.js'
import { startEmulator, type Emulator, type EmulatedRoom } from './server.js'

interface FolderContent {
  files: { id: number; title: string; folderId: number; fileEntryType: number }[]
  folders: unknown[]
  current: { id: number; title: string; roomType: number; rootFolderType: number }
  pathParts: Record<string, unknown>[]
  startIndex: number
  count: number
  total: number
  new: number
}

let emu: Emulator

beforeAll(async () => {
  emu = await startEmulator({ operationDelayMs: 0 })
})
afterEach(() => emu.reset())
afterAll(() => emu.close())

async function get<T = FolderContent>(path: string): Promise<{ status: number; body: Envelope<T> }> {
  const res = await fetch(`${emu.url}/api/2.0${path}`, { headers: { Authorization: `Bearer ${emu.apiKey}` } })
  return { status: res.status, body: (await res.json()) as Envelope<T> }
}

const T0 = Date.UTC(2025, 0, 1)

/** Files put straight into state; `minute` orders their modification times. */
function addFile(room: EmulatedRoom, title: string, minute: number, content = 'x'): number {
  const id = emu.state.nextFileId++
  const at = new Date(T0 + minute * 60_000)
  room.files.push({ id, title, content, version: 1, created: at, updated: at, createdBy: room.createdBy })
  return id
}

const titles = (body: Envelope<FolderContent>): string[] => body.response.files.map((f) => f.title)

describe('a room', () => {
  it('answers a FolderContentDto: files, no folders, the room as current, its path, paging numbers', async () => {
    const room = emu.addRoom({ title: 'Docs', roomType: 5 })
    addFile(room, 'README.txt', 1)
    const { status, body } = await get(`/files/${room.id}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ count: 1, status: 0, statusCode: 200 })
    expect(Object.keys(body.response)).toEqual([
      'files',
      'folders',
      'current',
      'pathParts',
      'startIndex',
      'count',
      'total',
      'new'
    ])
    expect(body.response).toMatchObject({ folders: [], startIndex: 0, count: 1, total: 1, new: 0 })
    expect(body.response.files[0]).toMatchObject({ title: 'README.txt', folderId: room.id, fileEntryType: 2 })
    expect(body.response.current).toMatchObject({ id: room.id, title: 'Docs', roomType: 5, rootFolderType: 14 })
    expect(body.response.pathParts).toEqual([
      { id: 1, title: 'Rooms', folderType: 14 },
      { id: room.id, title: 'Docs', roomType: 5, folderType: 19 }
    ])
  })

  it('filterValue: case-insensitive substring of the title, trimmed; total counts the matches', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    addFile(room, 'README.txt', 1)
    addFile(room, 'readme-old.md.txt', 2)
    addFile(room, 'notes.txt', 3)
    for (const filter of ['readme', 'ReadMe', '  README  ', 'EAD']) {
      const { body } = await get(`/files/${room.id}?filterValue=${encodeURIComponent(filter)}`)
      expect(titles(body).sort()).toEqual(['README.txt', 'readme-old.md.txt'])
      expect(body.response.total).toBe(2)
    }
    const exact = await get(`/files/${room.id}?filterValue=README.txt`)
    expect(titles(exact.body)).toEqual(['README.txt'])
    const none = await get(`/files/${room.id}?filterValue=changelog`)
    expect(none.body.response).toMatchObject({ files: [], count: 0, total: 0 })
    // Query keys bind ignoring case, like ASP.NET's query value provider.
    expect(titles((await get(`/files/${room.id}?FILTERVALUE=notes`)).body)).toEqual(['notes.txt'])
  })

  it('pages with startIndex/count; total is the whole match, count the page', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    for (let i = 1; i <= 5; i++) addFile(room, `f${i}.txt`, i)
    const page = await get(`/files/${room.id}?startIndex=1&count=2`)
    // default order: the user's default, DateAndTime descending
    expect(titles(page.body)).toEqual(['f4.txt', 'f3.txt'])
    expect(page.body.response).toMatchObject({ startIndex: 1, count: 2, total: 5 })
    const past = await get(`/files/${room.id}?startIndex=7`)
    expect(past.body.response).toMatchObject({ files: [], startIndex: 7, count: 0, total: 5 })
    const all = await get(`/files/${room.id}`)
    expect(all.body.response.count).toBe(5)
  })

  it('sorts by an explicit sortBy, ascending unless sortOrder says otherwise', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    addFile(room, 'b.txt', 1)
    addFile(room, 'a.txt', 3)
    addFile(room, 'C.txt', 2)
    expect(titles((await get(`/files/${room.id}?sortBy=AZ`)).body)).toEqual(['a.txt', 'b.txt', 'C.txt'])
    expect(titles((await get(`/files/${room.id}?sortBy=az&sortOrder=Descending`)).body)).toEqual([
      'C.txt',
      'b.txt',
      'a.txt'
    ])
    expect(titles((await get(`/files/${room.id}?sortBy=DateAndTime`)).body)).toEqual(['b.txt', 'C.txt', 'a.txt'])
    expect(titles((await get(`/files/${room.id}?sortBy=nonsense&sortOrder=1`)).body)).toEqual([
      'a.txt',
      'C.txt',
      'b.txt'
    ])
  })

  it('filterType: FoldersOnly hides files, DocumentsOnly keeps .txt/.html, ByExtension matches the ending', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    addFile(room, 'README.txt', 1)
    addFile(room, 'page.html', 2)
    addFile(room, 'logo.png', 3)
    const only = async (query: string): Promise<string[]> =>
      titles((await get(`/files/${room.id}?${query}`)).body).sort()
    expect(await only('filterType=FoldersOnly')).toEqual([])
    expect(await only('filterType=2')).toEqual([])
    expect(await only('filterType=FilesOnly')).toEqual(['README.txt', 'logo.png', 'page.html'])
    expect(await only('filterType=DocumentsOnly')).toEqual(['README.txt', 'page.html'])
    expect(await only('filterType=ByExtension&filterValue=.TXT')).toEqual(['README.txt'])
    expect(await only('filterType=')).toEqual(['README.txt', 'logo.png', 'page.html'])
  })

  it('reads an archived room too: its root is Archive', async () => {
    const room = emu.addRoom({ title: 'Old', archived: true })
    addFile(room, 'README.txt', 1)
    const { status, body } = await get(`/files/${room.id}?filterValue=readme`)
    expect(status).toBe(200)
    expect(titles(body)).toEqual(['README.txt'])
    expect(body.response.current).toMatchObject({ id: room.id, rootFolderType: 20 })
    expect(body.response.pathParts[0]).toEqual({ id: 2, title: 'Archive', folderType: 20 })
  })
})

describe('failures', () => {
  it('a missing int id is 404 ItemNotFound, not 403', async () => {
    const { status, body } = await get('/files/999999')
    expect(status).toBe(404)
    expect(body).toMatchObject({
      error: { message: 'The required folder was not found', type: 'ASC.Common.Web.ItemNotFoundException' },
      status: 1,
      statusCode: 404
    })
  })

  it('an id that is no int goes to the third-party controller: "Selector … not found", 404', async () => {
    for (const [segment, selector] of [
      ['abc', ''],
      ['99999999999', ''],
      ['foo-12', 'foo'],
      ['README.txt', '']
    ] as const) {
      const { status, body } = await get(`/files/${segment}`)
      expect([segment, status]).toEqual([segment, 404])
      expect(body.error?.message).toBe(`Selector '${selector}' not found`)
    }
    expect((await get('/files/box-1')).status).toBe(404)
  })

  it('binding and validation fail with 400 before the folder is looked up', async () => {
    const cases: [string, Record<string, string[]>][] = [
      ['count=0', { count: ['The field Count must be between 1 and 100.'] }],
      ['count=101', { count: ['The field Count must be between 1 and 100.'] }],
      ['count=abc', { count: ["The value 'abc' is not valid for Count."] }],
      ['count=', { count: ["The value '' is invalid."] }],
      ['startIndex=x', { startIndex: ["The value 'x' is not valid for StartIndex."] }],
      ['filterType=99', { filterType: ["The value '99' is invalid."] }],
      ['filterType=Images', { filterType: ["The value 'Images' is not valid for FilterType."] }],
      ['sortOrder=up', { sortOrder: ["The value 'up' is not valid for SortOrder."] }]
    ]
    for (const [query, errors] of cases) {
      const { status, body } = await get<ProblemDetails>(`/files/999999?${query}`)
      expect([query, status]).toEqual([query, 400])
      expect([query, body.response.errors]).toEqual([query, errors])
    }
  })

  it('a negative startIndex is an ArgumentOutOfRangeException: 400 error envelope', async () => {
    const { status, body } = await get('/files/999999?startIndex=-1')
    expect(status).toBe(400)
    expect(body.error).toMatchObject({
      message: "from ('-1') must be greater than or equal to '0'. (Parameter 'from')\nActual value was -1.",
      type: 'System.ArgumentOutOfRangeException'
    })
  })
})

describe('routing', () => {
  it('literal routes win over files/{folderId}, ignoring case', async () => {
    emu.addRoom({ title: 'Listed' })
    const rooms = await get<{ folders: { title: string }[]; current: { id: number } }>('/files/rooms')
    expect(rooms.body.response.current.id).toBe(1)
    expect(rooms.body.response.folders.map((f) => f.title)).toEqual(['Listed'])
    expect((await get<{ current: { id: number } }>('/files/ROOMS')).body.response.current.id).toBe(1)
    expect(Array.isArray((await get<unknown[]>('/files/fileops')).body.response)).toBe(true)
    expect(Array.isArray((await get<unknown[]>('/files/tags')).body.response)).toBe(true)
  })

  it('other literal GET routes of the server are not folder ids (the emulator does not serve them)', async () => {
    for (const literal of ['@my', '@root', 'recent', 'settings', 'thirdparty']) {
      const { status, body } = await get(`/files/${literal}`)
      expect([literal, status]).toEqual([literal, 404])
      expect(body.error?.message).toMatch(/^No API method matches GET /)
    }
  })

  it('GET fileops/move and fileops/checkdestfolder are literal routes too, not operation types', async () => {
    for (const literal of ['move', 'Move', 'checkdestfolder']) {
      const { status, body } = await get(`/files/fileops/${literal}`)
      expect([literal, status]).toEqual([literal, 404])
      expect(body.error?.message).toMatch(/^No API method matches GET /)
    }
    expect((await get<unknown[]>('/files/fileops/0')).status).toBe(200)
  })

  it('the Rooms and Archive system folders list rooms', async () => {
    emu.addRoom({ title: 'Active' })
    emu.addRoom({ title: 'Stored', archived: true })
    const active = await get<{ folders: { title: string }[] }>('/files/1')
    expect(active.body.response.folders.map((f) => f.title)).toEqual(['Active'])
    const archive = await get<{ folders: { title: string }[] }>('/files/2?filterValue=stor')
    expect(archive.body.response.folders.map((f) => f.title)).toEqual(['Stored'])
  })
})
