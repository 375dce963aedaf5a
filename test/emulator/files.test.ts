// Folders, files, versions, uploads, downloads and deletes as the emulator serves them, each rule against
// DocSpace-server v3.7.2-server (sources cited where the emulator implements them: folder-handlers.ts,
// upload-handlers.ts, download.ts, entry-handlers.ts, trash.ts, names.ts).
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import type { Envelope, FileOperation, ProblemDetails } from '../support/docspace-json.js'
import { startEmulator, type Emulator } from './server.js'
import { ADMIN_USER_ID } from './state.js'

interface FileDto {
  id: number
  title: string
  folderId: number
  version: number
  versionGroup: number
  contentLength: string
  pureContentLength?: number
  comment?: string
  fileExst: string
  fileType: number
  fileStatus: number
  viewUrl: string
  webUrl: string
  created: string
  updated: string
  rootFolderType: number
}
interface FolderDto {
  id: number
  title: string
  parentId: number
  filesCount: number
  foldersCount: number
  type?: number
  roomType?: number
  usedSpace?: number
}
interface Content {
  files: FileDto[]
  folders: FolderDto[]
  current: FolderDto
  pathParts: Record<string, unknown>[]
  startIndex: number
  count: number
  total: number
}
interface Session {
  id: string
  path: number[]
  created: string
  expired: string
  location: string
  bytes_total: number
}
interface Uploaded {
  id: number
  folderId: number
  version: number
  title: string
  uploaded: boolean
  file?: FileDto
}

const OUTSIDER = '0d9d3c84-5f7e-4d39-9a5b-2a4c59f1b001'
let emu: Emulator

beforeAll(async () => {
  emu = await startEmulator({
    operationDelayMs: 0,
    keys: {
      'sk-files-read': { scopes: ['files:read'] },
      'sk-rooms-read': { scopes: ['rooms:read'] },
      'sk-outsider': { scopes: ['*'], userId: OUTSIDER }
    }
  })
})
afterEach(() => emu.reset())
afterAll(() => emu.close())

interface Call {
  json?: unknown
  form?: FormData
  key?: string | null
  headers?: Record<string, string>
}

async function api<T = unknown>(
  method: string,
  path: string,
  call: Call = {}
): Promise<{ status: number; body: Envelope<T>; res: Response }> {
  const res = await send(method, `/api/2.0${path}`, call)
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Envelope<T>, res }
}

function send(method: string, path: string, call: Call = {}): Promise<Response> {
  const headers: Record<string, string> = { ...call.headers }
  const key = call.key === undefined ? emu.apiKey : call.key
  if (key !== null) headers['Authorization'] = `Bearer ${key}`
  let body: string | FormData | undefined
  if (call.form) body = call.form
  else if (call.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(call.json)
  }
  return fetch(path.startsWith('http') ? path : `${emu.url}${path}`, { method, headers, body, redirect: 'manual' })
}

function fileForm(name: string, content: string | Buffer, field = 'file'): FormData {
  const form = new FormData()
  form.append(field, new Blob([content]), name)
  return form
}

const upload = (folderId: number | string, name: string, content: string | Buffer, query = '', field = 'file') =>
  api<FileDto[]>('POST', `/files/${folderId}/upload${query}`, { form: fileForm(name, content, field) })

const list = (folderId: number, query = '') => api<Content>('GET', `/files/${folderId}${query}`)

const sha = (b: string | Buffer): string => createHash('sha256').update(b).digest('hex')

describe('folders', () => {
  it('POST files/folder/{id} creates a folder; the same title again makes a second one (FSS:895-1040)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const first = await api<FolderDto>('POST', `/files/folder/${room.id}`, { json: { title: '  docs  ' } })
    expect(first.status).toBe(200)
    expect(first.body.response).toMatchObject({ title: 'docs', parentId: room.id, filesCount: 0, foldersCount: 0 })
    expect(first.body.response).not.toHaveProperty('type')
    expect(first.body.response).not.toHaveProperty('roomType')
    const second = await api<FolderDto>('POST', `/files/folder/${room.id}`, { json: { Title: 'docs' } })
    expect(second.body.response.id).not.toBe(first.body.response.id)
    expect(emu.tree(room.id).map((e) => e.path)).toEqual(['docs', 'docs'])
    const nested = await api<FolderDto>('POST', `/files/folder/${first.body.response.id}`, { json: { title: 'a:b*c' } })
    expect(nested.body.response).toMatchObject({ title: 'a_b_c', parentId: first.body.response.id })
  })

  it('title rules and refusals: 400 for blank/long/missing, 403 for Rooms, Archive, archived rooms and unknown parents', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const archived = emu.addRoom({ title: 'Old', archived: true })
    const blank = await api('POST', `/files/folder/${room.id}`, { json: { title: '   ' } })
    expect([blank.status, blank.body.error?.message]).toEqual([
      400,
      "The value cannot be an empty string. (Parameter 'title')"
    ])
    const long = await api<ProblemDetails>('POST', `/files/folder/${room.id}`, { json: { title: 'x'.repeat(166) } })
    expect(long.body.response.errors).toEqual({
      Title: ['The field Title must be a string with a maximum length of 165.']
    })
    expect((await api('POST', `/files/folder/${room.id}`, { json: {} })).status).toBe(400)
    const noJson = await send('POST', `/api/2.0/files/folder/${room.id}`, { headers: { 'Content-Type': 'text/plain' } })
    expect(noJson.status).toBe(415)
    for (const parent of [1, 2, archived.id]) {
      const r = await api('POST', `/files/folder/${parent}`, { json: { title: 'x' } })
      expect([parent, r.status, r.body.error?.message]).toEqual([
        parent,
        403,
        "You don't have enough permission to create"
      ])
    }
    // FSS:923-926: a missing parent is an InvalidOperationException, 403 — not 404
    const missing = await api('POST', '/files/folder/999999', { json: { title: 'x' } })
    expect([missing.status, missing.body.error?.message]).toEqual([403, 'The required folder was not found'])
    expect((await api('POST', '/files/folder/abc', { json: { title: 'x' } })).status).toBe(404)
  })

  it('GET files/folder/{id}: the folder, a room, or 404', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const d = emu.addFolder(room.id, 'docs')
    emu.addFile(d.id, 'a.txt', 'a')
    expect((await api<FolderDto>('GET', `/files/folder/${d.id}`)).body.response).toMatchObject({
      id: d.id,
      title: 'docs',
      parentId: room.id,
      filesCount: 1
    })
    expect((await api<FolderDto>('GET', `/files/folder/${room.id}`)).body.response).toMatchObject({ roomType: 5 })
    const missing = await api('GET', '/files/folder/999999')
    expect([missing.status, missing.body.error?.message]).toEqual([404, 'The required folder was not found'])
  })

  it('GET files/{folderId} of a sub-folder: its entries, current = the folder, pathParts down to it', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const a = emu.addFolder(room.id, 'a')
    const b = emu.addFolder(a.id, 'b')
    emu.addFile(b.id, 'deep.txt', 'x')
    const { status, body } = await list(a.id)
    expect(status).toBe(200)
    expect(body.response.folders.map((f) => [f.title, f.parentId, f.filesCount])).toEqual([['b', a.id, 1]])
    expect(body.response.files).toEqual([])
    expect(body.response.current).toMatchObject({
      id: a.id,
      title: 'a',
      parentId: room.id,
      filesCount: 1,
      foldersCount: 1
    })
    expect(body.response.pathParts).toEqual([
      { id: 1, title: 'Rooms', folderType: 14 },
      { id: room.id, title: 'Docs', roomType: 5, folderType: 19 },
      { id: a.id, title: 'a', folderType: 0 }
    ])
    // the room counts everything below it (AbstractQueries.cs:221-233)
    expect((await list(room.id)).body.response.current).toMatchObject({ filesCount: 1, foldersCount: 2 })
  })
})

