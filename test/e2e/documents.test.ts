import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { eventEnv, pullRequestPayload } from './github-event.js'
import { expectKeyHidden, useEmulator } from './helpers.js'

// upload and download run as a runner runs them: the bundle, INPUT_* variables, a workspace on disk, and the
// emulator's rooms, folders, versions and comments checked afterwards.

const NARROW = 'sk-rooms-write-files-read-0000000000'
const portal = useEmulator({ keys: { [NARROW]: { scopes: ['rooms:write', 'files:read'] } } })

function workspace(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'docspace-ws-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

function filesOf(roomId: number) {
  return portal.emulator.tree(roomId).filter((e) => e.kind === 'file')
}

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

describe('upload', () => {
  it('puts a tree into the room under its least common ancestor, then a re-run sends no upload', async () => {
    const room = portal.emulator.addRoom({ title: 'Docs room' })
    const ws = workspace({ 'docs/a.md': 'alpha', 'docs/specs/b.md': 'beta', 'src/x.ts': 'code' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'docs/**' }
    const first = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(first.exitCode).toBe(0)
    expect(first.outputs.result).toBe('uploaded')
    const files = JSON.parse(first.outputs.files!) as { path: string; result: string; version: number }[]
    expect(files.map((f) => [f.path, f.result, f.version])).toEqual([
      ['a.md', 'uploaded', 1],
      ['specs/b.md', 'uploaded', 1]
    ])
    expect(
      filesOf(room.id)
        .map((f) => [f.path, f.version, f.comment])
        .sort()
    ).toEqual([
      ['a.md', 1, `docspace-rooms-action sha256:${sha('alpha')}`],
      ['specs/b.md', 1, `docspace-rooms-action sha256:${sha('beta')}`]
    ])
    expect(JSON.parse(readFileSync(first.outputs['files-file']!, 'utf8'))).toHaveLength(2)
    expect(first.summary).toContain('Uploaded 2 files')

    const uploadsBefore = portal.emulator.requests.filter((r) => r.method !== 'GET').length
    const second = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(second.exitCode).toBe(0)
    expect(second.outputs.result).toBe('unchanged')
    expect(portal.emulator.requests.filter((r) => r.method !== 'GET').length).toBe(uploadsBefore)
    expect(filesOf(room.id).map((f) => f.version)).toEqual([1, 1])
    expectKeyHidden(second, portal.emulator.apiKey)
  })

  it('uploads a changed file as its next version and leaves the others alone', async () => {
    const room = portal.emulator.addRoom({ title: 'Versions' })
    const ws = workspace({ 'a.md': 'one', 'b.md': 'same' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: '*.md' }
    expect((await portal.run(inputs, { GITHUB_WORKSPACE: ws })).exitCode).toBe(0)
    writeFileSync(join(ws, 'a.md'), 'two')
    const run = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(run.exitCode).toBe(0)
    const files = JSON.parse(run.outputs.files!) as { path: string; result: string; version?: number }[]
    expect(files.map((f) => [f.path, f.result])).toEqual([
      ['a.md', 'updated'],
      ['b.md', 'unchanged']
    ])
    const a = filesOf(room.id).find((f) => f.path === 'a.md')!
    expect(a.version).toBe(2)
    expect(portal.emulator.fileBytes(a.id).toString()).toBe('two')
    expect(filesOf(room.id)).toHaveLength(2)
  })

  it('makes the folder and its parents once, and finds them again', async () => {
    const room = portal.emulator.addRoom({ title: 'Folders' })
    const ws = workspace({ 'a/x.md': 'x', 'a/y.md': 'y' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'a', folder: 'pr/12' }
    expect((await portal.run(inputs, { GITHUB_WORKSPACE: ws })).exitCode).toBe(0)
    expect((await portal.run(inputs, { GITHUB_WORKSPACE: ws })).exitCode).toBe(0)
    const folders = portal.emulator.tree(room.id).filter((e) => e.kind === 'folder')
    expect(folders.map((f) => f.path).sort()).toEqual(['pr', 'pr/12'])
    expect(
      filesOf(room.id)
        .map((f) => f.path)
        .sort()
    ).toEqual(['pr/12/x.md', 'pr/12/y.md'])
  })

  it('predicts the title DocSpace stores, so a re-run finds Makefile and README.MD again', async () => {
    const room = portal.emulator.addRoom({ title: 'Names' })
    const ws = workspace({ Makefile: 'all:', 'README.MD': '# r' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'Makefile\nREADME.MD' }
    expect((await portal.run(inputs, { GITHUB_WORKSPACE: ws })).exitCode).toBe(0)
    const again = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(again.outputs.result).toBe('unchanged')
    expect(
      filesOf(room.id)
        .map((f) => f.path)
        .sort()
    ).toEqual(['Makefile.', 'README.md'])
  })

  it('keeps a title with spaces, accents and Cyrillic letters, and a re-run finds it', async () => {
    const room = portal.emulator.addRoom({ title: 'Unicode' })
    const ws = workspace({ 'Résumé Проект (v2).md': 'text' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: '*.md' }
    expect((await portal.run(inputs, { GITHUB_WORKSPACE: ws })).exitCode).toBe(0)
    expect(filesOf(room.id).map((f) => f.path)).toEqual(['Résumé Проект (v2).md'])
    expect((await portal.run(inputs, { GITHUB_WORKSPACE: ws })).outputs.result).toBe('unchanged')
  })

  it('refuses two files DocSpace would keep as one, naming both, before any request', async () => {
    const room = portal.emulator.addRoom({ title: 'Clash' })
    const ws = workspace({ 'Notes.md': 'a', 'notes.MD': 'b' })
    const before = portal.emulator.requests.length
    const run = await portal.run(
      { operation: 'upload', 'room-id': String(room.id), path: '*' },
      { GITHUB_WORKSPACE: ws }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/Input "path".*Notes\.md.*notes\.MD|Input "path".*notes\.MD.*Notes\.md/)
    expect(portal.emulator.requests.length).toBe(before)
  })

  it('warns on an empty match and sends nothing; if-no-files-found: error fails', async () => {
    const room = portal.emulator.addRoom({ title: 'Empty' })
    const ws = workspace({ 'a.txt': 'a' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'nothing/**', 'delete-missing': 'true' }
    const warned = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(warned.exitCode).toBe(0)
    expect(warned.stdout).toContain('::warning::No file matched path')
    const failed = await portal.run({ ...inputs, 'if-no-files-found': 'error' }, { GITHUB_WORKSPACE: ws })
    expect(failed.exitCode).toBe(1)
    expect(failed.errors.join('\n')).toContain('Input "path" matched no file')
  })

  it('leaves hidden files out unless asked, and refuses a symlink out of the workspace', async () => {
    const room = portal.emulator.addRoom({ title: 'Hidden' })
    const ws = workspace({ 'd/a.md': 'a', 'd/.env': 'SECRET=1' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'd' }
    expect((await portal.run(inputs, { GITHUB_WORKSPACE: ws })).exitCode).toBe(0)
    expect(filesOf(room.id).map((f) => f.path)).toEqual(['a.md'])
    symlinkSync('/etc/hostname', join(ws, 'd', 'host'))
    const before = portal.emulator.requests.length
    const refused = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toContain('Input "path"')
    expect(portal.emulator.requests.length).toBe(before)
  })

  it('delete-missing moves the others to the trash, never immediately; the dry run changes nothing', async () => {
    const room = portal.emulator.addRoom({ title: 'Mirror' })
    portal.emulator.addFile(room.id, 'old.md', 'old')
    const ws = workspace({ 'new.md': 'new' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'new.md', 'delete-missing': 'true' }
    const dry = await portal.run({ ...inputs, 'dry-run': 'true' }, { GITHUB_WORKSPACE: ws })
    expect(dry.exitCode).toBe(0)
    expect(dry.outputs.result).toBe('dry-run')
    expect((JSON.parse(dry.outputs.files!) as { result: string }[]).map((f) => f.result).sort()).toEqual([
      'would-delete',
      'would-upload'
    ])
    expect(filesOf(room.id).map((f) => f.path)).toEqual(['old.md'])
    const run = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(run.exitCode).toBe(0)
    expect(filesOf(room.id).map((f) => f.path)).toEqual(['new.md'])
    const deletes = portal.emulator.requests.filter((r) => r.path === '/files/fileops/delete')
    expect(deletes.map((r) => (r.body as { immediately: boolean }).immediately)).toEqual([false])
  })

  it('uploads a file edited in DocSpace as a new version, with a warning naming it', async () => {
    const room = portal.emulator.addRoom({ title: 'Edited' })
    const ws = workspace({ 'a.md': 'mine' })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'a.md' }
    expect((await portal.run(inputs, { GITHUB_WORKSPACE: ws })).exitCode).toBe(0)
    const file = filesOf(room.id)[0]!
    portal.emulator.editorSave(file.id, 'theirs')
    const run = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/::warning::a\.md was changed in DocSpace/)
    expect(portal.emulator.fileVersions(file.id).map((v) => v.version)).toEqual([1, 2, 3])
  })

  it('sends a file over 10 MB in chunks through an upload session', async () => {
    const room = portal.emulator.addRoom({ title: 'Big' })
    const big = Buffer.alloc(23 * 1024 * 1024, 7)
    const ws = workspace({ 'big.bin': big })
    const run = await portal.run(
      { operation: 'upload', 'room-id': String(room.id), path: 'big.bin' },
      { GITHUB_WORKSPACE: ws }
    )
    expect(run.exitCode).toBe(0)
    const chunks = portal.emulator.requests.filter((r) => /\/session\/[^/]+\/upload$/.test(r.path))
    expect(chunks.map((r) => r.query.chunkNumber)).toEqual(['1', '2', '3'])
    const file = filesOf(room.id)[0]!
    expect(file.sha256).toBe(sha(big))
  })
})

describe('create with path', () => {
  it("makes the pull request's room and puts its documents in; the next push reuses it and sends nothing", async () => {
    const ws = workspace({ 'docs/spec.md': 'v1', 'docs/img/a.png': 'png' })
    const inputs = { operation: 'create', 'room-type': 'collaboration', path: 'docs/**' }
    const env = { GITHUB_WORKSPACE: ws, ...eventEnv('pull_request', pullRequestPayload('opened')) }
    const opened = await portal.run(inputs, env)
    expect(opened.exitCode).toBe(0)
    expect(opened.outputs.result).toBe('created')
    const roomId = Number(opened.outputs['room-id'])
    expect(
      filesOf(roomId)
        .map((f) => f.path)
        .sort()
    ).toEqual(['README.txt', 'img/a.png', 'spec.md'])
    expect(opened.summary).toContain('Uploaded 2 files')
    const pushed = await portal.run(inputs, env)
    expect(pushed.outputs.result).toBe('found')
    expect((JSON.parse(pushed.outputs.files!) as { result: string }[]).map((f) => f.result)).toEqual([
      'unchanged',
      'unchanged'
    ])
    expect(filesOf(roomId).every((f) => f.version === 1)).toBe(true)
  })
})

describe('upload refused or interrupted', () => {
  it('a run stopped between chunks leaves no file in the room, and its re-run uploads it once', async () => {
    const room = portal.emulator.addRoom({ title: 'Stopped' })
    const ws = workspace({ 'big.bin': Buffer.alloc(21 * 1024 * 1024, 3) })
    const inputs = { operation: 'upload', 'room-id': String(room.id), path: 'big.bin' }
    // Every chunk takes 2.5 s, so the step's 4 s run out during the second: the run ends there, as a cancelled job would.
    portal.emulator.faults.add({
      method: 'POST',
      path: /\/session\/[^/]+\/upload$/,
      times: Infinity,
      fault: { kind: 'delay', ms: 2500 }
    })
    const stopped = await portal.run(
      { ...inputs, 'timeout-seconds': '4', 'max-retries': '0' },
      { GITHUB_WORKSPACE: ws }
    )
    expect(stopped.exitCode).toBe(1)
    expect(filesOf(room.id)).toEqual([])
    portal.emulator.faults.clear()
    const again = await portal.run(inputs, { GITHUB_WORKSPACE: ws })
    expect(again.exitCode).toBe(0)
    expect(filesOf(room.id).map((f) => [f.path, f.version])).toEqual([['big.bin', 1]])
  })

  it("fails naming the file and DocSpace's words when the quota or the format filter refuses it", async () => {
    const room = portal.emulator.addRoom({ title: 'Refused' })
    portal.emulator.setUploadFilter(['.md'])
    const ws = workspace({ 'a.md': 'fine', 'b.exe': 'no' })
    const run = await portal.run(
      { operation: 'upload', 'room-id': String(room.id), path: '*' },
      { GITHUB_WORKSPACE: ws }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/b\.exe was not uploaded: .*415/)
    expect(filesOf(room.id).map((f) => f.path)).toEqual(['a.md'])
    expect(run.summary).toContain('could not be uploaded')
  })

  it('names the files:write scope when the key lacks it, and writes nothing', async () => {
    const room = portal.emulator.addRoom({ title: 'Scope' })
    const ws = workspace({ 'a.md': 'x' })
    const run = await portal.run(
      { operation: 'upload', 'room-id': String(room.id), path: 'a.md', 'api-key': NARROW },
      { GITHUB_WORKSPACE: ws }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('files:write')
    expect(filesOf(room.id)).toEqual([])
    expectKeyHidden(run, NARROW)
  })

  it('two runs started together end with every file in one folder', async () => {
    const room = portal.emulator.addRoom({ title: 'Race' })
    const one = workspace({ 'a.md': 'a' })
    const two = workspace({ 'b.md': 'b' })
    const [first, second] = await Promise.all([
      portal.run(
        { operation: 'upload', 'room-id': String(room.id), path: 'a.md', folder: 'shared' },
        { GITHUB_WORKSPACE: one }
      ),
      portal.run(
        { operation: 'upload', 'room-id': String(room.id), path: 'b.md', folder: 'shared' },
        { GITHUB_WORKSPACE: two }
      )
    ])
    expect([first.exitCode, second.exitCode]).toEqual([0, 0])
    const folders = portal.emulator.tree(room.id).filter((e) => e.kind === 'folder')
    const files = filesOf(room.id)
    // DocSpace may hold two folders of the name; both runs put their file into the one with the lowest id.
    const lowest = Math.min(...folders.map((f) => f.id))
    expect(files.map((f) => f.parentId)).toEqual([lowest, lowest])
  })
})

describe('download', () => {
  it('writes the room files under path, whole, and names the titles it refuses', async () => {
    const room = portal.emulator.addRoom({ title: 'Down' })
    const sub = portal.emulator.addFolder(room.id, 'specs')
    portal.emulator.addFile(room.id, 'a.md', 'alpha')
    portal.emulator.addFile(sub.id, 'b.md', 'beta')
    portal.emulator.addFile(room.id, '..', 'evil')
    portal.emulator.addFile(room.id, 'x\u0007y.md', 'bell')
    const ws = workspace({})
    const run = await portal.run(
      { operation: 'download', 'room-id': String(room.id), path: 'out' },
      { GITHUB_WORKSPACE: ws }
    )
    expect(run.exitCode).toBe(1)
    expect(readFileSync(join(ws, 'out/a.md'), 'utf8')).toBe('alpha')
    expect(readFileSync(join(ws, 'out/specs/b.md'), 'utf8')).toBe('beta')
    expect(readdirSync(join(ws, 'out')).sort()).toEqual(['a.md', 'specs'])
    expect(readdirSync(ws)).toEqual(['out'])
    expect(run.errors.join('\n')).toContain('".."')
    expect(run.outputs.result).toBe('downloaded')
    expect((JSON.parse(run.outputs.files!) as unknown[]).length).toBe(2)
  })

  it('follows a redirect to storage without the key', async () => {
    const room = portal.emulator.addRoom({ title: 'S3' })
    portal.emulator.addFile(room.id, 'a.md', 'from storage')
    portal.emulator.setStorageRedirect(true)
    const ws = workspace({})
    const run = await portal.run({ operation: 'download', 'room-id': String(room.id) }, { GITHUB_WORKSPACE: ws })
    expect(run.exitCode).toBe(0)
    expect(readFileSync(join(ws, 'a.md'), 'utf8')).toBe('from storage')
    expect(portal.emulator.storage.requests.length).toBeGreaterThan(0)
  })

  it('refuses more bytes than the listing declared, leaving no file behind', async () => {
    const room = portal.emulator.addRoom({ title: 'Over' })
    portal.emulator.addFile(room.id, 'a.md', 'short')
    portal.emulator.setOverSend(1000)
    const ws = workspace({})
    const run = await portal.run({ operation: 'download', 'room-id': String(room.id) }, { GITHUB_WORKSPACE: ws })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain('more than the 5 bytes')
    expect(readdirSync(ws)).toEqual([])
  })

  it('round-trips: upload docs/** into a room, re-run without new versions, download the files', async () => {
    const room = portal.emulator.addRoom({ title: 'Round' })
    const ws = workspace({ 'docs/a.md': 'A', 'docs/deep/b.md': 'B' })
    const up = { operation: 'upload', 'room-id': String(room.id), path: 'docs/**' }
    expect((await portal.run(up, { GITHUB_WORKSPACE: ws })).exitCode).toBe(0)
    expect((await portal.run(up, { GITHUB_WORKSPACE: ws })).outputs.result).toBe('unchanged')
    const run = await portal.run(
      { operation: 'download', 'room-id': String(room.id), path: 'back' },
      { GITHUB_WORKSPACE: ws }
    )
    expect(run.exitCode).toBe(0)
    expect(readFileSync(join(ws, 'back/a.md'), 'utf8')).toBe('A')
    expect(readFileSync(join(ws, 'back/deep/b.md'), 'utf8')).toBe('B')
  })
})
