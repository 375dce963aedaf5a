// Room settings on create and update, if-missing and exclude-tags, end to end against the emulator: what the step
// outputs, and what DocSpace holds afterwards.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { imageSize } from 'image-size'
import { jpegImage, pngImage } from '../support/images.js'
import { useEmulator } from './helpers.js'
import { ADMIN_USER_ID } from '../emulator/state.js'

const ROOMS_ONLY_KEY = 'sk-rooms-write-files-read-0123'
const env = useEmulator({
  operationDelayMs: 0,
  keys: { [ROOMS_ONLY_KEY]: { scopes: ['rooms:write', 'files:read'] } }
})
const MIB = 1024 * 1024
const ADMIN = ADMIN_USER_ID

/** A workspace with the given files, as GITHUB_WORKSPACE. */
function workspace(files: Record<string, Buffer | string> = {}): { GITHUB_WORKSPACE: string } {
  const dir = mkdtempSync(join(tmpdir(), 'workspace-'))
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), data)
  }
  return { GITHUB_WORKSPACE: dir }
}

const writes = () => env.emulator.requests.filter((r) => r.method !== 'GET')
const roomOutput = (outputs: Record<string, string>) => JSON.parse(outputs.room!) as Record<string, unknown>

describe('create with settings', () => {
  it('sends quota, file lifetime, deny-download and colour in the create request', async () => {
    const run = await env.run({
      operation: 'create',
      title: 'Policy room',
      quota: '500 MB',
      'file-lifetime': '6 Months',
      'file-lifetime-permanent': 'true',
      'deny-download': 'true',
      color: '#1e88e5'
    })
    expect(run.exitCode).toBe(0)
    const id = Number(run.outputs['room-id'])
    expect(env.emulator.room(id)).toMatchObject({
      quota: 500 * MIB,
      denyDownload: true,
      color: '1E88E5',
      lifetime: { period: 1, value: 6, deletePermanently: true }
    })
    expect(writes().map((r) => [r.method, r.path])).toEqual([['POST', '/files/rooms']])
    expect(roomOutput(run.outputs)).toMatchObject({
      quotaLimit: 500 * MIB,
      isCustomQuota: true,
      denyDownload: true,
      lifetime: { period: 1, value: 6, deletePermanently: true, enabled: true },
      logo: { color: '1E88E5' }
    })
  })

  it.each([
    ['unlimited', -1],
    ['default', -2],
    ['2 GB', 2 * 1024 * MIB],
    ['1.5 gb', 1.5 * 1024 * MIB]
  ])('quota %s is %d bytes in DocSpace', async (quota, bytes) => {
    const run = await env.run({ operation: 'create', title: `Quota ${quota}`, quota })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.room(Number(run.outputs['room-id']))!.quota).toBe(bytes)
  })

  it('turns indexing on for a virtual-data room; a lifetime of 1 year moves expired files to the trash', async () => {
    const run = await env.run({
      operation: 'create',
      title: 'Data room',
      'room-type': 'virtual-data',
      indexing: 'true',
      'file-lifetime': '1 year'
    })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.room(Number(run.outputs['room-id']))).toMatchObject({
      roomType: 8,
      indexing: true,
      lifetime: { period: 2, value: 1, deletePermanently: false }
    })
    expect(roomOutput(run.outputs)).toMatchObject({ indexing: true })
  })

  it('uploads the logo before making the room, then cuts the largest centred square', async () => {
    const run = await env.run(
      { operation: 'create', title: 'Logo room', logo: 'art/logo.png' },
      workspace({ 'art/logo.png': pngImage(2000, 1000) })
    )
    expect(run.exitCode).toBe(0)
    const id = Number(run.outputs['room-id'])
    expect(writes().map((r) => [r.method, r.path])).toEqual([
      ['POST', '/files/logos'],
      ['POST', '/files/rooms'],
      ['POST', `/files/rooms/${id}/logo`]
    ])
    expect(writes()[0]!.body).toEqual({
      multipart: [{ name: 'file', filename: 'logo.png', contentType: 'image/png', size: pngImage(2000, 1000).length }]
    })
    // DocSpace keeps the image fitted into 1280x1280: 1280x640, whose centred square starts at x 320.
    expect(env.emulator.room(id)!.logo?.crop).toEqual({ x: 320, y: 0, width: 640, height: 640 })
    expect((roomOutput(run.outputs).logo as Record<string, string>).original).toContain(`${id}_original.png`)
  })

  it('takes a real PNG, as a screenshot tool writes it', async () => {
    // Made by Chromium (npm run screenshots), not by the test's own image builder, and read by the emulator with
    // the image-size package: the action's header reader is checked against an independent one.
    const png = readFileSync(resolve(import.meta.dirname, '../../docs/images/pull-request-comment.png'))
    const run = await env.run(
      { operation: 'create', title: 'Real logo', logo: 'shot.png' },
      workspace({ 'shot.png': png })
    )
    expect(run.exitCode).toBe(0)
    const { width, height } = imageSize(png)
    const crop = env.emulator.room(Number(run.outputs['room-id']))!.logo!.crop
    expect(crop).toMatchObject({ y: 0, width: height, height })
    expect(Math.abs(crop.x - (width - height) / 2)).toBeLessThanOrEqual(0.5)
  })

  it('takes a JPEG logo too', async () => {
    const run = await env.run(
      { operation: 'create', title: 'Jpeg room', logo: 'logo.jpg' },
      workspace({ 'logo.jpg': jpegImage(300, 500) })
    )
    expect(run.exitCode).toBe(0)
    expect(env.emulator.room(Number(run.outputs['room-id']))!.logo?.crop).toEqual({
      x: 0,
      y: 100,
      width: 300,
      height: 300
    })
  })

  it('needs files:write for the logo: without it the upload fails naming the scope, and no room is made', async () => {
    const run = await env.run(
      { operation: 'create', title: 'Scoped', logo: 'logo.png', 'api-key': ROOMS_ONLY_KEY },
      workspace({ 'logo.png': pngImage(10, 10) })
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('POST /api/2.0/files/logos failed with HTTP 403')
    expect(run.errors[0]).toContain('the API key lacks the "files:write" scope, and uploading the logo image needs it')
    expect(env.emulator.activeRooms()).toEqual([])
  })

  it('a create whose logo request failed is finished by the re-run its error recommends', async () => {
    const inputs = { operation: 'create', title: 'Logo later', logo: 'logo.png', 'deny-download': 'true' }
    const ws = workspace({ 'logo.png': pngImage(400, 400) })
    env.emulator.faults.add({
      method: 'POST',
      path: /^\/files\/rooms\/\d+\/logo$/,
      fault: { kind: 'status', status: 500 }
    })
    const failed = await env.run(inputs, ws)
    expect(failed.exitCode).toBe(1)
    expect(failed.errors[0]).toMatch(/Room \d+ was made without its logo; re-run the step to set it/)
    const [room] = env.emulator.activeRooms()
    expect(room!.logo).toBeUndefined()

    // Before, the re-run ended green with `found`, and the room never got its logo.
    const again = await env.run(inputs, ws)
    expect(again.errors).toEqual([])
    expect(again.outputs).toMatchObject({ result: 'found', 'room-id': String(room!.id) })
    expect(env.emulator.room(room!.id)!.logo?.crop).toEqual({ x: 0, y: 0, width: 400, height: 400 })
    expect(env.emulator.room(room!.id)!.denyDownload).toBe(true)
    expect(again.stdout).toContain(`set logo of room ${room!.id}`)
    expect(again.summary).toContain('It lacked some of what the step asks for, which it now has: new logo.')
    expect(env.emulator.activeRooms()).toHaveLength(1)

    // Now it has all of it: a third run changes nothing.
    const before = writes().length
    const third = await env.run(inputs, ws)
    expect(third.exitCode).toBe(0)
    expect(writes()).toHaveLength(before)
  })

  it('a reused room gets the settings and tags given that it does not show, and only those', async () => {
    const room = env.emulator.addRoom({ title: 'Existing', tags: ['Docs'] })
    const inputs = {
      operation: 'create',
      title: 'Existing',
      tags: 'docs, q3',
      quota: '1 GB',
      'deny-download': 'true',
      'file-lifetime': '30 days'
    }
    const run = await env.run(inputs)
    expect(run.errors).toEqual([])
    expect(run.outputs.result).toBe('found')
    expect(env.emulator.room(room.id)).toMatchObject({
      quota: 1024 * MIB,
      denyDownload: true,
      lifetime: { period: 0, value: 30, deletePermanently: false }
    })
    expect(env.emulator.room(room.id)!.tags).toEqual(['Docs', 'q3'])
    expect(writes().map((r) => [r.method, r.path])).toEqual([
      ['PUT', `/files/rooms/${room.id}`],
      ['PUT', `/files/rooms/${room.id}/tags`]
    ])
    expect(writes()[0]!.body).toEqual({
      quota: 1024 * MIB,
      denyDownload: true,
      lifetime: { enabled: true, deletePermanently: false, period: 0, value: 30 }
    })
    expect(roomOutput(run.outputs)).toMatchObject({ quotaLimit: 1024 * MIB, denyDownload: true })

    // The lifetime is not sent again: any lifetime sent restarts its count.
    const again = await env.run(inputs)
    expect(again.exitCode).toBe(0)
    expect(writes()).toHaveLength(2)
    expect(again.stdout).toContain('already has the settings and tags given; left as it is')
  })

  it("fails with DocSpace's words when the quota is above the portal's storage, and makes no room", async () => {
    env.emulator.state.portalQuotaBytes = 1024 * MIB
    const run = await env.run({ operation: 'create', title: 'Too big', quota: '2 GB' })
    env.emulator.state.portalQuotaBytes = 100 * 1024 * 1024 * MIB
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'DocSpace says: "Failed to set quota per room. The entered value is greater than the total DocSpace storage."'
    )
    expect(env.emulator.activeRooms()).toEqual([])
  })
})