describe('recursive scans (FileDao.cs:2611-2617, FolderDao.cs:2173-2179)', () => {
  function tree() {
    const room = emu.addRoom({ title: 'Tree' })
    const a = emu.addFolder(room.id, 'a')
    const b = emu.addFolder(a.id, 'b')
    const c = emu.addFolder(room.id, 'c')
    const f1 = emu.addFile(room.id, 'root.md', '1')
    const f2 = emu.addFile(a.id, 'in-a.md', '22')
    const f3 = emu.addFile(b.id, 'in-b.md', '333')
    return { room, a, b, c, f1, f2, f3 }
  }

  it('filterType=1&withSubFolders=true lists every file below, folderId = the direct parent, no folders', async () => {
    const t = tree()
    const { body } = await list(t.room.id, '?filterType=1&withSubFolders=true')
    expect(body.response.folders).toEqual([])
    expect(body.response.files.map((f) => [f.id, f.folderId]).sort()).toEqual(
      [
        [t.f1.id, t.room.id],
        [t.f2.id, t.a.id],
        [t.f3.id, t.b.id]
      ].sort()
    )
    expect(body.response.total).toBe(3)
    // withSubFolders defaults to true (FoldersController.cs:280): filterType=1 alone recurses too
    expect((await list(t.room.id, '?filterType=FilesOnly')).body.response.total).toBe(3)
    expect((await list(t.room.id, '?filterType=1&withSubFolders=false')).body.response.files.map((f) => f.id)).toEqual([
      t.f1.id
    ])
  })

  it('filterType=2&withSubFolders=true lists every folder at any depth with its parentId, no files', async () => {
    const t = tree()
    const { body } = await list(t.room.id, '?filterType=2&withSubFolders=true')
    expect(body.response.files).toEqual([])
    expect(body.response.folders.map((f) => [f.title, f.parentId]).sort()).toEqual(
      [
        ['a', t.room.id],
        ['b', t.a.id],
        ['c', t.room.id]
      ].sort()
    )
    expect(body.response.total).toBe(3)
  })

  it('without a filter only direct children are listed, folders before files', async () => {
    const t = tree()
    const { body } = await list(t.room.id)
    expect(body.response.folders.map((f) => f.title).sort()).toEqual(['a', 'c'])
    expect(body.response.files.map((f) => f.title)).toEqual(['root.md'])
    expect(body.response.total).toBe(3)
  })

  it('extension and filterValue recurse too; applyFilterOption=Files keeps folders unfiltered (EM:395-402)', async () => {
    const t = tree()
    emu.addFile(t.c.id, 'notes.txt', 'n')
    const ext = await list(t.room.id, '?extension=md')
    expect(ext.body.response.files.map((f) => f.title).sort()).toEqual(['in-a.md', 'in-b.md', 'root.md'])
    const value = await list(t.room.id, '?filterValue=IN-')
    expect(value.body.response.files.map((f) => f.title).sort()).toEqual(['in-a.md', 'in-b.md'])
    const filesOnly = await list(t.room.id, '?filterType=1&applyFilterOption=Files')
    expect(filesOnly.body.response.folders.map((f) => f.title).sort()).toEqual(['a', 'c'])
    expect(filesOnly.body.response.files).toHaveLength(4)
  })

  it('pages: folders first, then files; count ≤ 100; startIndex across the boundary; total', async () => {
    const room = emu.addRoom({ title: 'Paged' })
    for (let i = 0; i < 3; i++) emu.addFolder(room.id, `d${i}`)
    for (let i = 0; i < 4; i++)
      emu.addFile(room.id, `f${i}.txt`, 'x', { updated: new Date(Date.UTC(2025, 0, 1, 0, i)) })
    const p1 = await list(room.id, '?count=2&startIndex=0&sortBy=AZ')
    expect(p1.body.response.folders.map((f) => f.title)).toEqual(['d0', 'd1'])
    expect(p1.body.response.files).toEqual([])
    expect(p1.body.response).toMatchObject({ count: 2, total: 7, startIndex: 0 })
    const p2 = await list(room.id, '?count=2&startIndex=2&sortBy=AZ')
    expect([p2.body.response.folders.map((f) => f.title), p2.body.response.files.map((f) => f.title)]).toEqual([
      ['d2'],
      ['f0.txt']
    ])
    const p3 = await list(room.id, '?count=2&startIndex=4&sortBy=AZ')
    expect(p3.body.response.files.map((f) => f.title)).toEqual(['f1.txt', 'f2.txt'])
    const tooMany = await api<ProblemDetails>('GET', `/files/${room.id}?count=101`)
    expect(tooMany.body.response.errors).toEqual({ count: ['The field Count must be between 1 and 100.'] })
  })

  it('fields= projects the recursive scan to what a sync needs', async () => {
    const t = tree()
    const fields = 'files.id,files.title,files.folderId,files.version,files.pureContentLength,files.comment,total'
    const { body } = await list(t.room.id, `?filterType=1&withSubFolders=true&fields=${fields}`)
    const resp = body.response as unknown as { files: Record<string, unknown>[]; total: number }
    expect(Object.keys(resp).sort()).toEqual(['files', 'total'])
    const f3 = resp.files.find((f) => f['id'] === t.f3.id)!
    expect(f3).toEqual({ id: t.f3.id, title: 'in-b.md', folderId: t.b.id, version: 1, pureContentLength: 3 })
  })
})

