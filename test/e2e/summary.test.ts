// Each operation's job summary, as a reader sees it once GitHub renders it: the bundled action runs against the
// emulator, its GITHUB_STEP_SUMMARY is rendered with a CommonMark renderer, and the test reads the text, links,
// tables and callouts. No reader should see DocSpace's raw timestamps.
import { eventEnv, pullRequestPayload } from './github-event.js'
import { useEmulator, useGitHub } from './helpers.js'
import { RAW_TIMESTAMP, renderSummary, type RenderedSummary } from '../support/rendered-summary.js'

const env = useEmulator({ operationDelayMs: 20 })
const gh = useGitHub()
/** Something like an e-mail address: a public repository's summary shows none. */
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/
const DAY = 86_400_000

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * DAY - 60_000)
}

async function summaryOf(
  inputs: Record<string, string>,
  eventVars: Record<string, string> = {},
  exitCode = 0
): Promise<RenderedSummary> {
  const run = await env.run(inputs, eventVars)
  expect(run.exitCode).toBe(exitCode)
  const rendered = renderSummary(run.summary)
  expect(rendered.text).not.toMatch(RAW_TIMESTAMP)
  return rendered
}

const link = (id: number) => `${env.emulator.url}/rooms/shared/filter?folder=${id}`

describe('the job summary of', () => {
  it('create on a pull request: the room linked, for the pull request, with its type, tags and dates', async () => {
    const payload = pullRequestPayload('opened', { number: 12, title: 'Fix the parser' })
    const s = await summaryOf({ operation: 'create', 'room-type': 'collaboration' }, eventEnv('pull_request', payload))
    const room = env.emulator.activeRooms()[0]!
    expect(s.heading).toBe('DocSpace rooms: create')
    expect(s.headline).toBe(`Created room ${room.title} for pull request #12.`)
    expect(s.links).toContainEqual({ href: link(room.id), text: room.title })
    expect(s.links).toContainEqual({ href: payload.pull_request!.html_url, text: '#12' })
    expect(s.facts).toMatchObject({
      Room: room.title,
      ID: String(room.id),
      Type: 'collaboration',
      Tags: `pr:${payload.repository!.full_name}#12`,
      State: 'active',
      'Pull request': `${payload.repository!.full_name} #12: Fix the parser`,
      Result: 'created'
    })
    expect(s.facts.Created).toMatch(/^just now \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/)
  })

  it('create of a room that exists: found, reused, and what that means', async () => {
    const room = env.emulator.addRoom({ title: 'Specs', created: daysAgo(3) })
    const s = await summaryOf({ operation: 'create', title: 'Specs' })
    expect(s.headline).toBe('Reused room Specs: it already existed, so no room was created (if-exists: reuse).')
    expect(s.facts.Result).toBe('found')
    expect(s.facts.Created).toMatch(/^3 days ago \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/)
    expect(s.links[0]).toEqual({ href: link(room.id), text: 'Specs' })
  })

  it('create on a reopened pull request: the archived room restored, and why', async () => {
    const payload = pullRequestPayload('reopened', { number: 7 })
    const tag = `pr:${payload.repository!.full_name}#7`
    const room = env.emulator.addRoom({ title: 'Old room', tags: [tag], archived: true })
    const s = await summaryOf({ operation: 'create' }, eventEnv('pull_request', payload))
    // The restored room also takes the pull request's title again, and the summary keeps the old one.
    expect(s.headline).toMatch(
      /^Restored room Hello-World #7 – .+ for pull request #7 from the archive: the room had been archived/
    )
    expect(s.facts).toMatchObject({
      'Previous title': 'Old room',
      ID: String(room.id),
      State: 'active',
      Result: 'unarchived'
    })
  })

  it('get: found, nothing changed', async () => {
    const room = env.emulator.addRoom({
      title: 'Handbook',
      tags: ['docs'],
      created: daysAgo(800),
      updated: daysAgo(45)
    })
    const s = await summaryOf({ operation: 'get', 'room-id': String(room.id) })
    expect(s.headline).toBe('Found room Handbook; nothing was changed.')
    expect(s.facts).toMatchObject({ Tags: 'docs', Type: 'custom' })
    expect(s.facts.Created).toMatch(/^2 years ago \(/)
    expect(s.facts['Last updated']).toMatch(/^45 days ago \(/)
  })

  it('rename: the old title and the new', async () => {
    const room = env.emulator.addRoom({ title: 'Draft' })
    const s = await summaryOf({ operation: 'rename', 'room-id': String(room.id), title: 'Final' })
    expect(s.headline).toBe('Renamed room Draft to Final.')
    expect(s.facts).toMatchObject({ Room: 'Final', 'Previous title': 'Draft', Result: 'renamed' })
    expect(s.links[0]).toEqual({ href: link(room.id), text: 'Final' })
  })

  it('archive, and archive of a room already archived', async () => {
    const room = env.emulator.addRoom({ title: 'Done' })
    const s = await summaryOf({ operation: 'archive', 'room-id': String(room.id) })
    expect(s.headline).toBe('Archived room Done.')
    expect(s.facts.State).toBe('archived')
    const again = await summaryOf({ operation: 'archive', 'room-id': String(room.id) })
    expect(again.headline).toBe('Room Done was already archived; nothing was changed.')
    expect(again.facts.Result).toBe('already-archived')
  })

  it('archive without waiting: started, and that DocSpace finishes it', async () => {
    const room = env.emulator.addRoom({ title: 'Later' })
    const s = await summaryOf({ operation: 'archive', 'room-id': String(room.id), wait: 'false' })
    expect(s.headline).toMatch(/^Started archiving room Later\. DocSpace finishes it in the background/)
    expect(s.facts.State).toBe('being archived')
  })

  it('unarchive', async () => {
    const room = env.emulator.addRoom({ title: 'Back', archived: true })
    const s = await summaryOf({ operation: 'unarchive', 'room-id': String(room.id) })
    expect(s.headline).toBe('Restored room Back from the archive.')
    expect(s.facts).toMatchObject({ State: 'active', Result: 'unarchived' })
  })

  it('delete: the room named, no link to a room that is gone', async () => {
    const room = env.emulator.addRoom({ title: 'Gone', archived: true })
    const s = await summaryOf({ operation: 'delete', 'room-id': String(room.id) })
    expect(s.headline).toBe('Deleted room Gone permanently.')
    expect(s.facts).toMatchObject({ Room: 'Gone', State: 'deleted', Result: 'deleted' })
    expect(s.links).toEqual([])
  })

  it('list: the filters, and a table with dates people read and how long each room is idle', async () => {
    const a = env.emulator.addRoom({ title: 'Alpha', tags: ['team'], created: daysAgo(90), updated: daysAgo(3) })
    env.emulator.addRoom({ title: 'Beta', tags: ['team'], created: daysAgo(90), updated: daysAgo(40) })
    env.emulator.addRoom({ title: 'Other', created: daysAgo(90) })
    const s = await summaryOf({ operation: 'list', tags: 'team' })
    expect(s.headline).toBe('Found 2 active rooms matching the filters.')
    expect(s.facts).toMatchObject({ Area: 'active rooms', Tags: 'team', Result: 'listed' })
    expect(s.rooms!.header).toEqual(['Room', 'ID', 'Type', 'Tags', 'State', 'Last updated', 'Idle'])
    expect(s.rooms!.rows.map((r) => [r[0], r[6]])).toEqual([
      ['Alpha', '3 days'],
      ['Beta', '40 days']
    ])
    expect(s.rooms!.rows[0]![5]).toMatch(/^\d{4}-\d\d-\d\d$/)
    // The exact time is on hover.
    expect(s.titles[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/)
    expect(s.links[0]).toEqual({ href: link(a.id), text: 'Alpha' })
  })

  it('archive-stale dry run: what would be archived, nothing changed, the threshold, and what max-rooms left', async () => {
    for (let i = 0; i < 6; i++) env.emulator.addRoom({ title: `Old ${i}`, created: daysAgo(100 + i) })
    env.emulator.addRoom({ title: 'Fresh', created: daysAgo(2) })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30', 'dry-run': 'true', 'max-rooms': '4' })
    const s = renderSummary(run.summary)
    expect(s.text).not.toMatch(RAW_TIMESTAMP)
    expect(s.headline).toBe('Would archive 4 of 6 stale rooms; nothing was changed (dry run).')
    // No room has a tag, so the table has no Tags column: a column that carries nothing is left out.
    expect(s.rooms!.header).toEqual(['Room', 'ID', 'Type', 'State', 'Last updated', 'Idle'])
    expect(s.facts['Stale after']).toMatch(
      /^30 days without an update \(last updated before \d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/
    )
    expect(s.facts['Stale rooms']).toBe(
      '6 of 7 active rooms; this run would handle the oldest 4 (max-rooms: 4), the other 2 wait for the next run'
    )
    expect(s.rooms!.rows.map((r) => [r[0], r[5]])).toEqual([
      ['Old 5', '105 days'],
      ['Old 4', '104 days'],
      ['Old 3', '103 days'],
      ['Old 2', '102 days']
    ])
    // The log's warning is in the summary too.
    expect(s.callouts).toEqual([
      {
        kind: 'WARNING',
        text: 'The step warned: 6 rooms are stale; this run handles the oldest 4 (max-rooms). The other 2 wait for the next run'
      }
    ])
    expect(env.emulator.archivedRooms()).toEqual([])
  })

  it('archive-stale: archived, with the filters it applied', async () => {
    env.emulator.addRoom({ title: 'CI old', tags: ['ci'], created: daysAgo(60) })
    env.emulator.addRoom({ title: 'Kept', created: daysAgo(60) })
    const s = await summaryOf({ operation: 'archive-stale', 'stale-days': '30', tags: 'ci', search: 'CI' })
    expect(s.headline).toBe('Archived 1 stale room.')
    expect(s.facts).toMatchObject({ Tags: 'ci', Search: 'title contains “CI”', 'Stale rooms': '1 of 1 active room' })
    expect(s.rooms!.rows[0]![4]).toBe('archived')
  })

  it('archive-stale with a room it could not archive: the count, and what failed in a callout', async () => {
    env.emulator.addRoom({ title: 'Archives fine', created: daysAgo(60) })
    const stuck = env.emulator.addRoom({ title: 'Stuck', created: daysAgo(50) })
    env.emulator.faults.add({
      path: `/files/rooms/${stuck.id}/archive`,
      fault: { kind: 'op-error', message: 'Locked' }
    })
    const s = await summaryOf({ operation: 'archive-stale', 'stale-days': '30' }, {}, 1)
    expect(s.headline).toBe('Archived 1 of 2 stale rooms. 1 room could not be archived.')
    expect(s.callouts[0]).toEqual({
      kind: 'CAUTION',
      text: `1 room could not be archived: room ${stuck.id} ("Stuck"): The archive of room ${stuck.id} ("Stuck") failed in DocSpace: "Locked"`
    })
    expect(s.rooms!.rows.map((r) => r[0])).toEqual(['Archives fine'])
  })

  it('archive-stale with nothing stale says so, not "archived, 0 rooms"', async () => {
    for (let i = 0; i < 3; i++) env.emulator.addRoom({ title: `New ${i}`, created: daysAgo(1) })
    const s = await summaryOf({ operation: 'archive-stale', 'stale-days': '30' })
    expect(s.headline).toBe(
      'No room is stale: all 3 active rooms were updated in the last 30 days. Nothing was changed.'
    )
    expect(s.rooms).toBeUndefined()
  })

  it('a failed step: the error in a callout, the likely cause on its own line', async () => {
    const s = await summaryOf({ operation: 'get', 'room-id': '31337' }, {}, 1)
    expect(s.heading).toBe('DocSpace rooms: get')
    expect(s.headline).toBe('The step failed.')
    expect(s.callouts).toHaveLength(1)
    expect(s.callouts[0]!.kind).toBe('CAUTION')
    expect(s.callouts[0]!.text).toMatch(/^Error: Could not get room 31337: .*HTTP 404/)
    expect(s.html).toMatch(/<br><b>Likely cause:<\/b> \S/)
    expect(s.html).not.toContain('<pre')
  })

  it('a refused input: headed with the operation that was given, and nothing sent', async () => {
    const s = await summaryOf({ operation: 'archive', 'room-id': 'x' }, {}, 1)
    expect(s.heading).toBe('DocSpace rooms: archive')
    expect(s.headline).toBe('The step stopped before sending anything to DocSpace: an input is missing or not valid.')
    expect(s.callouts[0]!.text).toContain('Input "room-id" must be a positive whole number')
    expect(env.emulator.requests).toEqual([])
  })

  it('an unknown operation: headed without one', async () => {
    const s = await summaryOf({ operation: 'explode' }, {}, 1)
    expect(s.heading).toBe('DocSpace rooms')
    expect(s.callouts[0]!.text).toContain('Input "operation" must be one of')
  })
})

describe('the job summary of the operations on members and settings', () => {
  /** A room admin and two users with names, and the DocSpace admin the key acts as (the room's owner). */
  function seedPeople() {
    const { state } = env.emulator
    return {
      mia: state.addUser({ email: 'mia@example.com', displayName: 'Mia Manager', type: 'RoomAdmin' }),
      ana: state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' }),
      bo: state.addUser({ email: 'bo@example.com', displayName: 'Bo Chen', type: 'User' })
    }
  }

  function expectNoEmail(s: RenderedSummary): void {
    expect(s.text).not.toMatch(EMAIL)
    expect(s.html).not.toMatch(EMAIL)
  }

  it('update: what changed, in the words of the inputs', async () => {
    const room = env.emulator.addRoom({ title: 'Old name', tags: ['draft', 'team'] })
    const s = await summaryOf({
      operation: 'update',
      'room-id': String(room.id),
      title: 'New name',
      quota: '2 GB',
      'add-tags': 'docs',
      'remove-tags': 'draft, absent',
      pinned: 'true'
    })
    expect(s.headline).toBe('Updated room New name: title (was Old name), quota 2 GB, tags +docs −draft, pinned.')
    expect(s.facts).toMatchObject({
      Room: 'New name',
      'Previous title': 'Old name',
      Tags: 'team docs',
      Result: 'updated'
    })
    expect(s.links[0]).toEqual({ href: link(room.id), text: 'New name' })
  })

  it('update that finds nothing to change says so', async () => {
    const room = env.emulator.addRoom({ title: 'Tagged', tags: ['docs'] })
    const s = await summaryOf({ operation: 'update', 'room-id': String(room.id), 'add-tags': 'docs' })
    expect(s.headline).toBe('Room Tagged already had the tags and pin asked for; nothing was changed.')
  })

  it('update of settings: lifetime, downloads, colour', async () => {
    const room = env.emulator.addRoom({ title: 'Settings', roomType: 5 })
    const s = await summaryOf({
      operation: 'update',
      'room-id': String(room.id),
      'file-lifetime': '30 days',
      'deny-download': 'true',
      color: 'abcdef'
    })
    expect(s.headline).toBe(
      'Updated room Settings: downloads denied, file lifetime 30 days, then moved to the trash, colour #ABCDEF.'
    )
  })

  it('share: who was invited, changed and removed, counted and named, and no e-mail address', async () => {
    const { ana, bo } = seedPeople()
    const room = env.emulator.addRoom({ title: 'Team', roomType: 5, createdBy: env.emulator.state.adminUserId })
    env.emulator.state.setMember(room.id, ana.id, 2)
    env.emulator.state.setMember(room.id, bo.id, 6)
    const s = await summaryOf({
      operation: 'share',
      'room-id': String(room.id),
      members:
        'ana@example.com: editor\nbo@example.com: remove\nnew.person@example.com: viewer\nmia@example.com: room-manager'
    })
    expect(s.headline).toBe('Shared room Team: invited 2 people, changed the access of 1, removed 1.')
    expect(s.facts['Member changes']).toBe(
      'Ana Lopez: viewer → editor, Bo Chen removed (was commenter), a person with no name yet invited as viewer, Mia Manager invited as room manager'
    )
    // DocSpace names a person invited by e-mail by the e-mail until they sign up: the summary hides it.
    expect(s.facts.Members).toBe(
      'Administrator (owner), Mia Manager (room manager), Ana Lopez (editor), a person with no name yet (viewer)'
    )
    expect(s.facts.Result).toBe('shared')
    expectNoEmail(s)
  })

  it('share that changes nothing: unchanged, and why', async () => {
    const { ana } = seedPeople()
    const room = env.emulator.addRoom({ title: 'Team', roomType: 5, createdBy: env.emulator.state.adminUserId })
    env.emulator.state.setMember(room.id, ana.id, 10)
    const s = await summaryOf({ operation: 'share', 'room-id': String(room.id), members: 'ana@example.com: editor' })
    expect(s.headline).toBe('The members of room Team already had the access asked for; nothing was changed.')
    expect(s.facts).toMatchObject({ Members: 'Administrator (owner), Ana Lopez (editor)', Result: 'unchanged' })
    expect(s.facts['Member changes']).toBeUndefined()
    expectNoEmail(s)
  })

  it('share of the external link: the link, linked', async () => {
    const room = env.emulator.addRoom({ title: 'Public', roomType: 6, createdBy: env.emulator.state.adminUserId })
    const run = await env.run({ operation: 'share', 'room-id': String(room.id), 'external-link': 'true' })
    const s = renderSummary(run.summary)
    const url = run.outputs['external-link']!
    expect(s.facts['External link']).toBe(url)
    expect(s.links).toContainEqual({ href: url, text: url })
  })

  it('members: how many, and the first 20 by name and access', async () => {
    const room = env.emulator.addRoom({ title: 'Crowd', roomType: 5, createdBy: env.emulator.state.adminUserId })
    for (let i = 1; i <= 24; i++) {
      const user = env.emulator.state.addUser({
        email: `p${i}@example.com`,
        displayName: `Person ${String(i).padStart(2, '0')}`,
        type: 'User'
      })
      env.emulator.state.setMember(room.id, user.id, 2)
    }
    const s = await summaryOf({ operation: 'members', 'room-id': String(room.id) })
    expect(s.headline).toBe('Room Crowd has 25 members, its owner included.')
    expect(s.facts.Members).toMatch(
      /^Administrator \(owner\), Person 01 \(viewer\), .*, and 5 more \(see the members output\)$/
    )
    // 20 people, then the rest counted.
    expect(s.facts.Members!.split('), ')).toHaveLength(21)
    expect(s.facts.Result).toBe('listed')
    expectNoEmail(s)
  })

  it('if-missing: skip and no room: what was looked for, and that nothing changed', async () => {
    const payload = pullRequestPayload('closed', { number: 12 })
    const tag = `pr:${payload.repository!.full_name}#12`
    const s = await summaryOf({ operation: 'archive', 'if-missing': 'skip' }, eventEnv('pull_request', payload))
    expect(s.headline).toBe(`No room found for pull request #12 (tag ${tag}); nothing was changed (if-missing: skip).`)
    expect(s.links).toContainEqual({ href: payload.pull_request!.html_url, text: '#12' })
    expect(s.facts).toMatchObject({
      'Looked for': `a room for pull request #12 (tag ${tag}), active or archived`,
      Result: 'not-found'
    })
    const byId = await summaryOf({ operation: 'get', 'room-id': '4242', 'if-missing': 'skip' })
    expect(byId.headline).toBe('No room found with ID 4242; nothing was changed (if-missing: skip).')
  })

  it('create on a pull request with members, the external link and the comment', async () => {
    seedPeople()
    const payload = pullRequestPayload('opened', { number: 2 })
    const run = await env.run(
      {
        operation: 'create',
        'room-type': 'custom',
        'github-users': 'Codertocat: ana@example.com',
        members: '@Codertocat: editor\nbo@example.com: commenter\nguest@example.com: viewer',
        'external-link': 'true',
        'pull-request-comment': 'true'
      },
      gh.env('pull_request', payload)
    )
    expect(run.exitCode).toBe(0)
    const s = renderSummary(run.summary)
    const room = env.emulator.activeRooms()[0]!
    expect(s.headline).toBe(`Created room ${room.title} for pull request #2, with 3 members invited.`)
    expect(s.facts).toMatchObject({
      Members: 'Administrator (owner), Ana Lopez (editor), Bo Chen (commenter), a person with no name yet (viewer)',
      'External link': run.outputs['external-link'],
      'Pull request comment': 'on the pull request',
      Result: 'created'
    })
    // Every change to a new room's members is an invitation, which Members shows.
    expect(s.facts['Member changes']).toBeUndefined()
    expect(s.links).toContainEqual({ href: run.outputs['comment-url'], text: 'on the pull request' })
    expect(s.links).toContainEqual({ href: run.outputs['external-link'], text: run.outputs['external-link'] })
    expectNoEmail(s)
  })

  it('create on an edited pull request: the reused room renamed to follow its title', async () => {
    const payload = pullRequestPayload('edited', { number: 5, title: 'Parse faster' })
    const tag = `pr:${payload.repository!.full_name}#5`
    const room = env.emulator.addRoom({ title: 'Old title', tags: [tag] })
    const s = await summaryOf({ operation: 'create' }, eventEnv('pull_request', payload))
    const title = env.emulator.room(room.id)!.title
    expect(s.headline).toBe(
      `Reused room ${title} for pull request #5: it already existed, so no room was created (if-exists: reuse). It was renamed from Old title to follow the pull request's title.`
    )
    expect(s.facts).toMatchObject({ Room: title, 'Previous title': 'Old title', Result: 'found' })
  })
})
