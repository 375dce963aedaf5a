// Room settings, pins and logos checked against DocSpace-server at tag v3.7.2-server (ed2994e74f9d). Paths are
// relative to that repository. Abbreviations:
//   VRC  products/ASC.Files/Server/Api/VirtualRoomsController.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   FDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FolderDao.cs
//   FDto products/ASC.Files/Core/ApiModels/ResponseDto/FolderDto.cs
//   RLM  products/ASC.Files/Core/Core/VirtualRooms/RoomLogoManager.cs
//   CTS  products/ASC.Files/Core/Core/VirtualRooms/CustomTagsService.cs
//   FMCO products/ASC.Files/Core/Services/WCFService/FileOperations/FileMoveCopyOperation.cs
import { formWithFile, jpegImage, pngImage } from '../support/images.js'
import { fitLogo, readImageHeader } from './images.js'
import { PIN_REFUSED, QUOTA_GREATER_THAN_PORTAL } from './settings-handlers.js'
import { startEmulator, type Emulator } from './server.js'

interface Answer {
  status: number
  body: { response: Record<string, unknown>; error?: { message: string; type: string } }
}

let emu: Emulator
const BOB = 'sk-bob'
const GIB = 1024 * 1024 * 1024

beforeAll(async () => {
  emu = await startEmulator({ operationDelayMs: 0, keys: { [BOB]: { scopes: ['*'], userId: 'user-bob' } } })
})
afterEach(() => {
  emu.reset()
  emu.state.userTypes.clear()
  emu.state.portalQuotaBytes = 100 * 1024 * GIB
  emu.state.roomQuota = { enabled: true, defaultQuota: 10 * GIB }
})
afterAll(() => emu.close())

async function json(method: string, path: string, body?: unknown, key = emu.apiKey): Promise<Answer> {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${emu.url}/api/2.0${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, body: (await res.json()) as Answer['body'] }
}

async function upload(data: Buffer, key = emu.apiKey): Promise<Answer> {
  const form = formWithFile(data)
  const res = await fetch(`${emu.url}/api/2.0/files/logos`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': form.contentType },
    body: form.body
  })
  return { status: res.status, body: (await res.json()) as Answer['body'] }
}