describe('FileDto (FileDto.cs:461-500, 736-745)', () => {
  it('version, group, sizes, extension, URLs; pureContentLength left out for 0 bytes', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.addFile(room.id, 'Report.PDF', Buffer.alloc(1536), { comment: 'sha256:abc' })
    emu.addFile(room.id, 'empty.txt', '')
    emu.addFile(room.id, 'Makefile.', '1,000 bytes'.padEnd(1000, '.'))
    const files = (await list(room.id, '?sortBy=AZ')).body.response.files
    const [empty, makefile, report] = files
    expect(report).toMatchObject({
      title: 'Report.PDF',
      version: 1,
      versionGroup: 1,
      contentLength: '1.5 KB',
      pureContentLength: 1536,
      fileExst: '.pdf',
      fileType: 10,
      comment: 'sha256:abc',
      fileStatus: 0,
      viewUrl: `${emu.portalUrl}/filehandler.ashx?action=download&fileid=${report!.id}`,
      webUrl: `${emu.portalUrl}/doceditor?fileid=${report!.id}&version=1`
    })
    expect(empty).toMatchObject({ title: 'empty.txt', contentLength: '0 bytes' })
    expect(empty).not.toHaveProperty('pureContentLength')
    expect(empty).not.toHaveProperty('comment')
    expect(makefile).toMatchObject({ fileExst: '', fileType: 0, contentLength: '1,000 bytes' })
  })
})

