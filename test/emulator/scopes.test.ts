// API-key scopes as DocSpace-server v3.7.2-server checks them
// (common/ASC.Api.Core/Auth/AuthorizationExtension.cs:39-91,
// common/ASC.Api.Core/Auth/ApiKeyBearerAuthHandler.cs:72-80,
// common/ASC.Api.Core/Middleware/ApiKeyScopesFilter.cs). The expectations
// below are written out by hand from those sources, not computed by the
// emulator's own functions.
import { authorizePolicy, keyClaims } from './auth.js'
import { ROUTES } from './routes.js'
import { startEmulator, type Emulator } from './server.js'
import { ADMIN_USER_ID } from './state.js'

const V = 'api/{version:apiVersion}'

const ROOMS_READ = ['*:read', '*:write', 'rooms:read', 'rooms:write']
const ROOMS_WRITE = ['*:write', 'rooms:write']
const FILES_READ = ['*:read', '*:write', 'files:read', 'files:write']
const FILES_WRITE = ['*:write', 'files:write']
const GLOBAL_READ = ['*:read', '*:write']
const GLOBAL_WRITE = ['*:write']
const ACCOUNTS_READ = ['*:read', '*:write', 'accounts:read', 'accounts:write']

const sorted = (xs: readonly string[] | null): string[] | null => (xs === null ? null : [...xs].sort())