describe('PUT rooms/{id}: settings (FSS:1169-1378, FDao:1243-1310)', () => {
  it('stores quota, indexing, denyDownload, lifetime and color, and returns them in the room (FDto:111-159, 335-351, 405)', async () => {
    const room = emu.addRoom({ title: 'Data', roomType: 8 })
    const lifetime = { enabled: true, deletePermanently: false, period: 1, value: 6 }
    const { status, body } = await json('PUT', `/files/rooms/${room.id}`, {
      quota: 500 * 1024 * 1024,
      indexing: true,
      denyDownload: true,
      lifetime,
      color: 'FF0000'
    })
    expect(status).toBe(200)
    expect(body.response).toMatchObject({
      quotaLimit: 500 * 1024 * 1024,
      isCustomQuota: true,
      indexing: true,
      denyDownload: true,
      lifetime: { deletePermanently: false, period: 1, value: 6, enabled: true },
      logo: { color: 'FF0000' }
    })
    expect(emu.room(room.id)!.lifetime?.startDate).toBeInstanceOf(Date)
  })

  it('quota -1 is no limit; -2 and below are the portal default, shown as its value (FDao:1249-1252; FDto:349-350)', async () => {
    const room = emu.addRoom({ title: 'Q' })
    expect((await json('PUT', `/files/rooms/${room.id}`, { quota: -1 })).body.response).toMatchObject({
      quotaLimit: -1,
      isCustomQuota: true
    })
    await json('PUT', `/files/rooms/${room.id}`, { quota: -7 })
    expect(emu.room(room.id)!.quota).toBe(-2)
    const back = (await json('GET', `/files/rooms/${room.id}`)).body.response
    expect([back.quotaLimit, back.isCustomQuota]).toEqual([10 * GIB, false])
  })

  it('no quotaLimit while the portal has room quotas off, nor for an archived room (FDto:347)', async () => {
    emu.state.roomQuota.enabled = false
    const room = emu.addRoom({ title: 'Q' })
    expect((await json('GET', `/files/rooms/${room.id}`)).body.response).not.toHaveProperty('quotaLimit')
    emu.state.roomQuota.enabled = true
    const archived = emu.addRoom({ title: 'Old', archived: true })
    expect((await json('GET', `/files/rooms/${archived.id}`)).body.response).not.toHaveProperty('quotaLimit')
  })

  it('a quota above the portal total → 403, checked before the room is read (FSS:1172-1178)', async () => {
    emu.state.portalQuotaBytes = 2 * GIB
    const room = emu.addRoom({ title: 'Q' })
    const over = await json('PUT', `/files/rooms/${room.id}`, { quota: 3 * GIB, title: 'Renamed' })
    expect([over.status, over.body.error?.message]).toEqual([403, QUOTA_GREATER_THAN_PORTAL])
    expect(emu.room(room.id)!.title).toBe('Q')
    const unknown = await json('PUT', '/files/rooms/4242', { quota: 3 * GIB })
    expect(unknown.body.error?.message).toBe(QUOTA_GREATER_THAN_PORTAL)
  })

  it('lifetime enabled:false clears it; value outside 1..999 or an unknown period → 400 (FDao:1266-1276; RoomDataLifetimeDto.cs)', async () => {
    const room = emu.addRoom({ title: 'L' })
    await json('PUT', `/files/rooms/${room.id}`, { lifetime: { enabled: true, period: 0, value: 30 } })
    expect(emu.room(room.id)!.lifetime).toMatchObject({ period: 0, value: 30 })
    const cleared = await json('PUT', `/files/rooms/${room.id}`, { lifetime: { enabled: false } })
    expect(cleared.body.response).not.toHaveProperty('lifetime')
    const zero = await json('PUT', `/files/rooms/${room.id}`, { lifetime: { enabled: true, period: 0, value: 0 } })
    expect(zero.status).toBe(400)
    expect(zero.body.response).toMatchObject({
      errors: { 'Lifetime.Value': ['The field Value must be between 1 and 999.'] }
    })
    const period = await json('PUT', `/files/rooms/${room.id}`, { lifetime: { period: 5, value: 1 } })
    expect(period.body.response).toMatchObject({ errors: { 'Lifetime.Period': ['The field Period is invalid.'] } })
  })

  it('archived → 403 "You don\'t have permission to edit the room", nothing changed (FSS:1203-1208)', async () => {
    const room = emu.addRoom({ title: 'Old', archived: true })
    const res = await json('PUT', `/files/rooms/${room.id}`, { denyDownload: true })
    expect([res.status, res.body.error?.message]).toEqual([403, "You don't have permission to edit the room"])
    expect(emu.room(room.id)!.denyDownload).toBe(false)
  })

  it('a setting sent unchanged does not bump updated; a lifetime always does (FSS:1222-1234)', async () => {
    const t = new Date('2025-01-01T00:00:00Z')
    const room = emu.addRoom({ title: 'U', created: t, updated: t })
    await json('PUT', `/files/rooms/${room.id}`, { indexing: false, denyDownload: false, quota: -2 })
    expect(emu.room(room.id)!.updated).toEqual(t)
    await json('PUT', `/files/rooms/${room.id}`, { lifetime: { enabled: true, period: 2, value: 1 } })
    expect(emu.room(room.id)!.updated.getTime()).toBeGreaterThan(t.getTime())
  })

  it('archiving drops the lifetime (FMCO:599-602)', async () => {
    const room = emu.addRoom({ title: 'A' })
    await json('PUT', `/files/rooms/${room.id}`, { lifetime: { enabled: true, period: 0, value: 3 } })
    await json('PUT', `/files/rooms/${room.id}/archive`, { deleteAfter: false })
    expect(emu.room(room.id)!.archived).toBe(true)
    expect(emu.room(room.id)!.lifetime).toBeUndefined()
  })
})

describe('POST rooms: settings at create (VRC:85-98, FSS:895-1101)', () => {
  it('takes quota, indexing, denyDownload and lifetime; no quota or 0 leaves the default, -2 (FSS:977-1010; DbRoomSettings.cs:119-121)', async () => {
    const made = await json('POST', '/files/rooms', {
      title: 'VDR',
      roomType: 8,
      quota: GIB,
      indexing: true,
      denyDownload: true,
      lifetime: { enabled: true, deletePermanently: true, period: 2, value: 1 }
    })
    expect(made.body.response).toMatchObject({
      quotaLimit: GIB,
      indexing: true,
      denyDownload: true,
      lifetime: { deletePermanently: true, period: 2, value: 1, enabled: true }
    })
    const zero = await json('POST', '/files/rooms', { title: 'Z', roomType: 5, quota: 0 })
    expect(emu.room(zero.body.response.id as number)!.quota).toBe(-2)
  })

  it('a quota above the portal total → 403 and no room (FSS:960-966)', async () => {
    emu.state.portalQuotaBytes = GIB
    const res = await json('POST', '/files/rooms', { title: 'Big', roomType: 5, quota: 2 * GIB })
    expect([res.status, res.body.error?.message]).toEqual([403, QUOTA_GREATER_THAN_PORTAL])
    expect(emu.activeRooms()).toEqual([])
  })
})