describe('single upload: POST files/{folderId}/upload', () => {
  it('a new file: [FileDto], no comment, the bytes stored; the `File` field name works too', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const { status, body } = await upload(room.id, 'notes.md', '# hi')
    expect(status).toBe(200)
    expect(body.count).toBe(1)
    expect(body.response).toHaveLength(1)
    expect(body.response[0]).toMatchObject({ title: 'notes.md', version: 1, folderId: room.id, pureContentLength: 4 })
    expect(body.response[0]).not.toHaveProperty('comment')
    expect(emu.fileBytes(body.response[0]!.id).toString()).toBe('# hi')
    // Pipedream sends `File`: ASP.NET matches form file names ignoring case (FormFileModelBinder)
    const pipedream = await upload(room.id, 'other.md', 'x', '', 'File')
    expect(pipedream.status).toBe(200)
  })

  it('the same title (any case) becomes version 2 with comment "Uploaded" and takes the new title (FU:99-113)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const first = (await upload(room.id, 'README.md', 'one')).body.response[0]!
    const second = await upload(room.id, 'readme.MD', 'two')
    expect(second.body.response[0]).toMatchObject({
      id: first.id,
      title: 'readme.md',
      version: 2,
      versionGroup: 2,
      comment: 'Uploaded'
    })
    expect(emu.fileVersions(first.id).map((v) => [v.version, v.title, v.comment, v.sha256])).toEqual([
      [1, 'README.md', null, sha('one')],
      [2, 'readme.md', 'Uploaded', sha('two')]
    ])
    expect((await list(room.id)).body.response.files).toHaveLength(1)
  })

  it('createNewIfExist=true saves "name (1).ext", then "(2)" (Global.cs:264-301)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    await upload(room.id, 'a.txt', '1')
    expect((await upload(room.id, 'a.txt', '2', '?createNewIfExist=true')).body.response[0]!.title).toBe('a (1).txt')
    expect((await upload(room.id, 'a.txt', '3', '?createNewIfExist=true')).body.response[0]!.title).toBe('a (2).txt')
    const bad = await api<ProblemDetails>('POST', `/files/${room.id}/upload?createNewIfExist=yes`, {
      form: fileForm('b.txt', 'x')
    })
    expect(bad.body.response.errors).toEqual({
      createNewIfExist: ["The value 'yes' is not valid for CreateNewIfExist."]
    })
  })

  it('a file open in the editor is not versioned: a second file of the same title (FU:142-151)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const f = emu.addFile(room.id, 'doc.txt', 'x')
    emu.setEditing(f.id, true)
    const r = await upload(room.id, 'doc.txt', 'y')
    expect(r.body.response[0]).toMatchObject({ title: 'doc.txt', version: 1 })
    expect(r.body.response[0]!.id).not.toBe(f.id)
    // fileStatus IsEditing (File.cs:51-54)
    expect((await api<FileDto>('GET', `/files/file/${f.id}`)).body.response.fileStatus).toBe(1)
    expect((await list(room.id)).body.response.files.map((x) => x.title)).toEqual(['doc.txt', 'doc.txt'])
  })

  it('title rewrite: invalid characters, 170 characters, lower-case extension, Makefile → "Makefile." (FiDao:524-526)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const title = async (name: string): Promise<string> => (await upload(room.id, name, 'x')).body.response[0]!.title
    expect(await title('a:b*c?.TXT')).toBe('a_b_c_.txt')
    expect(await title('dir/evil.txt')).toBe('dir_evil.txt')
    expect(await title('dir\\win.txt')).toBe('dir_win.txt')
    expect(await title('🙂.md')).toBe('__.md')
    expect(await title('  padded.md  ')).toBe('padded.md')
    expect(await title('..')).toBe('..')
    const long = await title(`${'n'.repeat(200)}.markdown`)
    expect([long.length, long.endsWith('.markdown')]).toEqual([170, true])
    expect(await title('Makefile')).toBe('Makefile.')
    // "Makefile" is looked up as sent and does not match "Makefile.": another file, not a version
    const again = await upload(room.id, 'Makefile', 'y')
    expect(again.body.response[0]).toMatchObject({ title: 'Makefile.', version: 1 })
    // the name with its dot round-trips
    expect((await upload(room.id, 'Makefile.', 'z')).body.response[0]).toMatchObject({ version: 2 })
  })

  it('refusals: 400 no file, 404 unknown folder, 403 Rooms/archived/no rights, 415 format filter', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const archived = emu.addRoom({ title: 'Old', archived: true })
    const noFile = await api('POST', `/files/${room.id}/upload`, { form: fileForm('a.txt', 'x', 'other') })
    expect([noFile.status, noFile.body.error?.message]).toEqual([
      400,
      "Value cannot be null. (Parameter 'uploadModel.File')"
    ])
    const json = await api('POST', `/files/${room.id}/upload`, { json: { file: 'x' } })
    expect(json.status).toBe(400)
    const missing = await upload(999999, 'a.txt', 'x')
    expect([missing.status, missing.body.error]).toEqual([
      404,
      expect.objectContaining({
        message: 'The required folder was not found',
        type: 'ASC.Common.Web.ItemNotFoundException'
      })
    ])
    for (const target of [1, 2, archived.id]) {
      const r = await upload(target, 'a.txt', 'x')
      expect([target, r.status, r.body.error?.message]).toEqual([target, 403, 'Access denied'])
    }
    emu.state.addUser({ email: 'outsider@example.com', id: OUTSIDER, type: 'User' })
    const outsider = await api('POST', `/files/${room.id}/upload`, { form: fileForm('a.txt', 'x'), key: 'sk-outsider' })
    expect(outsider.status).toBe(403)
    emu.setUploadFilter(['.md', '.txt'])
    const exe = await upload(room.id, 'tool.EXE', 'x')
    expect([exe.status, exe.body.error]).toEqual([
      415,
      { message: "Sorry, this file format isn't supported", type: null, stack: null, hresult: 0 }
    ])
    expect((await upload(room.id, 'ok.MD', 'x')).status).toBe(200)
    expect(emu.tree(room.id).map((e) => e.path)).toEqual(['ok.md'])
  })

  it('scopes: files:write for the upload; files:read is refused before the body is read', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const r = await api('POST', `/files/${room.id}/upload`, { form: fileForm('a.txt', 'x'), key: 'sk-files-read' })
    expect(r.status).toBe(403)
    expect(emu.tree(room.id)).toEqual([])
  })

  it('size: over min(100 MB, free space, tariff MaxFileSize) → 402; over the request-body limit → 400 (FU:127-134)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.availableFileSize = 10
    const big = await upload(room.id, 'big.bin', 'x'.repeat(11))
    expect([big.status, big.body.error?.message, big.body.error?.type]).toEqual([
      402,
      'The maximum file size is exceeded (10 bytes).',
      'ASC.Core.Tenants.TenantQuotaException'
    ])
    emu.state.availableFileSize = 100 * 1024 * 1024
    emu.state.maxFileSize = 5
    expect((await upload(room.id, 'big.bin', 'x'.repeat(6))).body.error?.message).toBe(
      'The maximum file size is exceeded (5 bytes).'
    )
    emu.state.maxFileSize = 1024 ** 4
    emu.state.maxRequestBodyBytes = 1000
    const huge = await api<ProblemDetails>('POST', `/files/${room.id}/upload`, {
      form: fileForm('h.bin', 'y'.repeat(5000))
    })
    expect(huge.status).toBe(400)
    expect(huge.body.response.errors).toEqual({
      '': ['Failed to read the request form. Request body too large. The max request body size is 1000 bytes.']
    })
    expect(emu.tree(room.id)).toEqual([])
  })

  it('room quota: a file may overshoot once, up to twice the quota; then 402 (FiDao:444-468)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.setFileLimits({ room: { id: room.id, quota: 100 } })
    expect((await upload(room.id, 'a.bin', 'x'.repeat(150))).status).toBe(200)
    const refused = await upload(room.id, 'b.bin', 'x'.repeat(10))
    expect([refused.status, refused.body.error?.message]).toEqual([402, 'Room space quota exceeded (100 bytes).'])
    // versions count against the quota too
    room.quota = 1000
    await upload(room.id, 'a.bin', 'y'.repeat(150))
    expect((await api<FolderDto>('GET', `/files/folder/${room.id}`)).body.response.usedSpace).toBe(300)
  })

  it('uploaded bytes live on disk, not in memory', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const id = (await upload(room.id, 'disk.bin', Buffer.alloc(4096, 7))).body.response[0]!.id
    const file = emu.file(id)!
    expect(file.stored?.bytes).toBeUndefined()
    expect(existsSync(file.stored!.path!)).toBe(true)
    expect(file.stored!.sha256).toBe(sha(Buffer.alloc(4096, 7)))
  })
})

