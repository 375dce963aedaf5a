// README.txt carries a room's description. DocSpace checks POST /files/{folderId}/text against files:write
// (DocSpace-server v3.7.2, common/ASC.Api.Core/Auth/AuthorizationExtension.cs:44, first match wins), so a key
// with rooms:write and files:read makes the room and cannot write the file: the re-run must finish the job.
import { eventEnv, pullRequestPayload } from './github-event.js'
import { useEmulator } from './helpers.js'

const NARROW = 'sk-rooms-write-files-read'
const env = useEmulator({
  operationDelayMs: 10,
  keys: {
    [NARROW]: { scopes: ['rooms:write', 'files:read'] },
    'sk-rooms-files-write': { scopes: ['rooms:write', 'files:write'] }
  }
})

const readmes = (roomId: number) => env.emulator.room(roomId)!.files.filter((f) => f.title === 'README.txt')

describe('description and the files:write scope', () => {
  it('a key without files:write makes the room, fails naming the scope, and a re-run writes README.txt', async () => {
    const inputs = { operation: 'create', title: 'Specs', description: 'What this room is for' }
    const first = await env.run({ ...inputs, 'api-key': NARROW })
    expect(first.exitCode).toBe(1)
    expect(first.errors[0]).toMatch(/POST \/api\/2\.0\/files\/\d+\/text failed with HTTP 403/)
    expect(first.errors[0]).toMatch(/lacks the "files:write" scope/)
    expect(first.errors[0]).toMatch(/re-run: the room is kept and the re-run writes README\.txt/)
    const [room] = env.emulator.activeRooms()
    expect(env.emulator.state.rooms.size).toBe(1)
    expect(readmes(room!.id)).toEqual([])

    const again = await env.run({ ...inputs, 'api-key': 'sk-rooms-files-write' })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['result']).toBe('found')
    expect(again.log).toContain('Wrote the description to README.txt in the room (it was missing)')
    expect(env.emulator.state.rooms.size).toBe(1)
    expect(readmes(room!.id)).toEqual([expect.objectContaining({ content: 'What this room is for', version: 1 })])
  })

  it('a re-run that finds README.txt leaves it as it is: no new version, the room not marked updated', async () => {
    const inputs = { operation: 'create', title: 'Specs', description: 'First words' }
    expect((await env.run(inputs)).exitCode).toBe(0)
    const [room] = env.emulator.activeRooms()
    const updated = room!.updated.getTime()
    const again = await env.run({ ...inputs, description: 'Other words' })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['result']).toBe('found')
    expect(again.log).toContain('README.txt is already in the room; left as it is')
    expect(readmes(room!.id)).toEqual([expect.objectContaining({ content: 'First words', version: 1 })])
    expect(room!.updated.getTime()).toBe(updated)
  })

  it('a reopened pull request whose room lost README.txt gets it back when restored', async () => {
    const opened = pullRequestPayload('opened', { number: 41 })
    expect((await env.run({ operation: 'create' }, eventEnv('pull_request', opened))).exitCode).toBe(0)
    const [room] = env.emulator.activeRooms()
    room!.files = []
    expect(
      (await env.run({ operation: 'archive' }, eventEnv('pull_request', pullRequestPayload('closed', { number: 41 }))))
        .exitCode
    ).toBe(0)
    const reopened = await env.run(
      { operation: 'create' },
      eventEnv('pull_request', pullRequestPayload('reopened', { number: 41 }))
    )
    expect(reopened.exitCode).toBe(0)
    expect(reopened.outputs['result']).toBe('unarchived')
    expect(readmes(room!.id)).toHaveLength(1)
  })

  it('a title that only contains README.txt does not count; one that differs in case does', async () => {
    const inputs = { operation: 'create', title: 'Nested', description: 'Top level' }
    const room = env.emulator.addRoom({ title: 'Nested' })
    room.files.push({ id: 900001, title: 'README.txt.bak', content: 'x' })
    const run = await env.run(inputs)
    expect(run.exitCode).toBe(0)
    expect(run.log).toContain('(it was missing)')
    expect(readmes(room.id)).toHaveLength(1)

    // DocSpace finds the file to write over by title through the database's case-insensitive collation
    // (FileUploader.cs:100), so a readme.txt is the file a write would replace: it is left alone.
    const other = env.emulator.addRoom({ title: 'Lower' })
    other.files.push({ id: 900002, title: 'readme.txt', content: 'y' })
    const again = await env.run({ ...inputs, title: 'Lower' })
    expect(again.exitCode).toBe(0)
    expect(again.log).toContain('README.txt is already in the room')
    expect(other.files).toEqual([expect.objectContaining({ title: 'readme.txt', content: 'y' })])
  })

  it('a pull request titled like markup keeps README.txt: three runs, one file at version 1', async () => {
    // DocSpace saves text matching <([^\s>]*)(\s[^<]*)> as .html (FilesControllerHelper.cs:156-166), so this title
    // made README.txt.html, and every later run, finding no README.txt, wrote it again.
    const title = 'Refactor Record<string, Room> use'
    const opened = eventEnv('pull_request', pullRequestPayload('opened', { number: 43, title }))
    for (let i = 0; i < 3; i++) {
      const run = await env.run({ operation: 'create' }, opened)
      expect(run.exitCode).toBe(0)
    }
    const [room] = env.emulator.activeRooms()
    expect(room!.files).toEqual([expect.objectContaining({ title: 'README.txt', version: 1 })])
    // What a reader sees is the title as written: the space after `<string,` is a blank that is not white space.
    const content = room!.files[0]!.content
    expect(content.replace(/\u2800/g, ' ')).toContain(title)
  })

  it('a write whose answer was lost is repeated as a new version of the same file, not a second file', async () => {
    // createNewIfExist is negated twice on the server (FilesController.cs:280, FileUploader.cs:63): true saves
    // a new version of a same-titled file, false would add "README (1).txt" (FileUploader.cs:100-118).
    env.emulator.faults.add({ method: 'POST', path: /^\/files\/\d+\/text$/, fault: { kind: 'drop-after' } })
    const run = await env.run({ operation: 'create', title: 'Lost answer', description: 'Once' })
    expect(run.exitCode).toBe(0)
    const [room] = env.emulator.activeRooms()
    expect(env.emulator.requests.filter((r) => r.path.endsWith('/text'))).toHaveLength(2)
    expect(room!.files).toEqual([expect.objectContaining({ title: 'README.txt', content: 'Once', version: 2 })])
  })
})