describe('tags (VRC:684-712; CTS:46-54, 131-203; FSS:1380-1416)', () => {
  it('PUT rooms/{id} tags replaces the set; the tag endpoints add and remove only what they name', async () => {
    const room = emu.addRoom({ title: 'T', tags: ['pr:o/r#1', 'keep'] })
    await json('PUT', `/files/rooms/${room.id}/tags`, { names: ['new'] })
    await json('DELETE', `/files/rooms/${room.id}/tags`, { names: ['keep'] })
    expect(emu.room(room.id)!.tags).toEqual(['pr:o/r#1', 'new'])
    await json('PUT', `/files/rooms/${room.id}`, { tags: ['only'] })
    expect(emu.room(room.id)!.tags).toEqual(['only'])
  })
})

describe('pin and unpin (VRC:796-819 → FSS:4534-4588)', () => {
  it('per user: the caller sees its own pin; another user does not (FSS:4553; FDto:656)', async () => {
    const room = emu.addRoom({ title: 'P', createdBy: 'user-bob' })
    expect((await json('PUT', `/files/rooms/${room.id}/pin`)).body.response.pinned).toBe(true)
    expect((await json('GET', `/files/rooms/${room.id}`, undefined, BOB)).body.response.pinned).toBe(false)
    expect((await json('PUT', `/files/rooms/${room.id}/unpin`)).body.response.pinned).toBe(false)
  })

  it('only GET shows the pin: the answers of update, tags and logo read the room without it (FSS:196, 1196; CTS:133)', async () => {
    const room = emu.addRoom({ title: 'Pinned' })
    emu.state.pin(emu.state.adminUserId, room.id)
    expect((await json('GET', `/files/rooms/${room.id}`)).body.response.pinned).toBe(true)
    expect((await json('PUT', `/files/rooms/${room.id}`, { denyDownload: true })).body.response.pinned).toBe(false)
    expect((await json('PUT', `/files/rooms/${room.id}/tags`, { names: ['x'] })).body.response.pinned).toBe(false)
  })

  it('an eleventh pinned room, an archived room or a missing one → 403 (FSS:4541-4548, 4569-4572; FileUtility.cs:115)', async () => {
    for (let i = 0; i < 10; i++) {
      const r = emu.addRoom({ title: `R${i}` })
      expect((await json('PUT', `/files/rooms/${r.id}/pin`)).status).toBe(200)
    }
    const eleventh = emu.addRoom({ title: 'R10' })
    const res = await json('PUT', `/files/rooms/${eleventh.id}/pin`)
    expect([res.status, res.body.error?.message]).toEqual([403, PIN_REFUSED])
    const archived = emu.addRoom({ title: 'Old', archived: true })
    expect((await json('PUT', `/files/rooms/${archived.id}/pin`)).body.error?.message).toBe(PIN_REFUSED)
    expect((await json('PUT', '/files/rooms/4242/pin')).body.error?.message).toBe('The required folder was not found')
  })
})

