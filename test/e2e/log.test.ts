// The step's log at the default level tells the story: each single-room operation links its room, rename says
// what the title was and is, a lookup is worded one way whichever operation makes it, and a dry run's lines sit
// in one group. (The "still waiting" lines of a long wait: test/unit/client.test.ts, with a short interval.)
import { useEmulator } from './helpers.js'

const env = useEmulator({ operationDelayMs: 20 })

const link = (id: number) => `${env.emulator.url}/rooms/shared/filter?folder=${id}`

/** The lines a reader sees: no commands, no debug lines. */
function shown(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::'))
}

describe('the log', () => {
  it.each([
    ['get', {}, 'Found room'],
    ['archive', {}, 'Archived room'],
    ['delete', {}, 'Deleting room'],
    ['rename', { title: 'Renamed' }, 'Renamed room']
  ])('%s shows the room with its link', async (operation, inputs, says) => {
    const room = env.emulator.addRoom({ title: 'Linked' })
    const run = await env.run({ operation, 'room-id': String(room.id), ...inputs })
    expect(run.exitCode).toBe(0)
    expect(shown(run.stdout).find((line) => line.startsWith(says))).toContain(link(room.id))
  })

  it('unarchive, and an archive with nothing to do, show the room with its link', async () => {
    const room = env.emulator.addRoom({ title: 'Archived', archived: true })
    const again = await env.run({ operation: 'archive', 'room-id': String(room.id) })
    expect(shown(again.stdout)).toContain(
      `The room ${room.id} "Archived" (${link(room.id)}) is already archived; nothing to do`
    )
    const run = await env.run({ operation: 'unarchive', 'room-id': String(room.id) })
    expect(shown(run.stdout)).toContain(`Restored room ${room.id} "Archived" (${link(room.id)}) from the archive`)
  })

  it('create shows the room it made, or the one it reused, with its link', async () => {
    const made = await env.run({ operation: 'create', title: 'Fresh' })
    const id = Number(made.outputs['room-id'])
    expect(shown(made.stdout)).toContain(`Created room ${id} "Fresh" (${link(id)})`)
    const reused = await env.run({ operation: 'create', title: 'Fresh' })
    expect(shown(reused.stdout)).toContain(
      `Reusing room ${id} "Fresh" (${link(id)}): it already exists (if-exists: reuse)`
    )
  })

  it('rename says the old title and the new', async () => {
    const room = env.emulator.addRoom({ title: 'Draft' })
    const byId = await env.run({ operation: 'rename', 'room-id': String(room.id), title: 'Final' })
    expect(shown(byId.stdout)).toContain(`Renamed room ${room.id} from "Draft" to "Final": ${link(room.id)}`)
    const byTags = env.emulator.addRoom({ title: 'Tagged', tags: ['spec'] })
    const run = await env.run({ operation: 'rename', tags: 'spec', title: 'Spec v2' })
    expect(shown(run.stdout)).toContain(`Renamed room ${byTags.id} from "Tagged" to "Spec v2": ${link(byTags.id)}`)
  })

  it('words a lookup the same way in create and in the operations that find a room', async () => {
    const room = env.emulator.addRoom({ title: 'Shared words' })
    const created = await env.run({ operation: 'create', title: 'Shared words' })
    const got = await env.run({ operation: 'get', title: 'Shared words' })
    const line = `1 room matched: ${room.id} "Shared words" (active)`
    expect(shown(created.stdout)).toContain(line)
    expect(shown(got.stdout)).toContain(line)
    const none = await env.run({ operation: 'create', title: 'Nobody' })
    expect(shown(none.stdout)).toContain('No room matched')
  })

  it('groups the lines of a dry run under one heading that says nothing is changed', async () => {
    for (let i = 0; i < 3; i++)
      env.emulator.addRoom({ title: `Old ${i}`, created: new Date(Date.now() - (40 + i) * 86_400_000) })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', 'dry-run': 'true' })
    const lines = run.stdout.split('\n')
    const start = lines.indexOf('::group::Would archive 3 rooms (dry run: nothing is changed)')
    expect(start).toBeGreaterThanOrEqual(0)
    const group = lines.slice(start + 1, lines.indexOf('::endgroup::', start))
    expect(group).toHaveLength(3)
    for (const line of group) {
      expect(line).toMatch(
        /^Would archive room \d+ "Old \d" \(http.+\), last updated \d{4}-\d\d-\d\d \d\d:\d\d UTC \(4\d days ago\)$/
      )
    }
  })

  it.each([
    ['update', { 'add-tags': 'docs' }, 'Updating room'],
    ['share', { 'external-link': 'true' }, 'Sharing room'],
    ['members', {}, 'The room']
  ])('%s shows the room with its link', async (operation, inputs, says) => {
    const room = env.emulator.addRoom({ title: 'Linked', roomType: 6 })
    const run = await env.run({ operation, 'room-id': String(room.id), ...inputs })
    expect(run.exitCode).toBe(0)
    expect(shown(run.stdout).find((line) => line.startsWith(says))).toContain(
      `room ${room.id} "Linked" (${link(room.id)})`
    )
  })

  it('share says what it changed for each person, by name and input line, never by e-mail', async () => {
    const { state } = env.emulator
    const ana = state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' })
    const bo = state.addUser({ email: 'bo@example.com', displayName: 'Bo Chen', type: 'User' })
    const cy = state.addUser({ email: 'cy@example.com', displayName: 'Cy Young', type: 'User' })
    const room = env.emulator.addRoom({ title: 'Team', roomType: 5, createdBy: state.adminUserId })
    state.setMember(room.id, ana.id, 2)
    state.setMember(room.id, bo.id, 6)
    state.setMember(room.id, cy.id, 10)
    const run = await env.run({
      operation: 'share',
      'room-id': String(room.id),
      members: [
        'ana@example.com: editor',
        'bo@example.com: remove',
        'new@example.com: viewer',
        'cy@example.com: editor',
        'gone@example.com: remove'
      ].join('\n')
    })
    expect(run.exitCode).toBe(0)
    const lines = shown(run.stdout)
    expect(lines).toEqual(
      expect.arrayContaining([
        `Sharing room ${room.id} "Team" (${link(room.id)})`,
        'Changed the access of Ana Lopez (members line 1): viewer → editor',
        'Removed Bo Chen (members line 2) from the room (was commenter)',
        // DocSpace names someone invited by e-mail by the e-mail until they sign up.
        'Invited a person with no name yet (members line 3) as viewer',
        'Cy Young (members line 4): already editor; unchanged',
        'members line 5: not a member; nothing to remove'
      ])
    )
    expect(lines.join('\n')).not.toMatch(/@example\.com/)
  })
})
