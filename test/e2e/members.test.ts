import { createRequire } from 'node:module'
import type { LoggedRequest } from '../emulator/server.js'
import { eventEnv, type WebhookPayload } from './github-event.js'
import { useEmulator } from './helpers.js'

const env = useEmulator({ operationDelayMs: 30 })

interface OutputMember {
  id: string
  name: string
  email: string
  access: string
}

const OWNER = { email: 'admin@example.com', access: 'owner' }

function membersOf(outputs: Record<string, string>): OutputMember[] {
  return JSON.parse(outputs.members ?? 'null') as OutputMember[]
}

/** The emulator's people: a room admin, two plain users, and the DocSpace admin the key acts as (the owner). */
function seedPeople() {
  const { state } = env.emulator
  return {
    manager: state.addUser({ email: 'manager@example.com', displayName: 'Mia Manager', type: 'RoomAdmin' }),
    ana: state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' }),
    bo: state.addUser({ email: 'bo@example.com', displayName: 'Bo Chen', type: 'User' })
  }
}

/** Writes to the room's membership, links and people the run sent. */
function writes(): LoggedRequest[] {
  return env.emulator.requests.filter((r) => r.method !== 'GET')
}

function shareRequests(): LoggedRequest[] {
  return env.emulator.requests.filter((r) => r.method === 'PUT' && /\/share$/.test(r.path))
}

function access(roomId: number, email: string): number {
  const user = env.emulator.state.userByEmail(email)
  return user ? env.emulator.state.memberAccess(roomId, user.id) : 0
}