describe('logos (VRC:723-732, 1049-1081; RLM:86-136, 283-319)', () => {
  it('upload then cut: the room gets the four sizes and loses its colour; the temporary image is used once', async () => {
    const room = emu.addRoom({ title: 'Logo' })
    const up = await upload(pngImage(2000, 1000))
    expect(up.status).toBe(200)
    expect(up.body.response).toMatchObject({ success: true })
    const tmpFile = up.body.response.data as string
    const name = tmpFile.split('/').at(-1)!
    // fitted into 1280x1280 keeping the aspect (UserPhotoThumbnailManager.cs:112-175)
    expect(emu.state.tempLogos.get(name)).toMatchObject({ width: 1280, height: 640 })
    const cut = await json('POST', `/files/rooms/${room.id}/logo`, { tmpFile, x: 320, y: 0, width: 640, height: 640 })
    expect(cut.status).toBe(200)
    const logo = cut.body.response.logo as Record<string, string>
    expect(logo.original).toMatch(new RegExp(`/${room.id}_original\\.png\\?hash=`))
    expect(logo).not.toHaveProperty('color')
    expect(emu.room(room.id)!.logo?.crop).toEqual({ x: 320, y: 0, width: 640, height: 640 })
    const again = await json('POST', `/files/rooms/${room.id}/logo`, { tmpFile, x: 0, y: 0, width: 1, height: 1 })
    expect([again.status, again.body.error?.message]).toEqual([404, 'File not found'])
  })

  it('failures are HTTP 200 with success false: too large, not PNG or JPEG, no file (VRC:1063-1078)', async () => {
    const big = await upload(pngImage(10, 10, 1024 * 1024))
    expect([big.status, big.body.response]).toEqual([
      200,
      { success: false, message: 'The maximum file size is exceeded (1 MB).' }
    ])
    const gif = await upload(Buffer.from('GIF89a\x01\x00\x01\x00'))
    expect(gif.body.response).toEqual({ success: false, message: 'unknown image file type' })
    const none = await json('POST', '/files/logos', {})
    expect([none.status, none.body.response]).toEqual([200, { success: false }])
  })

  it("only DocSpace and room admins may upload (VRC:1052-1057); another user's image → 403 (RLM:616-627)", async () => {
    emu.state.userTypes.set('user-bob', 'User')
    expect((await upload(pngImage(10, 10), BOB)).status).toBe(403)
    emu.state.userTypes.delete('user-bob')
    const bobs = (await upload(pngImage(10, 10), BOB)).body.response.data as string
    const room = emu.addRoom({ title: 'Mine' })
    const res = await json('POST', `/files/rooms/${room.id}/logo`, { tmpFile: bobs, x: 0, y: 0, width: 10, height: 10 })
    expect([res.status, res.body.error?.message]).toEqual([403, 'Access denied'])
  })

  it('an archived room refuses a logo (RLM:96-99); a missing one → 404 (RLM:91-94)', async () => {
    const tmpFile = (await upload(jpegImage(64, 64))).body.response.data as string
    const archived = emu.addRoom({ title: 'Old', archived: true })
    const res = await json('POST', `/files/rooms/${archived.id}/logo`, { tmpFile, x: 0, y: 0, width: 64, height: 64 })
    expect([res.status, res.body.error?.message]).toEqual([403, "You don't have permission to edit the room"])
    expect((await json('POST', '/files/rooms/4242/logo', { tmpFile, x: 0, y: 0, width: 1, height: 1 })).status).toBe(
      404
    )
  })

  it('create and update take a logo too: saved after the room is made or changed (FSS:1052-1055, 1375-1378)', async () => {
    const first = (await upload(pngImage(50, 50))).body.response.data as string
    const made = await json('POST', '/files/rooms', {
      title: 'With logo',
      roomType: 5,
      logo: { tmpFile: first, x: 0, y: 0, width: 50, height: 50 }
    })
    expect(made.status).toBe(200)
    expect(emu.room(made.body.response.id as number)!.logo?.crop).toEqual({ x: 0, y: 0, width: 50, height: 50 })
    // A used temporary file fails the create after the room was made.
    const again = await json('POST', '/files/rooms', {
      title: 'Second',
      roomType: 5,
      logo: { tmpFile: first, x: 0, y: 0, width: 50, height: 50 }
    })
    expect(again.status).toBe(404)
    expect(emu.activeRooms().map((r) => r.title)).toEqual(['With logo', 'Second'])
    const room = emu.addRoom({ title: 'Later' })
    const next = (await upload(pngImage(20, 20))).body.response.data as string
    const put = await json('PUT', `/files/rooms/${room.id}`, {
      denyDownload: true,
      logo: { tmpFile: next, x: 0, y: 0, width: 20, height: 20 }
    })
    expect(put.status).toBe(200)
    expect(emu.room(room.id)).toMatchObject({ denyDownload: true, logo: { width: 20, height: 20 } })
  })

  it('reads PNG and JPEG headers, and fits as TryParseImage does', () => {
    expect(readImageHeader(pngImage(3, 4))).toEqual({ format: 'png', width: 3, height: 4 })
    expect(readImageHeader(jpegImage(300, 200))).toEqual({ format: 'jpeg', width: 300, height: 200 })
    expect(readImageHeader(Buffer.from('not an image'))).toBeUndefined()
    expect(fitLogo(1000, 3000)).toEqual({ width: 427, height: 1280 })
    expect(fitLogo(800, 600)).toEqual({ width: 800, height: 600 })
  })
})