describe('bad settings are input errors, nothing sent', () => {
  const big = pngImage(10, 10, MIB)
  const files = { 'big.png': big, 'notes.txt': 'not an image', 'ok.png': pngImage(10, 10) }
  it.each([
    ['quota', { quota: 'lots' }],
    ['quota', { quota: '0 MB' }],
    ['color', { color: 'red' }],
    ['file-lifetime', { 'file-lifetime': 'forever' }],
    ['file-lifetime', { 'file-lifetime': '1000 days' }],
    ['file-lifetime-permanent', { 'file-lifetime-permanent': 'true' }],
    ['file-lifetime-permanent', { 'file-lifetime': '30 days', 'file-lifetime-permanent': 'maybe' }],
    ['deny-download', { 'deny-download': 'yes' }],
    ['logo', { logo: 'missing.png' }],
    ['logo', { logo: 'notes.txt' }],
    ['logo', { logo: 'big.png' }],
    ['logo', { logo: '../outside.png' }],
    ['indexing', { indexing: 'true' }],
    ['indexing', { indexing: 'true', 'room-type': 'collaboration' }],
    // DocSpace keeps a tag's name in 255 characters (DbFilesTag.cs:40).
    ['tags', { tags: `ok, ${'t'.repeat(256)}` }]
  ])('create: %s %j', async (input, inputs) => {
    const run = await env.run({ operation: 'create', title: 'Refused', ...inputs }, workspace(files))
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(new RegExp(`^Input "${input}" `))
    expect(env.emulator.requests).toEqual([])
  })

  it.each([
    ['pinned', { pinned: 'yes' }],
    ['remove-tags', { 'remove-tags': 'pr:octo/repo#5' }],
    ['remove-tags', { 'add-tags': 'a, b', 'remove-tags': 'b' }],
    ['add-tags', { 'add-tags': `ok, ${'t'.repeat(256)}` }],
    ['operation', {}]
  ])('update: %s %j', async (input, inputs) => {
    const run = await env.run({ operation: 'update', 'room-id': '1001', ...inputs })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(new RegExp(`^Input "${input}" `))
    expect(env.emulator.requests).toEqual([])
  })

  it('logo: a link in the workspace to an image outside it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'))
    writeFileSync(join(outside, 'secret.png'), pngImage(10, 10))
    const ws = workspace()
    symlinkSync(join(outside, 'secret.png'), join(ws.GITHUB_WORKSPACE, 'logo.png'))
    const run = await env.run({ operation: 'create', title: 'Refused', logo: 'logo.png' }, ws)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^Input "logo" must be a file in the workspace .* is outside it/)
    expect(env.emulator.requests).toEqual([])
  })
})