describe('create with members', () => {
  it('invites by e-mail and @login, makes a room admin room-manager by ID, and lists everyone', async () => {
    const { manager } = seedPeople()
    const run = await env.run({
      operation: 'create',
      title: 'Specs',
      'github-users': 'octocat: ana@example.com',
      members: ['manager@example.com: room-manager', '@octocat: editor', 'newcomer@example.com: commenter'].join('\n')
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('created')
    const id = Number(run.outputs['room-id'])
    expect(access(id, 'manager@example.com')).toBe(9)
    expect(access(id, 'ana@example.com')).toBe(10)
    expect(access(id, 'newcomer@example.com')).toBe(6)

    // room-manager by ID, looked up before the room was made; the rest by e-mail; access as numbers.
    const lookup = env.emulator.requests.findIndex((r) => r.path === '/people/email')
    const created = env.emulator.requests.findIndex((r) => r.method === 'POST' && r.path === '/files/rooms')
    expect(lookup).toBeGreaterThanOrEqual(0)
    expect(lookup).toBeLessThan(created)
    expect(shareRequests()).toHaveLength(1)
    expect(shareRequests()[0]!.body).toEqual({
      invitations: [
        { id: manager.id, access: 9 },
        { email: 'ana@example.com', access: 10 },
        { email: 'newcomer@example.com', access: 6 }
      ],
      notify: true
    })

    const members = membersOf(run.outputs)
    expect(members[0]).toMatchObject(OWNER)
    expect(
      members
        .slice(1)
        .map((m) => [m.email, m.access])
        .sort()
    ).toEqual([
      ['ana@example.com', 'editor'],
      ['manager@example.com', 'room-manager'],
      ['newcomer@example.com', 'commenter']
    ])
    expect(members.find((m) => m.email === 'manager@example.com')).toEqual({
      id: manager.id,
      name: 'Mia Manager',
      email: 'manager@example.com',
      access: 'room-manager'
    })
    // The unknown e-mail got DocSpace's invitation, the others the "added" mail.
    expect(env.emulator.state.mailsTo('newcomer@example.com').map((m) => m.reason)).toEqual(['invitation'])
    expect(env.emulator.state.mailsTo('ana@example.com').map((m) => m.reason)).toEqual(['added'])
  })

  it('sends README.txt and the invitations together once the room exists', async () => {
    seedPeople()
    // README.txt is held up: sent one after the other, the invitations would start only after it ended.
    env.emulator.faults.add({ method: 'POST', path: /\/text$/, fault: { kind: 'delay', ms: 300 } })
    const run = await env.run({
      operation: 'create',
      title: 'Together',
      description: 'Read me',
      members: 'ana@example.com: viewer'
    })
    expect(run.exitCode).toBe(0)
    const text = env.emulator.requests.find((r) => r.method === 'POST' && /\/text$/.test(r.path))!
    const share = shareRequests()[0]!
    expect(share.startedAt).toBeLessThan(text.endedAt)
  })

  it('applies the members to a reused room, and a re-run sends nothing and mails nobody', async () => {
    seedPeople()
    const inputs = {
      operation: 'create',
      title: 'Reused',
      members: 'ana@example.com: editor\nbo@example.com: viewer\nfresh@example.com: viewer'
    }
    const first = await env.run(inputs)
    expect(first.exitCode).toBe(0)
    const mails = env.emulator.state.mails.length
    expect(mails).toBe(3)
    env.emulator.requests.length = 0

    const second = await env.run(inputs)
    expect(second.exitCode).toBe(0)
    expect(second.outputs.result).toBe('found')
    expect(second.outputs['room-id']).toBe(first.outputs['room-id'])
    expect(writes()).toEqual([])
    expect(env.emulator.state.mails).toHaveLength(mails)
    expect(membersOf(second.outputs)).toEqual(membersOf(first.outputs))
  })

  it('refuses, before any request, an access the new room type does not take', async () => {
    const run = await env.run({
      operation: 'create',
      title: 'Public',
      'room-type': 'public',
      members: 'a@example.com: editor'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'Input "members" line 1 ("a…@example.com: editor"): a public room does not take editor'
    )
    expect(env.emulator.requests).toEqual([])
  })

  // DocSpace gives the e-mail as the name of someone who has set none; the refusal quoted it whole.
  it('refuses a nameless room-manager who is not an admin, their e-mail masked in the log and summary', async () => {
    env.emulator.state.addUser({ email: 'nameless.person@example.com', type: 'User' })
    const run = await env.run({
      operation: 'create',
      title: 'Managed',
      members: 'nameless.person@example.com: room-manager'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('cannot be applied: n…@example.com is not a DocSpace admin or room admin')
    expect(run.log).not.toContain('nameless.person')
    expect(run.summary).not.toContain('nameless.person')
    expect(writes()).toEqual([])
  })

  it('refuses, before the room is made, a room-manager who is not an admin', async () => {
    seedPeople()
    const run = await env.run({ operation: 'create', title: 'Managed', members: 'ana@example.com: room-manager' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Input "members" line 1 ("a…@example.com: room-manager") cannot be applied')
    expect(run.errors[0]).toContain('not a DocSpace admin or room admin')
    expect(writes()).toEqual([])
    expect(env.emulator.activeRooms().filter((r) => r.title === 'Managed')).toEqual([])
  })

  it('refuses, before the room is made, a room-manager with no DocSpace account', async () => {
    const run = await env.run({ operation: 'create', title: 'Managed', members: 'nobody@example.com: room-manager' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('no DocSpace user has this e-mail')
    expect(writes()).toEqual([])
  })
})

describe('share', () => {
  function room(roomType: 1 | 2 | 5 | 6 | 8 = 5) {
    return env.emulator.addRoom({ title: 'Shared room', roomType, createdBy: env.emulator.state.adminUserId })
  }

  it('changes only what differs, leaves members not named alone, and sends access as numbers', async () => {
    const { ana, bo } = seedPeople()
    const target = room()
    env.emulator.state.setMember(target.id, ana.id, 2)
    env.emulator.state.setMember(target.id, bo.id, 6)
    const run = await env.run({
      operation: 'share',
      'room-id': String(target.id),
      members: 'ana@example.com: Editing\nc@example.com: 5\nd@example.com: viewer'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('shared')
    expect(shareRequests()[0]!.body).toMatchObject({
      invitations: [
        { id: ana.id, access: 10 },
        { email: 'c@example.com', access: 5 },
        { email: 'd@example.com', access: 2 }
      ]
    })
    expect(access(target.id, 'ana@example.com')).toBe(10)
    expect(access(target.id, 'bo@example.com')).toBe(6)
    expect(env.emulator.state.mailsTo('ana@example.com').map((m) => m.reason)).toEqual(['role-changed'])
    expect(env.emulator.state.mailsTo('bo@example.com')).toEqual([])
    expect(membersOf(run.outputs).map((m) => [m.email, m.access])).toEqual(
      expect.arrayContaining([
        ['admin@example.com', 'owner'],
        ['ana@example.com', 'editor'],
        ['bo@example.com', 'commenter'],
        ['c@example.com', 'reviewer'],
        ['d@example.com', 'viewer']
      ])
    )
  })

  it('removes by ID, and the member is gone', async () => {
    const { ana } = seedPeople()
    const target = room()
    env.emulator.state.setMember(target.id, ana.id, 10)
    const run = await env.run({ operation: 'share', 'room-id': String(target.id), members: 'ANA@example.com: remove' })
    expect(run.exitCode).toBe(0)
    expect(shareRequests()[0]!.body).toMatchObject({ invitations: [{ id: ana.id, access: 0 }] })
    expect(access(target.id, 'ana@example.com')).toBe(0)
    expect(membersOf(run.outputs).map((m) => m.email)).toEqual(['admin@example.com'])

    // Removing someone who is not a member sends nothing.
    env.emulator.requests.length = 0
    const again = await env.run({ operation: 'share', 'room-id': String(target.id), members: 'ana@example.com: 0' })
    expect(again.exitCode).toBe(0)
    expect(again.outputs.result).toBe('unchanged')
    expect(writes()).toEqual([])
  })

  it('makes an existing member room-manager by ID once they are a room admin', async () => {
    const { manager } = seedPeople()
    const target = room(2)
    env.emulator.state.setMember(target.id, manager.id, 2)
    const run = await env.run({
      operation: 'share',
      'room-id': String(target.id),
      members: 'manager@example.com: RoomManager'
    })
    expect(run.exitCode).toBe(0)
    expect(shareRequests()[0]!.body).toMatchObject({ invitations: [{ id: manager.id, access: 9 }] })
    expect(access(target.id, 'manager@example.com')).toBe(9)
  })

  it('mails nobody with notify: false, except an e-mail DocSpace does not know', async () => {
    const { ana } = seedPeople()
    const target = room()
    const run = await env.run({
      operation: 'share',
      'room-id': String(target.id),
      notify: 'false',
      'invite-message': 'Welcome to the specs',
      members: 'ana@example.com: editor\nstranger@example.com: viewer'
    })
    expect(run.exitCode).toBe(0)
    expect(access(target.id, 'ana@example.com')).toBe(10)
    expect(env.emulator.state.mailsTo(ana.email)).toEqual([])
    expect(env.emulator.state.mailsTo('stranger@example.com')).toEqual([
      expect.objectContaining({ reason: 'invitation', message: 'Welcome to the specs' })
    ])
  })

  it("fails with DocSpace's warning when the guest quota is full", async () => {
    seedPeople()
    const target = room()
    env.emulator.state.maxGuests = 0
    const run = await env.run({
      operation: 'share',
      'room-id': String(target.id),
      members: 'ana@example.com: editor\nguest@example.com: viewer'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /PUT \/api\/2\.0\/files\/rooms\/\d+\/share failed with HTTP 200\. DocSpace says: "[^"]+"/
    )
    expect(run.errors[0]).toContain('the other changes were applied')
    expect(run.outputs.result).toBeUndefined()
    expect(access(target.id, 'guest@example.com')).toBe(0)
  })

  it.each([
    [
      'a collaboration room and reviewer',
      2,
      'bo@example.com: reviewer',
      '("b…@example.com: reviewer") cannot be applied'
    ],
    ['a public room and editor', 6, 'bo@example.com: editor', 'is a public room, which does not take editor'],
    ['a plain user as room-manager', 5, 'bo@example.com: room-manager', 'not a DocSpace admin or room admin'],
    ['the owner', 5, 'admin@example.com: viewer', 'owner, whose access DocSpace does not change']
  ])('refuses %s, naming the line, and changes nothing', async (_, type, line, words) => {
    const { ana } = seedPeople()
    const target = room(type as 2 | 5 | 6)
    env.emulator.state.setMember(target.id, ana.id, 11)
    const run = await env.run({
      operation: 'share',
      'room-id': String(target.id),
      members: `ana@example.com: remove\n${line}`
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Input "members" line 2')
    expect(run.errors[0]).toContain(words)
    // A public repository's log is public: the line is named by its number, its e-mail cut to its domain.
    expect(run.log).not.toContain(line.split(':')[0]!)
    expect(writes()).toEqual([])
    expect(access(target.id, 'ana@example.com')).toBe(11)
  })

  it("fails with DocSpace's words when more e-mails are invited than the portal's invitation limit", async () => {
    const target = room()
    env.emulator.state.invitationLimit = 1
    const run = await env.run({
      operation: 'share',
      'room-id': String(target.id),
      members: 'one@example.com: viewer\ntwo@example.com: viewer'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('with HTTP 400. DocSpace says: "')
    expect(run.errors[0]).toContain('Invitation limit is exceeded')
    expect(run.errors[0]).toContain("raise the portal's invitation limit. Nothing was changed")
    expect(access(target.id, 'one@example.com')).toBe(0)
  })

  it("fails with DocSpace's error when a form role keeps a member of a virtual data room, changing nothing", async () => {
    const { ana, bo } = seedPeople()
    const target = room(8)
    env.emulator.state.setMember(target.id, ana.id, 7)
    env.emulator.state.addFormRole(target.id, ana.id)
    const run = await env.run({
      operation: 'share',
      'room-id': String(target.id),
      members: 'bo@example.com: viewer\nana@example.com: remove'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('DocSpace says: "Form role blocking deletion"')
    expect(access(target.id, ana.email)).toBe(7)
    expect(access(target.id, bo.email)).toBe(0)
  })

  it('refuses an archived room right after reading it', async () => {
    seedPeople()
    const target = env.emulator.addRoom({ title: 'Old', roomType: 5, archived: true })
    const run = await env.run({ operation: 'share', 'room-id': String(target.id), members: 'ana@example.com: editor' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('is archived')
    expect(writes()).toEqual([])
  })

  it('finds the room by title like get does', async () => {
    seedPeople()
    room()
    const run = await env.run({ operation: 'share', title: 'Shared room', members: 'ana@example.com: viewer' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['room-title']).toBe('Shared room')
  })
})

describe('external-link', () => {
  it.each([
    ['custom', 5],
    ['public', 6],
    ['form-filling', 1]
  ])('gives the primary external link of a new %s room', async (type) => {
    const run = await env.run({
      operation: 'create',
      title: `Linked ${type}`,
      'room-type': type,
      'external-link': 'true'
    })
    expect(run.exitCode).toBe(0)
    const link = run.outputs['external-link']!
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/\S+$/)
    expect(env.emulator.state.linkWorks(link)).toBe(true)
    // Asked again, the same link.
    const again = await env.run({ operation: 'share', 'room-id': run.outputs['room-id']!, 'external-link': 'true' })
    expect(again.outputs['external-link']).toBe(link)
  })

  it.each(['collaboration', 'virtual-data'])('is an input error on create of a %s room', async (type) => {
    const run = await env.run({ operation: 'create', title: 'No link', 'room-type': type, 'external-link': 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(`Input "external-link" is true, but a ${type} room has no external link`)
    expect(env.emulator.requests).toEqual([])
  })

  it.each([
    ['collaboration', 2],
    ['virtual-data', 8]
  ] as const)('fails on an existing %s room right after reading it, writing nothing', async (type, value) => {
    const target = env.emulator.addRoom({ title: 'No link', roomType: value })
    const run = await env.run({ operation: 'share', 'room-id': String(target.id), 'external-link': 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      `Input "external-link" is true, but room ${target.id} is a ${type} room, which has no external link`
    )
    expect(env.emulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /files/rooms/${target.id}`])
  })
})

describe('members', () => {
  it('lists the members, the owner first', async () => {
    const { ana, bo } = seedPeople()
    const target = env.emulator.addRoom({ title: 'Listed', roomType: 5, createdBy: env.emulator.state.adminUserId })
    env.emulator.state.setMember(target.id, ana.id, 5)
    env.emulator.state.setMember(target.id, bo.id, 2)
    const run = await env.run({ operation: 'members', 'room-id': String(target.id) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('listed')
    expect(membersOf(run.outputs)).toEqual([
      expect.objectContaining(OWNER),
      { id: ana.id, name: 'Ana Lopez', email: 'ana@example.com', access: 'reviewer' },
      { id: bo.id, name: 'Bo Chen', email: 'bo@example.com', access: 'viewer' }
    ])
    expect(writes()).toEqual([])
  })
})

describe('pull-request-members', () => {
  const examples = (
    createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as {
      name: string
      examples: WebhookPayload[]
    }[]
  ).find((e) => e.name === 'pull_request')!.examples
  /** A real payload; the second `opened` example has a requested reviewer (octocat) and an assignee (Codertocat). */
  const payload = (action: string, index = 0): WebhookPayload =>
    structuredClone(examples.filter((e) => e.action === action)[index]!)

  it('invites the author, the requested reviewers and the assignees of the pull request', async () => {
    seedPeople()
    const event = payload('opened', 1)
    ;(event.pull_request as Record<string, unknown>).requested_teams = [{ name: 'Core', slug: 'core', id: 7 }]
    const run = await env.run(
      {
        operation: 'create',
        'github-users': 'Codertocat: ana@example.com\nocto: someone@example.com',
        'pull-request-members': 'author, reviewers, assignees'
      },
      eventEnv('pull_request', event)
    )
    expect(run.exitCode).toBe(0)
    const id = Number(run.outputs['room-id'])
    expect(access(id, 'ana@example.com')).toBe(10)
    // octocat is requested but missing from github-users: a warning naming it; the team: a notice.
    expect(run.stdout).toMatch(/^::warning::@octocat \(the pull request's reviewer\) is not in github-users/m)
    expect(run.stdout).toMatch(/^::notice::Team core is a requested reviewer/m)
    // The log names them by login; their e-mails are only in the members output.
    expect(run.log).toContain("Invited Ana Lopez (the pull request's author @Codertocat) as editor")
    expect(run.log).not.toContain('ana@example.com')
    expect(membersOf(run.outputs).map((m) => [m.email, m.access])).toEqual([
      ['admin@example.com', 'owner'],
      ['ana@example.com', 'editor']
    ])
  })

  it('applies them to the room a reopened pull request restores from the archive', async () => {
    seedPeople()
    const users = 'Codertocat: ana@example.com\noctocat: bo@example.com'
    const opened = await env.run(
      { operation: 'create', 'github-users': users, 'pull-request-members': 'author' },
      eventEnv('pull_request', payload('opened', 1))
    )
    expect(opened.exitCode).toBe(0)
    const closed = await env.run({ operation: 'archive' }, eventEnv('pull_request', payload('closed')))
    expect(closed.exitCode).toBe(0)
    const run = await env.run(
      { operation: 'create', 'github-users': users, 'pull-request-members': 'author, reviewers' },
      eventEnv('pull_request', payload('reopened'))
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('unarchived')
    const id = Number(run.outputs['room-id'])
    expect(id).toBe(Number(opened.outputs['room-id']))
    expect(access(id, 'ana@example.com')).toBe(10)
    expect(access(id, 'bo@example.com')).toBe(10)
  })

  it('adds the reviewer a review_requested event requests, with pull-request-access', async () => {
    seedPeople()
    const opened = await env.run(
      { operation: 'create', 'github-users': 'Codertocat: ana@example.com', 'pull-request-members': 'author' },
      eventEnv('pull_request', payload('review_requested'))
    )
    expect(opened.exitCode).toBe(0)
    const event = payload('review_requested')
    ;(event.pull_request as Record<string, unknown>).requested_reviewers = []
    const run = await env.run(
      {
        operation: 'share',
        'github-users': 'Codertocat: ana@example.com\noctocat: bo@example.com',
        'pull-request-members': 'reviewers',
        'pull-request-access': 'commenter'
      },
      eventEnv('pull_request', event)
    )
    expect(run.exitCode).toBe(0)
    const id = Number(run.outputs['room-id'])
    expect(id).toBe(Number(opened.outputs['room-id']))
    expect(access(id, 'bo@example.com')).toBe(6)
    expect(access(id, 'ana@example.com')).toBe(10)
  })
})