describe('version comments and the editor', () => {
  it('PUT files/file/{id}/comment sets a version comment, cut to 255 (FSS:2155-2186, FileDao.cs:1486-1497)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const id = (await upload(room.id, 'a.md', 'x')).body.response[0]!.id
    const set = await api<string>('PUT', `/files/file/${id}/comment`, { json: { version: 1, comment: 'sha256:abc' } })
    expect([set.status, set.body.response]).toEqual([200, 'sha256:abc'])
    expect((await list(room.id)).body.response.files[0]!.comment).toBe('sha256:abc')
    const long = await api<string>('PUT', `/files/file/${id}/comment`, {
      json: { version: '1', comment: 'c'.repeat(300) }
    })
    expect(long.body.response).toHaveLength(255)
    const noVersion = await api('PUT', `/files/file/${id}/comment`, { json: { version: 7, comment: 'x' } })
    expect([noVersion.status, noVersion.body.error?.message]).toEqual([403, 'The required file was not found'])
    expect((await api('PUT', `/files/file/${id}/comment`, { json: { comment: 'x' } })).status).toBe(400)
    expect((await api('PUT', '/files/file/999999/comment', { json: { version: 1 } })).status).toBe(403)
    // an upload onto it writes "Uploaded" on the new version; the old one keeps its comment
    await upload(room.id, 'a.md', 'y')
    await api('PUT', `/files/file/${id}/comment`, { json: { version: 1, comment: 'old' } })
    expect(emu.fileVersions(id).map((v) => v.comment)).toEqual(['old', 'Uploaded'])
  })

  it('an editor save: version+1 with the comment "Edited" (EntryManager.cs:1430-1433)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const id = (await upload(room.id, 'a.docx', 'v1')).body.response[0]!.id
    await api('PUT', `/files/file/${id}/comment`, { json: { version: 1, comment: 'sha256:v1' } })
    emu.editorSave(id, 'v2 from the editor')
    const dto = (await api<FileDto>('GET', `/files/file/${id}`)).body.response
    expect(dto).toMatchObject({ version: 2, comment: 'Edited', pureContentLength: 18 })
    const history = (await api<FileDto[]>('GET', `/files/file/${id}/history`)).body.response
    expect(history.map((f) => [f.version, f.comment])).toEqual([
      [2, 'Edited'],
      [1, 'sha256:v1']
    ])
    expect((await api<FileDto>('GET', `/files/file/${id}?version=1`)).body.response.pureContentLength).toBe(2)
    expect((await api('GET', '/files/file/999999')).status).toBe(404)
  })
})

/** The 3.7 chunked family with a 10-byte chunk size, so a few bytes make several chunks. */
describe('chunked upload: POST files/{folderId}/session and its chunks', () => {
  beforeEach(() => {
    emu.state.chunkUploadSize = 10
  })

  const session = (folderId: number, body: Record<string, unknown>) =>
    api<Session>('POST', `/files/${folderId}/session`, { json: body })
  const chunk = (folderId: number, id: string, content: string, suffix = '') =>
    api<Uploaded>('POST', `/files/${folderId}/session/${id}${suffix}`, { form: fileForm('blob', content) })

  it('creates a session; the file appears only with the last chunk: 201, comment "Uploaded"', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const created = await session(room.id, { fileName: 'big.bin', fileSize: 25 })
    expect(created.status).toBe(200)
    const s = created.body.response
    expect(Object.keys(s)).toEqual(['id', 'path', 'created', 'expired', 'location', 'bytes_total'])
    expect(s.id).toMatch(/^[0-9a-f]{32}$/)
    expect(s).toMatchObject({
      path: [1, room.id],
      bytes_total: 25,
      location: `${emu.portalUrl}/ChunkedUploader.ashx?uid=${s.id}`
    })
    expect(Date.parse(s.expired) - Date.parse(s.created)).toBe(12 * 3600 * 1000)
    const one = await chunk(room.id, s.id, '0123456789')
    expect([one.status, one.body.response.uploaded, one.body.response.id]).toEqual([200, false, 0])
    await chunk(room.id, s.id, 'abcdefghij')
    expect(emu.tree(room.id)).toEqual([])
    const last = await chunk(room.id, s.id, 'KLMNO')
    expect(last.status).toBe(201)
    expect(last.body.statusCode).toBe(201)
    expect(last.body.response).toMatchObject({ folderId: room.id, version: 1, title: 'big.bin', uploaded: true })
    expect(last.body.response).not.toHaveProperty('providerKey')
    expect(last.body.response.file).toMatchObject({ comment: 'Uploaded', pureContentLength: 25 })
    expect(emu.fileBytes(last.body.response.id).toString()).toBe('0123456789abcdefghijKLMNO')
    expect(emu.state.uploadSessions.size).toBe(0)
  })

  it('numbered chunks in any order, then PUT …/finalize; missing bytes → 400', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const s = (await session(room.id, { fileName: 'n.bin', fileSize: 25 })).body.response
    for (const [n, c] of [
      [2, 'bbbbbbbbbb'],
      [1, 'aaaaaaaaaa']
    ] as const) {
      const r = await chunk(room.id, s.id, c, `/upload?chunkNumber=${n}`)
      expect(r.body.response).toMatchObject({ id: s.id, path: [room.id], bytes_total: 25 })
    }
    const early = await api('PUT', `/files/${room.id}/session/${s.id}/finalize`)
    expect([early.status, early.body.error?.message]).toEqual([400, 'uploadSize != bytesTotal'])
    await chunk(room.id, s.id, 'ccccc', '/upload?chunkNumber=3')
    const done = await api<Uploaded>('PUT', `/files/${room.id}/session/${s.id}/finalize`)
    expect([done.status, done.body.response.uploaded]).toEqual([201, true])
    expect(emu.fileBytes(done.body.response.id).toString()).toBe('aaaaaaaaaabbbbbbbbbbccccc')
  })

  it('the count rule: the first ceil(size / chunk size) chunks must add up to the size (CommonChunkedUploadSessionHolder.cs:66-92)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const s = (await session(room.id, { fileName: 'small-chunks.bin', fileSize: 25 })).body.response
    for (let i = 0; i < 5; i++) expect((await chunk(room.id, s.id, '12345')).body.response.uploaded).toBe(false)
    expect(emu.tree(room.id)).toEqual([])
    expect((await api('PUT', `/files/${room.id}/session/${s.id}/finalize`)).status).toBe(400)
  })

  it('a chunk over the chunk size → 402; an unknown session → 500; abort drops it (no response, count 0)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const s = (await session(room.id, { fileName: 'x.bin', fileSize: 25 })).body.response
    const big = await chunk(room.id, s.id, 'x'.repeat(11))
    expect([big.status, big.body.error?.message]).toEqual([402, 'The maximum file size is exceeded (100 MB).'])
    const unknown = await chunk(room.id, 'ffffffffffffffffffffffffffffffff', 'x')
    expect([unknown.status, unknown.body.error?.type]).toEqual([500, 'System.NullReferenceException'])
    await chunk(room.id, s.id, '0123456789')
    const abort = await api('DELETE', `/files/${room.id}/session/${s.id}`)
    expect(abort.status).toBe(200)
    expect(Object.keys(abort.body)).toEqual(['count', 'links', 'status', 'statusCode'])
    expect(abort.body).toMatchObject({ count: 0, status: 0, statusCode: 200 })
    expect((await chunk(room.id, s.id, 'x')).status).toBe(500)
    expect(emu.tree(room.id)).toEqual([])
  })

  it('a session below the chunk size saves on its first chunk; its declared size is what pureContentLength says', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const s = (await session(room.id, { fileName: 'small.txt', fileSize: 8 })).body.response
    const r = await chunk(room.id, s.id, 'abcde')
    expect(r.status).toBe(201)
    expect(r.body.response.file).toMatchObject({ pureContentLength: 8 })
    expect(emu.fileBytes(r.body.response.id).toString()).toBe('abcde')
    // the session stays: a chunk sent again is a new version (FileDao.cs:1703-1716, 1747-1762)
    const again = await chunk(room.id, s.id, 'vwxyz')
    expect(again.body.response).toMatchObject({ id: r.body.response.id, version: 2 })
  })

  it('same title → a version that keeps the stored title; createNewIfExist → "name (1).ext"', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const first = (await upload(room.id, 'README.md', 'one')).body.response[0]!
    const s = (await session(room.id, { fileName: 'readme.MD', fileSize: 3 })).body.response
    const v2 = await chunk(room.id, s.id, 'two')
    expect(v2.body.response).toMatchObject({ id: first.id, version: 2, title: 'README.md' })
    expect(v2.body.response.file).toMatchObject({ comment: 'Uploaded', versionGroup: 2 })
    const n = (await session(room.id, { fileName: 'README.md', fileSize: 3, createNewIfExist: true })).body.response
    expect((await chunk(room.id, n.id, 'new')).body.response.title).toBe('README (1).md')
  })

  it('relativePath creates the folders at once (they stay if the upload is abandoned); matching ignores case', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const s = (await session(room.id, { fileName: 'a.md', fileSize: 30, relativePath: 'docs/api' })).body.response
    expect(emu.tree(room.id).map((e) => e.path)).toEqual(['docs', 'docs/api'])
    expect(s.path.slice(0, 2)).toEqual([1, room.id])
    await chunk(room.id, s.id, '0123456789')
    expect(emu.tree(room.id).filter((e) => e.kind === 'file')).toEqual([])
    const t = (await session(room.id, { fileName: 'b.md', fileSize: 1, relativePath: 'Docs/API' })).body.response
    await chunk(room.id, t.id, 'b')
    expect(emu.tree(room.id).map((e) => e.path)).toEqual(['docs', 'docs/api', 'docs/api/b.md'])
  })

  it('refusals at creation: 402 size, 415 format, 404 unknown folder, 403 archived, 400 no fileName', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const archived = emu.addRoom({ title: 'Old', archived: true })
    emu.state.maxFileSize = 100
    expect((await session(room.id, { fileName: 'a.bin', fileSize: 101 })).status).toBe(402)
    emu.state.uploadFilter = ['.md']
    expect((await session(room.id, { fileName: 'a.bin', fileSize: 1 })).status).toBe(415)
    const missing = await session(999999, { fileName: 'a.md', fileSize: 1 })
    expect([missing.status, missing.body.error?.type]).toEqual([404, 'System.IO.DirectoryNotFoundException'])
    expect((await session(archived.id, { fileName: 'a.md', fileSize: 1 })).status).toBe(403)
    expect((await session(room.id, { fileSize: 1 })).status).toBe(400)
  })

  it('the room quota is checked when the last chunk arrives: 402 and nothing visible', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    room.quota = 10
    const s = (await session(room.id, { fileName: 'q.bin', fileSize: 25 })).body.response
    await chunk(room.id, s.id, '0123456789')
    await chunk(room.id, s.id, '0123456789')
    const last = await chunk(room.id, s.id, '01234')
    expect([last.status, last.body.error?.message]).toEqual([402, 'Room space quota exceeded (10 bytes).'])
    expect(emu.tree(room.id)).toEqual([])
  })
})