describe('authorizePolicy: first matching ScopesMap entry, unanchored, plus the globals', () => {
  const table: [method: string, template: string, accepted: string[] | null, note: string][] = [
    // served by the emulator
    ['GET', `${V}/files/rooms`, ROOMS_READ, 'VirtualRoomsController.cs:911'],
    ['POST', `${V}/files/rooms`, ROOMS_WRITE, 'VirtualRoomsController.cs:87'],
    ['GET', `${V}/files/rooms/{id}`, ROOMS_READ, 'VirtualRoomsController.cs:327'],
    ['PUT', `${V}/files/rooms/{id}/archive`, ROOMS_WRITE, 'VirtualRoomsController.cs:435'],
    ['DELETE', `${V}/files/rooms/{id}/tags`, ROOMS_WRITE, 'VirtualRoomsController.cs:702'],
    ['POST', `${V}/files/rooms/{id}/logo`, ROOMS_WRITE, 'VirtualRoomsController.cs:723'],
    ['PUT', `${V}/files/rooms/{id}/pin`, ROOMS_WRITE, 'VirtualRoomsController.cs:798'],
    ['POST', `${V}/files/logos`, FILES_WRITE, 'VirtualRoomsController.cs:1049'],
    ['GET', `${V}/files/fileops`, FILES_READ, 'OperationController.cs:166'],
    ['GET', `${V}/files/fileops/{operationType}`, FILES_READ, 'OperationController.cs:190'],
    ['POST', `${V}/files/{folderId}/text`, FILES_WRITE, 'FilesController.cs:277'],
    ['GET', `${V}/files/{folderId}`, FILES_READ, 'FoldersController.cs:270'],
    // not served by the emulator
    ['PUT', `${V}/files/fileops/terminate/{id?}`, FILES_WRITE, 'OperationController.cs:358'],
    ['PUT', `${V}/files/rooms/{id}/share`, ROOMS_WRITE, 'VirtualRoomsController.cs:485'],
    ['GET', `${V}/files/rooms/{id}/share`, ROOMS_READ, 'VirtualRoomsController.cs:574'],
    ['GET', `${V}/files/rooms/{id}/link`, ROOMS_READ, 'VirtualRoomsController.cs:671: a GET that may create a link'],
    ['GET', `${V}/files/rooms/{id}/links`, ROOMS_READ, 'VirtualRoomsController.cs:639'],
    ['PUT', `${V}/files/rooms/{id}/links`, ROOMS_WRITE, 'VirtualRoomsController.cs:597'],
    ['GET', `${V}/people/email`, ACCOUNTS_READ, 'UserController.cs:1050'],
    ['GET', `${V}/files/roomtemplate/status`, FILES_READ, '"files/roomt…" is not "files/rooms": falls to GET files'],
    ['GET', `${V}/files/group`, FILES_READ, 'Files GroupsController: the files entry comes before the group entry'],
    [
      'GET',
      `${V}/people/@self`,
      ['*:read', '*:write', 'accounts.self:read', 'accounts.self:write'],
      'UserController.cs:1590'
    ],
    ['DELETE', `${V}/people/@self`, ['*:write', 'accounts.self:write'], 'UserController.cs:759'],
    ['GET', `${V}/people`, ['*:read', '*:write', 'accounts:read', 'accounts:write'], 'UserController.cs:989'],
    ['DELETE', `${V}/people/{userid}`, ['*:write', 'accounts:write'], 'UserController.cs:685'],
    [
      'GET',
      `${V}/group/{id:guid}`,
      ['*:read', '*:write', 'accounts:read'],
      'People GroupsController.cs:111 (no accounts:write)'
    ],
    ['POST', `${V}/group`, ['*:write', 'accounts:write'], 'People GroupsController.cs:153'],
    ['GET', `${V}/keys/@self`, null, 'ApiKeysController.cs:166: the "*" entry = no policy'],
    ['GET', `${V}/keys/@sel`, null, '"@self?" is a regex: the f is optional (hypothetical template)'],
    ['GET', `${V}/keys`, GLOBAL_READ, 'ApiKeysController.cs:132: no entry, globals only'],
    ['GET', `${V}/keys/permissions`, GLOBAL_READ, 'ApiKeysController.cs:107'],
    ['POST', `${V}/keys`, GLOBAL_WRITE, 'ApiKeysController.cs:58'],
    ['GET', `${V}/authentication`, GLOBAL_READ, 'AuthenticationController: no entry'],
    ['PATCH', `${V}/files/rooms/{id}`, GLOBAL_WRITE, 'a method the map does not name']
  ]
  it.each(table)('%s %s', (method, template, accepted) => {
    expect(sorted(authorizePolicy(template, method))).toEqual(sorted(accepted))
  })

  it('tests against the raw template text, so a concrete path matches nothing', () => {
    // "GET api/2.0/files/rooms" would match too; the server never passes paths, only RawText.
    expect(sorted(authorizePolicy('api/{version:apiVersion}/files/rooms', 'GET'))).toEqual(sorted(ROOMS_READ))
    expect(sorted(authorizePolicy('/files/rooms', 'GET'))).toEqual(sorted(GLOBAL_READ))
  })
})

describe('keyClaims (ApiKeyBearerAuthHandler.cs:72-80)', () => {
  it('gives *:write to keys without permissions or with "*", else exactly the permissions', () => {
    expect([...keyClaims([])]).toEqual(['*:write'])
    expect([...keyClaims(['*'])]).toEqual(['*:write'])
    expect([...keyClaims(['rooms:read', '*'])]).toEqual(['*:write'])
    expect([...keyClaims(['*:read'])]).toEqual(['*:read'])
    expect([...keyClaims(['rooms:write', 'files:read'])]).toEqual(['rooms:write', 'files:read'])
  })
})

// ---------------------------------------------------------------------------

interface RouteCase {
  method: string
  template: string
  anonymous: boolean
  accepted: string[]
  path: (roomId: number) => string
  body?: unknown
  /** a body made per request (a FormData cannot be sent twice) */
  makeBody?: () => unknown
  /** the status an admitted call gets, default 200 */
  ok?: number
}

/** An upload session of the admin user put straight into state (as POST …/session would make it). */
function seededSession(roomId: number, bytesTotal: number): string {
  const id = `scoped${Math.random().toString(16).slice(2)}`
  const now = new Date()
  emu.state.uploadSessions.set(id, {
    id,
    userId: ADMIN_USER_ID,
    folderId: roomId,
    roomId,
    title: 'big.bin',
    bytesTotal,
    useChunks: bytesTotal >= emu.state.chunkUploadSize,
    created: now,
    expired: new Date(now.getTime() + 3_600_000),
    chunks: new Map(),
    chunksUploaded: 0
  })
  return id
}