describe('update', () => {
  it('takes a logo whose name starts with two dots, inside the workspace', async () => {
    const room = env.emulator.addRoom({ title: 'Dots' })
    const run = await env.run(
      { operation: 'update', 'room-id': String(room.id), logo: '..logo.png' },
      workspace({ '..logo.png': pngImage(64, 64) })
    )
    expect(run.errors).toEqual([])
    expect(env.emulator.room(room.id)!.logo).toBeDefined()
  })

  it('sends only what was given, in one PUT without tags; every tag stays', async () => {
    const room = env.emulator.addRoom({ title: 'PR room', tags: ['pr:octo/repo#5', 'team'] })
    const run = await env.run({ operation: 'update', 'room-id': String(room.id), 'deny-download': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('updated')
    expect(writes().map((r) => [r.method, r.path, r.body])).toEqual([
      ['PUT', `/files/rooms/${room.id}`, { denyDownload: true }]
    ])
    expect(env.emulator.room(room.id)).toMatchObject({ denyDownload: true, tags: ['pr:octo/repo#5', 'team'] })
    expect(roomOutput(run.outputs)).toMatchObject({ denyDownload: true, tags: ['pr:octo/repo#5', 'team'] })
  })

  it('changes title, quota, colour and turns the lifetime off', async () => {
    const room = env.emulator.addRoom({ title: 'Old name' })
    room.lifetime = { period: 0, value: 30, deletePermanently: false, enabled: true, startDate: new Date() }
    const run = await env.run({
      operation: 'update',
      'room-id': String(room.id),
      title: 'New name',
      quota: '2 GB',
      'file-lifetime': 'OFF',
      color: 'ABCDEF'
    })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.room(room.id)).toMatchObject({ title: 'New name', quota: 2 * 1024 * MIB, color: 'ABCDEF' })
    expect(env.emulator.room(room.id)!.lifetime).toBeUndefined()
    expect(writes()[0]!.body).toEqual({
      title: 'New name',
      quota: 2 * 1024 * MIB,
      lifetime: { enabled: false },
      color: 'ABCDEF'
    })
    expect(roomOutput(run.outputs)).not.toHaveProperty('lifetime')
  })

  it('adds and removes tags through the tag endpoints only; the pull request tag survives', async () => {
    const room = env.emulator.addRoom({ title: 'Tagged', tags: ['pr:octo/repo#5', 'keep', 'old'] })
    const run = await env.run({
      operation: 'update',
      tags: 'pr:octo/repo#5',
      'add-tags': 'new, keep',
      'remove-tags': 'old, absent'
    })
    expect(run.exitCode).toBe(0)
    expect(writes().map((r) => [r.method, r.path, r.body])).toEqual([
      ['PUT', `/files/rooms/${room.id}/tags`, { names: ['new'] }],
      ['DELETE', `/files/rooms/${room.id}/tags`, { names: ['old'] }]
    ])
    expect(env.emulator.room(room.id)!.tags).toEqual(['pr:octo/repo#5', 'keep', 'new'])
  })

  it("pins and unpins for the key's user", async () => {
    const room = env.emulator.addRoom({ title: 'Pin me' })
    const pinned = await env.run({ operation: 'update', 'room-id': String(room.id), pinned: 'true' })
    expect(pinned.exitCode).toBe(0)
    expect(env.emulator.state.isPinned(ADMIN, room.id)).toBe(true)
    expect(roomOutput(pinned.outputs).pinned).toBe(true)
    const unpinned = await env.run({ operation: 'update', 'room-id': String(room.id), pinned: 'false' })
    expect(unpinned.exitCode).toBe(0)
    expect(env.emulator.state.isPinned(ADMIN, room.id)).toBe(false)
  })

  it("does not pin a room the key's user has pinned already, and reports it pinned after other changes", async () => {
    const room = env.emulator.addRoom({ title: 'Pinned' })
    env.emulator.state.pin(ADMIN, room.id)
    const run = await env.run({
      operation: 'update',
      'room-id': String(room.id),
      pinned: 'true',
      'deny-download': 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(writes().map((r) => [r.method, r.path])).toEqual([['PUT', `/files/rooms/${room.id}`]])
    expect(roomOutput(run.outputs)).toMatchObject({ pinned: true, denyDownload: true })
  })

  it('sets indexing on a virtual-data room, and a logo', async () => {
    const room = env.emulator.addRoom({ title: 'VDR', roomType: 8 })
    const run = await env.run(
      { operation: 'update', 'room-id': String(room.id), indexing: 'true', logo: 'logo.png' },
      workspace({ 'logo.png': pngImage(64, 64) })
    )
    expect(run.exitCode).toBe(0)
    expect(writes().map((r) => [r.method, r.path])).toEqual([
      ['POST', '/files/logos'],
      ['PUT', `/files/rooms/${room.id}`],
      ['POST', `/files/rooms/${room.id}/logo`]
    ])
    expect(env.emulator.room(room.id)).toMatchObject({
      indexing: true,
      logo: { crop: { x: 0, y: 0, width: 64, height: 64 } }
    })
  })

  it('refuses an archived room: unarchive it first, nothing sent', async () => {
    const room = env.emulator.addRoom({ title: 'Shelved', archived: true })
    const run = await env.run({ operation: 'update', 'room-id': String(room.id), 'deny-download': 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('unarchive it first')
    expect(writes()).toEqual([])
  })

  it('refuses indexing on a room that is not a virtual-data room, right after reading it', async () => {
    const room = env.emulator.addRoom({ title: 'Custom', roomType: 5 })
    const run = await env.run({ operation: 'update', 'room-id': String(room.id), indexing: 'true', quota: '1 GB' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Input "indexing" is only for virtual-data rooms')
    expect(writes()).toEqual([])
    expect(env.emulator.room(room.id)!.quota).toBe(-2)
  })

  it("fails with DocSpace's words when it refuses the logo image, before anything else changes", async () => {
    env.emulator.state.maxImageUploadSize = 100
    const room = env.emulator.addRoom({ title: 'Strict portal' })
    const run = await env.run(
      { operation: 'update', 'room-id': String(room.id), logo: 'logo.png', 'deny-download': 'true' },
      workspace({ 'logo.png': pngImage(10, 10, 200) })
    )
    env.emulator.state.maxImageUploadSize = MIB
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('DocSpace says: "The maximum file size is exceeded (100 bytes)."')
    expect(writes().map((r) => r.path)).toEqual(['/files/logos'])
    expect(env.emulator.room(room.id)!.denyDownload).toBe(false)
  })

  it("fails with DocSpace's words when the quota is above the portal's storage", async () => {
    env.emulator.state.portalQuotaBytes = 1024 * MIB
    const room = env.emulator.addRoom({ title: 'Q' })
    const run = await env.run({ operation: 'update', 'room-id': String(room.id), quota: '5 GB' })
    env.emulator.state.portalQuotaBytes = 100 * 1024 * 1024 * MIB
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('The entered value is greater than the total DocSpace storage.')
    expect(run.errors[0]).toContain("Likely cause: quota is larger than the whole portal's storage")
    expect(env.emulator.room(room.id)!.quota).toBe(-2)
  })

  it("fails with DocSpace's words when the key's user has 10 rooms pinned", async () => {
    for (let i = 0; i < 10; i++) env.emulator.state.pin(ADMIN, env.emulator.addRoom({ title: `P${i}` }).id)
    const room = env.emulator.addRoom({ title: 'Eleventh' })
    const run = await env.run({ operation: 'update', 'room-id': String(room.id), pinned: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`DocSpace says: "You can't pin a room"`)
    expect(run.errors[0]).toContain("Likely cause: the key's user already has 10 rooms pinned")
  })
})

describe('if-missing', () => {
  it.each(['get', 'rename', 'update', 'archive', 'unarchive', 'delete'])(
    '%s: skip gives result not-found, a notice, exit 0 and no room outputs',
    async (operation) => {
      const run = await env.run({ operation, 'room-id': '4242', title: 'New', 'if-missing': 'skip', pinned: 'true' })
      expect(run.exitCode).toBe(0)
      expect(run.outputs).toEqual({ result: 'not-found' })
      expect(run.stdout).toContain('::notice::Nothing to do: room 4242 is not in DocSpace (if-missing: skip)')
    }
  )

  it('skip by tags: nothing matched', async () => {
    const run = await env.run({ operation: 'archive', tags: 'nowhere', 'if-missing': 'skip' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('not-found')
    expect(run.stdout).toContain('the room tagged nowhere is not in DocSpace')
  })

  it('fail (the default) fails the step', async () => {
    const run = await env.run({ operation: 'get', 'room-id': '4242' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBeUndefined()
  })

  it('skip does not hide other failures: an ambiguous match still fails', async () => {
    env.emulator.addRoom({ title: 'Twin' })
    env.emulator.addRoom({ title: 'Twin' })
    const run = await env.run({ operation: 'get', title: 'Twin', 'if-missing': 'skip' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Found 2 rooms')
  })

  it('is refused when it is neither fail nor skip', async () => {
    const run = await env.run({ operation: 'get', 'room-id': '1', 'if-missing': 'ignore' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^Input "if-missing" /)
    expect(env.emulator.requests).toEqual([])
  })
})

describe('archive-stale exclude-tags', () => {
  const old = new Date('2024-01-01T00:00:00Z')
  it('never archives a room carrying an excluded tag, and says how many were spared', async () => {
    const plain = env.emulator.addRoom({ title: 'Plain', created: old, updated: old })
    const kept = env.emulator.addRoom({ title: 'Kept', tags: ['keep'], created: old, updated: old })
    const other = env.emulator.addRoom({ title: 'Other', tags: ['legal', 'x'], created: old, updated: old })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', 'exclude-tags': 'keep, legal' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.count).toBe('1')
    expect(env.emulator.room(plain.id)!.archived).toBe(true)
    expect(env.emulator.room(kept.id)!.archived).toBe(false)
    expect(env.emulator.room(other.id)!.archived).toBe(false)
    expect(run.summary).toContain('<th align="left">Spared</th><td>2 (exclude-tags), kept active although stale')
  })

  // DocSpace's tag catalogue finds a tag by name in any case, and update compares tags so: `keep` is `Keep`.
  it('matches the excluded tags in any case', async () => {
    const kept = env.emulator.addRoom({ title: 'Kept', tags: ['Keep'], created: old, updated: old })
    const legal = env.emulator.addRoom({ title: 'Legal', tags: ['legal'], created: old, updated: old })
    const plain = env.emulator.addRoom({ title: 'Plain', tags: ['keeper'], created: old, updated: old })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', 'exclude-tags': 'keep, LEGAL' })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.room(kept.id)!.archived).toBe(false)
    expect(env.emulator.room(legal.id)!.archived).toBe(false)
    expect(env.emulator.room(plain.id)!.archived).toBe(true)
    expect(run.summary).toContain('2 (exclude-tags)')
  })

  it('spares them in a dry run too', async () => {
    env.emulator.addRoom({ title: 'Kept', tags: ['keep'], created: old, updated: old })
    const run = await env.run({
      operation: 'archive-stale',
      'stale-days': '30',
      'exclude-tags': 'keep',
      'dry-run': 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.count).toBe('0')
    expect(run.summary).toContain('1 (exclude-tags)')
    expect(writes()).toEqual([])
  })
})