describe('obsolete chunked upload: create_session → ChunkedUploader.ashx?uid=', () => {
  beforeEach(() => {
    emu.state.chunkUploadSize = 10
  })

  const ashx = async (location: string, content: string | undefined, key: string | null = emu.apiKey) => {
    const res = await send(
      'POST',
      location,
      content === undefined ? { key } : { key, form: fileForm('blob', content, 'anything') }
    )
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (await res.json()) as Record<string, unknown>
    }
  }

  it('answers outside the envelope: 200 for a chunk, 201 with the file for the last (ChunkedUploaderHandler.cs:117-167)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const created = await api<{ success: boolean; data: Session }>('POST', `/files/${room.id}/upload/create_session`, {
      json: { fileName: 'obsolete.bin', fileSize: 15, createOn: '2024-05-01T10:00:00Z' }
    })
    expect(created.body.response.success).toBe(true)
    const { location } = created.body.response.data
    const first = await ashx(location, '0123456789', 'sk-rooms-read')
    expect([first.status, first.type]).toEqual([200, 'application/json'])
    expect(first.body).toMatchObject({ success: true, message: '', data: { path: [room.id], bytes_total: 15 } })
    const last = await ashx(location, 'abcde')
    expect(last.status).toBe(201)
    expect(Object.keys(last.body)).toEqual(['success', 'data', 'message'])
    const data = last.body['data'] as Record<string, unknown>
    expect(Object.keys(data)).toEqual(['id', 'folderId', 'version', 'title', 'uploaded', 'file'])
    expect(data).toMatchObject({ folderId: room.id, version: 1, title: 'obsolete.bin', uploaded: true })
    expect(data['file']).toMatchObject({ created: '2024-05-01T10:00:00.0000000Z', comment: 'Uploaded' })
  })

  it('errors are HTTP 200 with success false', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const s = (
      await api<{ data: Session }>('POST', `/files/${room.id}/upload/create_session`, {
        json: { fileName: 'e.bin', fileSize: 15 }
      })
    ).body.response.data
    const base = `${emu.url}/ChunkedUploader.ashx?uid=`
    expect(await ashx(`${base}ffffffffffffffffffffffffffffffff`, 'x')).toMatchObject({
      status: 200,
      body: { success: false, message: 'Object reference not set to an instance of an object.' }
    })
    const notAuthorized = {
      success: false,
      message: 'Not authorized or session with specified upload id already expired'
    }
    expect((await ashx(s.location, 'x', null)).body).toEqual(notAuthorized)
    emu.state.addUser({ email: 'outsider@example.com', id: OUTSIDER, type: 'RoomAdmin' })
    expect((await ashx(s.location, 'x', 'sk-outsider')).body).toEqual(notAuthorized)
    expect((await ashx(s.location, 'x'.repeat(11))).body).toMatchObject({
      success: false,
      message: 'The maximum file size is exceeded (100 MB).'
    })
    expect((await ashx(s.location, undefined)).body).toEqual({ success: false, message: 'HttpRequest.Files is empty' })
    expect((await ashx(`${s.location}&abort=true`, undefined)).body).toEqual({ success: true, message: '' })
    expect((await ashx(s.location, 'x')).body['success']).toBe(false)
  })
})