function chunkForm(): FormData {
  const form = new FormData()
  form.append('file', new Blob(['x']), 'big.bin')
  return form
}

const CASES: RouteCase[] = [
  { method: 'GET', template: `${V}/files/rooms`, anonymous: false, accepted: ROOMS_READ, path: () => '/files/rooms' },
  {
    method: 'POST',
    template: `${V}/files/rooms`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: () => '/files/rooms',
    body: { title: 'New', roomType: 5 }
  },
  {
    method: 'GET',
    template: `${V}/files/rooms/{id}`,
    anonymous: true,
    accepted: ROOMS_READ,
    path: (r) => `/files/rooms/${r}`
  },
  {
    method: 'PUT',
    template: `${V}/files/rooms/{id}`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}`,
    body: { title: 'Renamed' }
  },
  {
    method: 'DELETE',
    template: `${V}/files/rooms/{id}`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}`,
    body: { deleteAfter: false }
  },
  {
    method: 'PUT',
    template: `${V}/files/rooms/{id}/archive`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}/archive`,
    body: { deleteAfter: false }
  },
  {
    method: 'PUT',
    template: `${V}/files/rooms/{id}/unarchive`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}/unarchive`,
    body: {}
  },
  {
    method: 'PUT',
    template: `${V}/files/rooms/{id}/tags`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}/tags`,
    body: { names: ['t'] }
  },
  {
    method: 'DELETE',
    template: `${V}/files/rooms/{id}/tags`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}/tags`,
    body: { names: ['t'] }
  },
  {
    method: 'POST',
    template: `${V}/files/rooms/{id}/logo`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => {
      // A temporary image of the keys' user to cut the logo from (POST /files/logos would make it).
      emu.state.tempLogos.set(`scoped_${ADMIN_USER_ID}.png`, {
        userId: ADMIN_USER_ID,
        format: 'png',
        width: 10,
        height: 10
      })
      return `/files/rooms/${r}/logo`
    },
    body: { tmpFile: `scoped_${ADMIN_USER_ID}.png`, x: 0, y: 0, width: 10, height: 10 }
  },
  {
    method: 'PUT',
    template: `${V}/files/rooms/{id}/pin`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}/pin`
  },
  {
    method: 'PUT',
    template: `${V}/files/rooms/{id}/unpin`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}/unpin`
  },
  {
    // a JSON body binds as an empty form: HTTP 200 {success: false}
    method: 'POST',
    template: `${V}/files/logos`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: () => '/files/logos',
    body: {}
  },
  {
    method: 'PUT',
    template: `${V}/files/rooms/{id}/share`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}/share`,
    body: { invitations: [] }
  },
  {
    method: 'GET',
    template: `${V}/files/rooms/{id}/share`,
    anonymous: false,
    accepted: ROOMS_READ,
    path: (r) => `/files/rooms/${r}/share`
  },
  {
    method: 'GET',
    template: `${V}/files/rooms/{id}/link`,
    anonymous: false,
    accepted: ROOMS_READ,
    path: (r) => `/files/rooms/${r}/link`
  },
  {
    method: 'GET',
    template: `${V}/files/rooms/{id}/links`,
    anonymous: false,
    accepted: ROOMS_READ,
    path: (r) => `/files/rooms/${r}/links`
  },
  {
    method: 'PUT',
    template: `${V}/files/rooms/{id}/links`,
    anonymous: false,
    accepted: ROOMS_WRITE,
    path: (r) => `/files/rooms/${r}/links`,
    body: { linkType: 1, access: 2 }
  },
  {
    method: 'GET',
    template: `${V}/people/email`,
    anonymous: false,
    accepted: ACCOUNTS_READ,
    path: () => '/people/email?email=admin@example.com'
  },
  {
    method: 'GET',
    template: `${V}/files/fileops`,
    anonymous: true,
    accepted: FILES_READ,
    path: () => '/files/fileops'
  },
  {
    method: 'GET',
    template: `${V}/files/fileops/{operationType}`,
    anonymous: true,
    accepted: FILES_READ,
    path: () => '/files/fileops/2' // Delete; "move" is the literal route GET fileops/move
  },
  { method: 'GET', template: `${V}/files/tags`, anonymous: false, accepted: FILES_READ, path: () => '/files/tags' },
  {
    method: 'POST',
    template: `${V}/files/tags`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: () => '/files/tags',
    body: { name: 'n' }
  },
  {
    method: 'POST',
    template: `${V}/files/{folderId}/text`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/${r}/text`,
    body: { title: 'README', content: 'hello' }
  },
  {
    method: 'GET',
    template: `${V}/files/{folderId}`,
    anonymous: true,
    accepted: FILES_READ,
    path: (r) => `/files/${r}`
  },
  // Folders, uploads, versions, deletes (FILES-FACTS §U.2: all files:write for writes, files:read for reads)
  {
    method: 'POST',
    template: `${V}/files/folder/{folderId}`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/folder/${r}`,
    body: { title: 'docs' }
  },
  {
    method: 'GET',
    template: `${V}/files/folder/{folderId}`,
    anonymous: true,
    accepted: FILES_READ,
    path: (r) => `/files/folder/${r}`
  },
  {
    method: 'POST',
    template: `${V}/files/{folderId}/upload`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/${r}/upload`,
    makeBody: chunkForm
  },
  {
    method: 'POST',
    template: `${V}/files/{folderId}/upload/create_session`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/${r}/upload/create_session`,
    body: { fileName: 'a.txt', fileSize: 3 }
  },
  {
    method: 'POST',
    template: `${V}/files/{folderId}/session`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/${r}/session`,
    body: { fileName: 'a.txt', fileSize: 3 }
  },
  {
    // one byte of a 20 MiB session: the pending answer, 200
    method: 'POST',
    template: `${V}/files/{folderId}/session/{sessionId}`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/${r}/session/${seededSession(r, 20 * 1024 * 1024)}`,
    makeBody: chunkForm
  },
  {
    method: 'POST',
    template: `${V}/files/{folderId}/session/{sessionId}/upload`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/${r}/session/${seededSession(r, 20 * 1024 * 1024)}/upload?chunkNumber=1`,
    makeBody: chunkForm
  },
  {
    // a chunk-less session finalised: 201 (UploadController.cs:332)
    method: 'PUT',
    template: `${V}/files/{folderId}/session/{sessionId}/finalize`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/${r}/session/${seededSession(r, 3)}/finalize`,
    ok: 201
  },
  {
    method: 'DELETE',
    template: `${V}/files/{folderId}/session/{sessionId}`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/${r}/session/${seededSession(r, 3)}`
  },
  {
    method: 'PUT',
    template: `${V}/files/file/{fileId}/comment`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: (r) => `/files/file/${emu.addFile(r, 'a.txt', 'x').id}/comment`,
    body: { version: 1, comment: 'sha256:0' }
  },
  {
    method: 'GET',
    template: `${V}/files/file/{fileId}`,
    anonymous: true,
    accepted: FILES_READ,
    path: (r) => `/files/file/${emu.addFile(r, 'a.txt', 'x').id}`
  },
  {
    method: 'GET',
    template: `${V}/files/file/{fileId}/history`,
    anonymous: true,
    accepted: FILES_READ,
    path: (r) => `/files/file/${emu.addFile(r, 'a.txt', 'x').id}/history`
  },
  {
    method: 'PUT',
    template: `${V}/files/fileops/delete`,
    anonymous: false,
    accepted: FILES_WRITE,
    path: () => '/files/fileops/delete',
    body: { fileIds: [], folderIds: [] }
  }
]

/** permissions the key was created with -> the scope claims it carries */
const KEYS: { label: string; key: string; permissions: string[]; claims: string[] }[] = [
  { label: 'rooms:read', key: 'sk-t-rooms-read', permissions: ['rooms:read'], claims: ['rooms:read'] },
  { label: 'rooms:write', key: 'sk-t-rooms-write', permissions: ['rooms:write'], claims: ['rooms:write'] },
  { label: 'files:read', key: 'sk-t-files-read', permissions: ['files:read'], claims: ['files:read'] },
  { label: 'files:write', key: 'sk-t-files-write', permissions: ['files:write'], claims: ['files:write'] },
  { label: 'accounts:read', key: 'sk-t-accounts-read', permissions: ['accounts:read'], claims: ['accounts:read'] },
  { label: '*:read', key: 'sk-t-global-read', permissions: ['*:read'], claims: ['*:read'] },
  { label: '*:write', key: 'sk-t-global-write', permissions: ['*:write'], claims: ['*:write'] },
  { label: '*', key: 'sk-t-star', permissions: ['*'], claims: ['*:write'] },
  { label: 'none', key: 'sk-t-none', permissions: [], claims: ['*:write'] },
  {
    label: 'rooms:write+files:read',
    key: 'sk-t-action',
    permissions: ['rooms:write', 'files:read'],
    claims: ['rooms:write', 'files:read']
  }
]