describe('ChunkedUploader.ashx upload=true / finalize=true (ChunkedUploaderHandler.cs:170-234)', () => {
  beforeEach(() => {
    emu.state.chunkUploadSize = 10
  })

  async function obsoleteSession(roomId: number, fileSize: number): Promise<Session> {
    const r = await api<{ data: Session }>('POST', `/files/${roomId}/upload/create_session`, {
      json: { fileName: 'async.bin', fileSize }
    })
    return r.body.response.data
  }

  /** A one-part body written by hand, with exactly the headers given. */
  function rawPart(headers: string[], content: string): { body: string; type: string } {
    const b = 'emulatorboundary'
    return {
      body: `--${b}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n${content}\r\n--${b}--\r\n`,
      type: `multipart/form-data; boundary=${b}`
    }
  }

  const post = async (url: string, part: { body: string; type: string }) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${emu.apiKey}`, 'Content-Type': part.type },
      body: part.body
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }

  it('chunks with their two part headers count right; finalize=true saves the file (201)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const s = await obsoleteSession(room.id, 15)
    const headers = [
      'Content-Disposition: form-data; name="file"; filename="blob"',
      'Content-Type: application/octet-stream'
    ]
    for (const [n, c] of [
      [1, '0123456789'],
      [2, 'abcde']
    ] as const) {
      const r = await post(`${s.location}&upload=true&chunkNumber=${n}`, rawPart(headers, c))
      expect(r).toMatchObject({ status: 200, body: { success: true, data: { id: s.id } } })
    }
    const done = await fetch(`${s.location}&finalize=true`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${emu.apiKey}` }
    })
    expect(done.status).toBe(201)
    const data = ((await done.json()) as { data: Uploaded }).data
    expect(emu.fileBytes(data.id).toString()).toBe('0123456789abcde')
  })

  it('a part with one header is counted two bytes long per chunk: the finalize fails', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const s = await obsoleteSession(room.id, 15)
    const headers = ['Content-Disposition: form-data; name="file"; filename="blob"']
    await post(`${s.location}&upload=true&chunkNumber=1`, rawPart(headers, '0123456789'))
    await post(`${s.location}&upload=true&chunkNumber=2`, rawPart(headers, 'abcde'))
    const done = await fetch(`${s.location}&finalize=true`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${emu.apiKey}` }
    })
    expect([done.status, await done.json()]).toEqual([200, { success: false, message: 'uploadSize != bytesTotal' }])
    expect(emu.tree(room.id)).toEqual([])
  })
})

describe('downloads: /filehandler.ashx?action=download', () => {
  it('streams the bytes with the API key, any scope; old versions by &version; 403 without a key, 404 unknown', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const dto = (await upload(room.id, 'notes.txt', 'version one')).body.response[0]!
    await upload(room.id, 'notes.txt', 'version two!')
    const res = await send('GET', dto.viewUrl, { key: 'sk-rooms-read' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=notes.txt')
    expect(res.headers.get('content-type')).toBe('text/plain')
    expect(res.headers.get('content-length')).toBe('12')
    expect(await res.text()).toBe('version two!')
    expect(await (await send('GET', `${dto.viewUrl}&version=1`)).text()).toBe('version one')
    const anonymous = await send('GET', dto.viewUrl, { key: null })
    expect([anonymous.status, await anonymous.text()]).toEqual([403, ''])
    expect((await send('GET', `${emu.url}/filehandler.ashx?action=download&fileid=999999`)).status).toBe(404)
    expect((await send('GET', `${dto.viewUrl}&version=9`)).status).toBe(404)
  })

  it('Range: 206 with " bytes a-b/n"; a bad range → 400 text/html (FileHandler.ashx.cs:506-560)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const f = emu.addFile(room.id, 'r.txt', '0123456789')
    const url = `${emu.url}/filehandler.ashx?action=download&fileid=${f.id}`
    const part = await send('GET', url, { headers: { Range: 'bytes=2-4' } })
    expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 2-4/10', '234'])
    const bad = await send('GET', url, { headers: { Range: 'bytes=-5' } })
    expect([bad.status, bad.headers.get('content-type')]).toEqual([400, 'text/html; charset=utf-8'])
  })

  it('non-ASCII titles get filename*; hostile titles planted in state are served as they are', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const dots = emu.addFolder(room.id, '..')
    const f = emu.addFile(dots.id, '../../étc/passwd', 'root')
    expect(emu.tree(room.id).map((e) => e.path)).toEqual(['..', '../../../étc/passwd'])
    const listing = await list(room.id, '?filterType=1')
    expect(listing.body.response.files[0]).toMatchObject({ title: '../../étc/passwd', folderId: dots.id })
    const res = await send('GET', `${emu.url}/filehandler.ashx?action=download&fileid=${f.id}`)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="..%2F..%2F%C3%A9tc%2Fpasswd"; filename*=UTF-8\'\'..%2F..%2F%C3%A9tc%2Fpasswd'
    )
  })

  it('storage redirect: 302 to the storage server, which refuses a request carrying Authorization (400)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const f = emu.addFile(room.id, 'big.bin', Buffer.alloc(100, 1))
    emu.setStorageRedirect(true)
    const res = await send('GET', `${emu.url}/filehandler.ashx?action=download&fileid=${f.id}`)
    expect(res.status).toBe(302)
    const location = res.headers.get('location')!
    expect(location.startsWith(`${emu.storage.url}/`)).toBe(true)
    const withAuth = await send('GET', location)
    expect(withAuth.status).toBe(400)
    expect(await withAuth.text()).toContain('<Code>InvalidArgument</Code>')
    const plain = await send('GET', location, { key: null })
    expect(plain.status).toBe(200)
    expect(Buffer.from(await plain.arrayBuffer())).toEqual(Buffer.alloc(100, 1))
    expect(emu.storage.requests.map((r) => [r.authorization, r.status])).toEqual([
      [true, 400],
      [false, 200]
    ])
  })

  it('over-send (hostile): more bytes than pureContentLength declares, Content-Length included', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const f = emu.addFile(room.id, 'a.txt', 'abc')
    emu.setOverSend(5)
    const res = await send('GET', `${emu.url}/filehandler.ashx?action=download&fileid=${f.id}`)
    expect(res.headers.get('content-length')).toBe('8')
    expect(await res.text()).toBe('abcxxxxx')
    expect((await list(room.id)).body.response.files[0]!.pureContentLength).toBe(3)
  })

  it('a large chunked upload round-trips through disk (3 MiB in 1 MiB chunks)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.chunkUploadSize = 1024 * 1024
    const bytes = Buffer.alloc(3 * 1024 * 1024)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff
    const s = (
      await api<Session>('POST', `/files/${room.id}/session`, { json: { fileName: 'big.bin', fileSize: bytes.length } })
    ).body.response
    let last: Uploaded | undefined
    for (let at = 0; at < bytes.length; at += 1024 * 1024) {
      const form = new FormData()
      form.append('file', new Blob([bytes.subarray(at, at + 1024 * 1024)]), 'big.bin')
      last = (await api<Uploaded>('POST', `/files/${room.id}/session/${s.id}`, { form })).body.response
    }
    expect(last!.uploaded).toBe(true)
    const res = await send('GET', last!.file!.viewUrl)
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(bytes))
  })
})

describe('delete: PUT files/fileops/delete', () => {
  async function finished(opId: string): Promise<FileOperation> {
    for (;;) {
      const ops = (await api<FileOperation[]>('GET', `/files/fileops?id=${opId}`)).body.response
      if (ops[0]?.finished) return ops[0]
      if (ops.length === 0) throw new Error('operation gone')
    }
  }

  it('moves files and folders into the Trash (restorable), never permanently unless immediately', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const d = emu.addFolder(room.id, 'old')
    emu.addFile(d.id, 'inside.txt', 'i')
    const f = emu.addFile(room.id, 'gone.txt', 'g')
    const keep = emu.addFile(room.id, 'keep.txt', 'k')
    const r = await api<FileOperation[]>('PUT', '/files/fileops/delete', {
      json: { fileIds: [f.id], folderIds: [String(d.id)], deleteAfter: false, returnSingleOperation: true }
    })
    expect(r.status).toBe(200)
    expect(r.body.response).toHaveLength(1)
    const op = r.body.response[0]!
    expect(op).toMatchObject({ Operation: 2 })
    const done = op.finished ? op : await finished(op.id)
    expect(done).toMatchObject({ error: '', finished: true })
    expect(emu.tree(room.id).map((e) => e.path)).toEqual(['keep.txt'])
    expect(emu.state.trash.map((t) => [t.kind, t.entry.id, t.userId])).toEqual([
      ['file', f.id, ADMIN_USER_ID],
      ['folder', d.id, ADMIN_USER_ID]
    ])
    expect(emu.state.deletions.every((x) => !x.permanent)).toBe(true)
    // the Trash is not browsable through the folder (FSS:347-350); its owner may still download from it
    const trashed = await list(d.id)
    expect([trashed.status, trashed.body.error?.message]).toEqual([
      403,
      'You are not allowed to preview the elements in the Trash'
    ])
    expect(await (await send('GET', `${emu.url}/filehandler.ashx?action=download&fileid=${f.id}`)).text()).toBe('g')
    emu.restoreFromTrash(d.id)
    expect(
      emu
        .tree(room.id)
        .map((e) => e.path)
        .sort()
    ).toEqual(['keep.txt', 'old', 'old/inside.txt'])
    // immediately: gone for good, not in the Trash
    await api('PUT', '/files/fileops/delete', { json: { fileIds: [keep.id], immediately: true } })
    expect(emu.state.deletions.at(-1)).toMatchObject({ id: keep.id, permanent: true })
    expect(emu.state.trash.some((t) => t.entry.id === keep.id)).toBe(false)
  })

  it('pre-check: 404 unknown, 403 editing / room without immediately / archived room', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const archived = emu.addRoom({ title: 'Old', archived: true })
    const editing = emu.addFile(room.id, 'e.txt', 'e', { editing: true })
    const old = emu.addFile(archived.id, 'o.txt', 'o')
    const del = (json: unknown) => api('PUT', '/files/fileops/delete', { json })
    const unknown = await del({ fileIds: [999999] })
    expect([unknown.status, unknown.body.error?.message]).toEqual([404, 'The required file was not found'])
    expect((await del({ folderIds: [999999] })).status).toBe(404)
    for (const body of [{ fileIds: [editing.id] }, { folderIds: [room.id] }, { fileIds: [old.id] }]) {
      const r = await del(body)
      expect([r.status, r.body.error?.message]).toEqual([403, 'Access denied'])
    }
    expect((await del({ fileIds: [], folderIds: [] })).body.response).toEqual([])
    expect((await del({ immediately: 'yes' })).status).toBe(400)
    expect(emu.state.deletions).toEqual([])
  })
})