let emu: Emulator

beforeAll(async () => {
  emu = await startEmulator({
    operationDelayMs: 0,
    keys: Object.fromEntries(KEYS.map((k) => [k.key, { scopes: k.permissions }]))
  })
})
afterEach(() => emu.reset())
afterAll(() => emu.close())

function call(method: string, path: string, body: unknown, authorization: string | null): Promise<Response> {
  const headers: Record<string, string> = {}
  if (authorization !== null) headers['Authorization'] = authorization
  if (body instanceof FormData) return fetch(`${emu.url}/api/2.0${path}`, { method, headers, body })
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  return fetch(`${emu.url}/api/2.0${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
}

async function expectApiKeyFilter403(res: Response): Promise<void> {
  expect(res.status).toBe(403)
  expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
  const body = (await res.json()) as Record<string, unknown>
  expect(Object.keys(body)).toEqual(['type', 'title', 'status', 'traceId'])
  expect(body).toMatchObject({
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.4',
    title: 'Forbidden',
    status: 403
  })
  expect(body['traceId']).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/)
}

describe('every served route has its server template, [AllowAnonymous] flag and policy', () => {
  it('covers exactly the routes of routes.ts', () => {
    const served = ROUTES.map((r) => `${r.method} ${r.template}`).sort()
    expect(CASES.map((c) => `${c.method} ${c.template}`).sort()).toEqual(served)
  })
  it.each(CASES.map((c) => [`${c.method} ${c.template}`, c] as const))('%s', (_, c) => {
    const route = ROUTES.find((r) => r.method === c.method && r.template === c.template)!
    expect(route.anonymous).toBe(c.anonymous)
    expect(sorted(route.policy)).toEqual(sorted(c.accepted))
  })
})

describe('403-or-not for every route x key', () => {
  const combos = CASES.flatMap((c) =>
    KEYS.map((k) => [`${c.method} ${c.template}`, k.label, c, k, c.accepted.some((s) => k.claims.includes(s))] as const)
  )
  it.each(combos)('%s with a %s key', async (_route, _key, c, k, allowed) => {
    const room = emu.addRoom({ title: 'Scoped' })
    const res = await call(c.method, c.path(room.id), c.makeBody ? c.makeBody() : c.body, `Bearer ${k.key}`)
    if (allowed) {
      expect(res.status).toBe(c.ok ?? 200)
    } else if (c.anonymous) {
      await expectApiKeyFilter403(res)
    } else {
      expect(res.status).toBe(403)
      expect(await res.text()).toBe('')
    }
  })
})

describe('facts the action depends on', () => {
  it('README.txt: refused for a rooms:write+files:read key, accepted with files:write or *:write', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const readme = { title: 'README', content: 'Managed by CI' }
    const refused = await call('POST', `/files/${room.id}/text`, readme, 'Bearer sk-t-action')
    expect(refused.status).toBe(403)
    expect(await refused.text()).toBe('')
    expect(emu.room(room.id)!.files).toEqual([])
    expect((await call('POST', `/files/${room.id}/text`, readme, 'Bearer sk-t-files-write')).status).toBe(200)
    expect(emu.room(room.id)!.files.map((f) => f.title)).toEqual(['README.txt'])
    expect((await call('POST', `/files/${room.id}/text`, readme, 'Bearer sk-t-global-write')).status).toBe(200)
  })

  it('the rooms:write+files:read key may read a room, its content and the operations', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    for (const path of [`/files/rooms/${room.id}`, `/files/${room.id}?filterValue=readme`, '/files/fileops']) {
      expect((await call('GET', path, undefined, 'Bearer sk-t-action')).status).toBe(200)
    }
  })

  it('GET /files/fileops needs files:read, files:write, *:read or *:write', async () => {
    for (const k of KEYS) {
      const res = await call('GET', '/files/fileops', undefined, `Bearer ${k.key}`)
      const expected = ['files:read', 'files:write', '*:read', '*:write'].some((s) => k.claims.includes(s))
      expect([k.label, res.status]).toEqual([k.label, expected ? 200 : 403])
    }
  })

  it('a wrong sk- key: ApiKeyScopesFilter 403 on [AllowAnonymous] endpoints, bodiless 401 elsewhere', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    for (const path of [`/files/rooms/${room.id}`, '/files/fileops', `/files/${room.id}`]) {
      await expectApiKeyFilter403(await call('GET', path, undefined, 'Bearer sk-not-a-key'))
    }
    const listing = await call('GET', '/files/rooms', undefined, 'Bearer sk-not-a-key')
    expect(listing.status).toBe(401)
    expect(await listing.text()).toBe('')
    // Not an API-key request (no "Bearer sk-"), so the filter stays out; the
    // emulator answers unauthenticated callers 401 everywhere.
    for (const auth of [null, 'Bearer not-a-key', 'sk-t-action']) {
      const res = await call('GET', `/files/rooms/${room.id}`, undefined, auth)
      expect(res.status).toBe(401)
      expect(await res.text()).toBe('')
    }
  })

  it('members: PUT …/share needs rooms:write, GET …/share and …/link rooms:read, people/email accounts:read', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const invite = { invitations: [{ email: 'x@example.com', access: 2 }] }
    expect((await call('PUT', `/files/rooms/${room.id}/share`, invite, 'Bearer sk-t-rooms-read')).status).toBe(403)
    expect((await call('PUT', `/files/rooms/${room.id}/share`, invite, 'Bearer sk-t-action')).status).toBe(200)
    expect((await call('GET', `/files/rooms/${room.id}/link`, undefined, 'Bearer sk-t-rooms-read')).status).toBe(200)
    const lookup = '/people/email?email=admin@example.com'
    expect((await call('GET', lookup, undefined, 'Bearer sk-t-action')).status).toBe(403)
    expect((await call('GET', lookup, undefined, 'Bearer sk-t-accounts-read')).status).toBe(200)
  })

  it('checks scopes before the body: a refused write never reaches model binding', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const res = await fetch(`${emu.url}/api/2.0/files/rooms/${room.id}`, {
      method: 'PUT',
      headers: { Authorization: 'Bearer sk-t-rooms-read', 'Content-Type': 'text/plain' },
      body: 'not json'
    })
    expect(res.status).toBe(403)
  })
})
