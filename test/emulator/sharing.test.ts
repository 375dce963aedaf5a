// Room membership, links and people lookup, checked against DocSpace-server at
// tag v3.7.2-server (ed2994e74f9d). Paths are relative to that repository:
//   VRC  products/ASC.Files/Server/Api/VirtualRoomsController.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   FSH  products/ASC.Files/Core/Utils/FileSharing.cs
//   SEC  products/ASC.Files/Core/Core/Security/FileSecurity.cs
//   SDAO products/ASC.Files/Core/Core/Dao/TeamlabDao/SecurityDao.cs
//   UC   products/ASC.People/Server/Api/UserController.cs
import { startEmulator, type Emulator } from './server.js'
import { readFileShare } from './sharing.js'
import { ADMIN_USER_ID, type EmulatedUser } from './state.js'

interface Envelope<T> {
  response: T
  count: number
  total?: number
  status: number
  statusCode: number
}
interface ErrorBody {
  error: { message: string; type: string | null }
  statusCode: number
}
interface Person {
  id: string
  displayName: string
  email: string
  firstName: string
  lastName: string
  activationStatus: number
  status: number
  isVisitor: boolean
  isRoomAdmin: boolean
  isAdmin: boolean
  isOwner: boolean
  isCollaborator: boolean
}
interface Share {
  access: number
  sharedToUser?: Person
  sharedTo?: unknown
  sharedLink?: {
    id: string
    title: string
    shareLink: string
    linkType: number
    primary: boolean
    internal: boolean
    denyDownload: boolean
    isExpired: boolean
  }
  isOwner: boolean
  isLocked: boolean
  canEditAccess: boolean
  subjectType: number
}
interface RoomSecurity {
  members?: Share[]
  warning?: string
  error: number
}

const RA_ID = '0d9d3c84-5f7e-4d39-9a5b-2a4c59f1a001'
const USER_ID = '0d9d3c84-5f7e-4d39-9a5b-2a4c59f1a002'
const RA_KEY = 'sk-room-admin'
const USER_KEY = 'sk-plain-user'

let emu: Emulator
let ra: EmulatedUser
let plain: EmulatedUser

beforeAll(async () => {
  emu = await startEmulator({
    operationDelayMs: 0,
    keys: { [RA_KEY]: { scopes: ['*'], userId: RA_ID }, [USER_KEY]: { scopes: ['*'], userId: USER_ID } }
  })
})
beforeEach(() => {
  ra = emu.state.addUser({ id: RA_ID, email: 'rita@example.com', displayName: 'Rita Admin', type: 'RoomAdmin' })
  plain = emu.state.addUser({ id: USER_ID, email: 'ulf@example.com', displayName: 'Ulf User', type: 'User' })
})
afterEach(() => emu.reset())
afterAll(() => emu.close())

async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  key: string = emu.apiKey
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${emu.url}/api/2.0${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T }
}

const share = (roomId: number, body: unknown, key?: string) =>
  call<Envelope<RoomSecurity> & ErrorBody>('PUT', `/files/rooms/${roomId}/share`, body, key)
const list = (roomId: number, query = '', key?: string) =>
  call<Envelope<Share[]> & ErrorBody>('GET', `/files/rooms/${roomId}/share${query}`, undefined, key)

describe('state helpers', () => {
  it('addUser makes a profile with type, id, names and activation status', () => {
    const g = emu.state.addUser({ email: 'gus@example.com', displayName: 'Gus Guest', type: 'Guest' })
    expect(g.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(g).toMatchObject({ firstName: 'Gus', lastName: 'Guest', activationStatus: 1, status: 1, type: 'Guest' })
    expect(emu.state.userType(g.id)).toBe('Guest')
    expect(emu.state.displayName(g.id)).toBe('Gus Guest')
    expect(emu.state.userByEmail('GUS@example.com')).toBe(g)
    expect(() => emu.state.addUser({ email: 'gus@example.com' })).toThrow(/already exists/)
  })
  it('reset drops added users, members, links and mails', () => {
    const room = emu.addRoom({ title: 'R' })
    emu.state.setMember(room.id, plain.id, 10)
    emu.reset()
    expect(emu.state.user(USER_ID)).toBeUndefined()
    expect(emu.state.roomMembers(room.id)).toEqual([])
    expect(emu.state.user(ADMIN_USER_ID)?.email).toBe('admin@example.com')
  })
})

describe('PUT files/rooms/{id}/share (VRC:485-564, FSH:63-513)', () => {
  it('invites by id, answers only the ids sent (VRC:559-561), mails on add with notify (FSH:427-432)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const res = await share(room.id, {
      invitations: [
        { id: plain.id, access: 10 },
        { email: 'new@example.com', access: 2 }
      ],
      notify: true,
      message: 'Welcome'
    })
    expect(res.status).toBe(200)
    expect(res.body.response.error).toBe(0)
    expect(res.body.response.warning).toBeUndefined()
    // The e-mail invitee (Guid.Empty in the request) is not in `members`.
    expect(res.body.response.members).toHaveLength(1)
    expect(res.body.response.members![0]).toMatchObject({
      access: 10,
      isOwner: false,
      subjectType: 0,
      sharedToUser: { id: plain.id, email: 'ulf@example.com', displayName: 'Ulf User' }
    })
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(10)
    expect(emu.state.mails.map((m) => [m.to, m.reason, m.access, m.message])).toEqual([
      ['ulf@example.com', 'added', 10, 'Welcome'],
      ['new@example.com', 'invitation', 2, 'Welcome']
    ])
  })

  it('a re-run with the same access changes nothing and mails nobody (FSH:322-325)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const body = {
      invitations: [
        { id: plain.id, access: 10 },
        { email: 'new@example.com', access: 2 }
      ],
      notify: true
    }
    await share(room.id, body)
    const mails = emu.state.mails.length
    const again = await share(room.id, body)
    expect(again.status).toBe(200)
    expect(again.body.response.members).toHaveLength(1)
    // the pending guest made by the first run is resolved by e-mail and has the same access: skipped
    expect(emu.state.mails).toHaveLength(mails)
  })

  it('mails a changed access only with notify (FSS:4088-4097)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 2)
    await share(room.id, { invitations: [{ id: plain.id, access: 10 }], notify: false })
    expect(emu.state.mails).toEqual([])
    await share(room.id, { invitations: [{ id: plain.id, access: 5 }], notify: true })
    expect(emu.state.mails.map((m) => [m.to, m.reason, m.access])).toEqual([['ulf@example.com', 'role-changed', 5]])
  })

  it('an unknown e-mail gets a pending guest and the invitation mail whatever notify says (FSH:292-304, 412-424)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const res = await share(room.id, {
      invitations: [{ email: 'Stranger@Example.com', access: 'Read' }],
      notify: false
    })
    expect(res.status).toBe(200)
    expect(res.body.response.members).toEqual([])
    const guest = emu.state.userByEmail('stranger@example.com')!
    expect(guest).toMatchObject({ type: 'Guest', activationStatus: 2, status: 4, firstName: '', lastName: '' })
    expect(guest.displayName).toBe('Stranger@Example.com') // blank names → the e-mail (DisplayUserSettings.cs:95-100)
    expect(emu.state.memberAccess(room.id, guest.id)).toBe(2)
    expect(emu.state.mails.map((m) => [m.to, m.reason])).toEqual([['Stranger@Example.com', 'invitation']])
  })

  it('an active user invited by e-mail becomes an id invitation: mailed only with notify (FSH:277-291)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    await share(room.id, { invitations: [{ email: 'ulf@example.com', access: 10 }], notify: false })
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(10)
    expect(emu.state.mails).toEqual([])
  })

  it('an existing member invited by e-mail with another access is an update: role-changed mail with notify (FSH:278-283)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 2)
    await share(room.id, { invitations: [{ email: 'ulf@example.com', access: 10 }], notify: true })
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(10)
    expect(emu.state.mails.map((m) => [m.to, m.reason])).toEqual([['ulf@example.com', 'role-changed']])
  })

  it('a pending account re-invited by e-mail with another access gets the invitation mail again (FSH:287-290, 412-424)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    await share(room.id, { invitations: [{ email: 'new@example.com', access: 2 }] })
    await share(room.id, { invitations: [{ email: 'new@example.com', access: 10 }] })
    expect(emu.state.mails.map((m) => [m.reason, m.access])).toEqual([
      ['invitation', 2],
      ['invitation', 10]
    ])
  })

  it('terminated accounts are skipped (FSH:126-129); AI rooms refuse 9 and 11 for guests (FSH:256-261)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const gone = emu.state.addUser({ email: 'gone@example.com', status: 2 })
    const res = await share(room.id, { invitations: [{ id: gone.id, access: 2 }] })
    expect(res.status).toBe(200)
    expect(emu.state.memberAccess(room.id, gone.id)).toBe(0)
    const ai = emu.addRoom({ title: 'AI', roomType: 9 })
    const guest = emu.state.addUser({ email: 'g@example.com', type: 'Guest' })
    expect((await share(ai.id, { invitations: [{ id: guest.id, access: 11 }] })).status).toBe(403)
    expect((await share(ai.id, { invitations: [{ id: guest.id, access: 2 }] })).status).toBe(200)
  })

  it('access by enum name; an unparseable name is None and removes an id (FileShare.cs:82-95)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    await share(room.id, { invitations: [{ id: plain.id, access: 'Editing' }] })
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(10)
    const res = await share(room.id, { invitations: [{ id: plain.id, access: 'editor' }] })
    expect(res.status).toBe(200)
    expect(res.body.response.members).toEqual([])
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(0)
  })

  it('access 0 by e-mail is a no-op: the address is never resolved (FSH:271, 383)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 10)
    const res = await share(room.id, { invitations: [{ email: 'ulf@example.com', access: 0 }], notify: true })
    expect(res.status).toBe(200)
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(10)
    expect(emu.state.mails).toEqual([])
  })

  it('access 0 by id removes, without mail (FSH:383; FSS:4081-4087)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 10)
    const res = await share(room.id, { invitations: [{ id: plain.id, access: 0 }], notify: true })
    expect(res.body.response.members).toEqual([])
    expect(emu.state.roomMembers(room.id)).toEqual([])
    expect(emu.state.mails).toEqual([])
  })

  it('RoomManager by e-mail is refused even for a room admin: e-mails are checked as Guest (FSH:124-131, 263-270)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const byMail = await share(room.id, { invitations: [{ email: 'rita@example.com', access: 9 }] })
    expect(byMail.status).toBe(403)
    expect(byMail.body.error.message).toBe('The role is not available for this user type')
    expect(byMail.body.error.type).toBe('System.InvalidOperationException')
    const byId = await share(room.id, { invitations: [{ id: ra.id, access: 9 }] })
    expect(byId.status).toBe(200)
    expect(emu.state.memberAccess(room.id, ra.id)).toBe(9)
    // a "User" cannot be a room manager (SEC:251-255)
    const user = await share(room.id, { invitations: [{ id: plain.id, access: 9 }] })
    expect(user.status).toBe(403)
  })

  it.each([
    [5, 10, 200],
    [5, 7, 403], // FillForms not in custom rooms (SEC:165-168)
    [6, 10, 403], // public rooms: users get 9, 11, 0 only (SEC:189)
    [6, 11, 200],
    [1, 7, 200],
    [1, 2, 403], // form filling: 9, 11, 7, 0 (SEC:200)
    [2, 5, 403], // collaboration: 9, 11, 10, 2, 0 (SEC:211)
    [8, 7, 200], // VDR (SEC:220)
    [9, 10, 403], // AI: 9, 11, 2, 0 (SEC:229)
    [5, 1, 403], // ReadWrite is nowhere a room role
    [5, 42, 403] // an undefined number is cast as it is, then refused
  ] as const)('room type %i, access %i → %i (SEC:157-234 via FSH:180-184)', async (roomType, access, status) => {
    const room = emu.addRoom({ title: 'T', roomType })
    const res = await share(room.id, { invitations: [{ id: plain.id, access }] })
    expect(res.status).toBe(status)
  })

  it('a refused invitation stops the batch; those before it stay applied (FSH:116-184)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const other = emu.state.addUser({ email: 'ola@example.com', displayName: 'Ola Other' })
    const res = await share(room.id, {
      invitations: [
        { id: plain.id, access: 10 },
        { id: other.id, access: 9 },
        { email: 'late@example.com', access: 2 }
      ]
    })
    expect(res.status).toBe(403)
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(10)
    expect(emu.state.memberAccess(room.id, other.id)).toBe(0)
    expect(emu.state.userByEmail('late@example.com')).toBeUndefined()
  })

  it('a full guest quota answers 200 with only a warning and skips that invitation (FSH:294-304)', async () => {
    emu.state.maxGuests = 0
    const room = emu.addRoom({ title: 'Docs' })
    const res = await share(room.id, {
      invitations: [
        { email: 'a@example.com', access: 2 },
        { id: plain.id, access: 2 }
      ]
    })
    expect(res.status).toBe(200)
    expect(res.body.response.warning).toBe('The number of users should not exceed 0')
    expect(res.body.response.error).toBe(0)
    expect(emu.state.userByEmail('a@example.com')).toBeUndefined()
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(2)
    expect(emu.state.mails.filter((m) => m.reason === 'invitation')).toEqual([])
  })

  it('archived room → 403 Access denied (FSH:82-99, 612-644; SEC:1752-1764)', async () => {
    const room = emu.addRoom({ title: 'Old', archived: true })
    const res = await share(room.id, { invitations: [{ id: plain.id, access: 2 }] })
    expect(res.status).toBe(403)
    expect(res.body.error.message).toBe('Access denied')
  })

  it('no invitations → 200 {error: 0} before the room is looked up (VRC:493-496)', async () => {
    const res = await share(999_999, { invitations: [] })
    expect(res.status).toBe(200)
    expect(res.body.response).toEqual({ error: 0 })
  })

  it('missing room → 404; a room the caller cannot read → 403 (VRC:523, FSS:167-185)', async () => {
    expect((await share(999_999, { invitations: [{ id: plain.id, access: 2 }] })).status).toBe(404)
    const room = emu.addRoom({ title: 'Docs' })
    const res = await share(room.id, { invitations: [{ id: ra.id, access: 2 }] }, USER_KEY)
    expect(res.status).toBe(403)
    expect(res.body.error.message).toBe("You don't have enough permission to view the folder content")
  })

  it('guests may not be invited by e-mail when the portal forbids it (VRC:498-521)', async () => {
    emu.state.allowInvitingGuests = false
    const room = emu.addRoom({ title: 'Docs' })
    const res = await share(room.id, { invitations: [{ email: 'x@example.com', access: 2 }] })
    expect(res.status).toBe(403)
    expect(res.body.error.message).toBe('Access denied')
  })

  it('more e-mails than the invitation limit → 400 "Invitation limit is exceeded" (EmailInvitationDto.cs:62-85)', async () => {
    emu.state.invitationLimit = 1
    const room = emu.addRoom({ title: 'Docs' })
    const res = await call<Envelope<{ errors: Record<string, string[]> }>>('PUT', `/files/rooms/${room.id}/share`, {
      invitations: [
        { email: 'a@example.com', access: 2 },
        { email: 'b@example.com', access: 2 },
        { id: plain.id, access: 2 }
      ]
    })
    expect(res.status).toBe(400)
    expect(res.body.response.errors['Invitations']).toEqual(['Invitation limit is exceeded'])
    expect(emu.state.roomMembers(room.id)).toEqual([])
  })

  it('VDR: removing a user with a form role without force → 200 error 1, nothing applied (VRC:535-543)', async () => {
    const room = emu.addRoom({ title: 'VDR', roomType: 8 })
    emu.state.setMember(room.id, plain.id, 7)
    emu.state.addFormRole(room.id, plain.id)
    const other = emu.state.addUser({ email: 'ola@example.com' })
    const res = await share(room.id, {
      invitations: [
        { id: other.id, access: 2 },
        { id: plain.id, access: 0 }
      ]
    })
    expect(res.status).toBe(200)
    expect(res.body.response).toEqual({ error: 1 })
    expect(emu.state.memberAccess(room.id, other.id)).toBe(0)
    const forced = await share(room.id, { invitations: [{ id: plain.id, access: 0 }], force: true })
    expect(forced.body.response.error).toBe(0)
    expect(emu.state.memberAccess(room.id, plain.id)).toBe(0)
  })

  it('a room admin cannot see unrelated guests: their invitations are dropped silently (VRC:545-554)', async () => {
    const room = emu.addRoom({ title: 'Mine', createdBy: RA_ID })
    const guest = emu.state.addUser({ email: 'g@example.com', type: 'Guest' })
    const res = await share(room.id, { invitations: [{ id: guest.id, access: 2 }] }, RA_KEY)
    expect(res.status).toBe(200)
    expect(res.body.response.members).toEqual([])
    expect(emu.state.memberAccess(room.id, guest.id)).toBe(0)
    emu.state.relate(RA_ID, guest.id)
    await share(room.id, { invitations: [{ id: guest.id, access: 2 }] }, RA_KEY)
    expect(emu.state.memberAccess(room.id, guest.id)).toBe(2)
  })

  it('a member without RoomManager access may not change access: 403 (FSH:82-99)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, ra.id, 10)
    const res = await share(room.id, { invitations: [{ id: plain.id, access: 2 }] }, RA_KEY)
    expect(res.status).toBe(403)
    expect(res.body.error.message).toBe('Access denied')
    // RoomManager access is enough
    emu.state.setMember(room.id, ra.id, 9)
    expect((await share(room.id, { invitations: [{ id: plain.id, access: 2 }] }, RA_KEY)).status).toBe(200)
  })

  it('a "User" caller sees nobody else, so its invitations are all dropped: 200, nothing done (VRC:545-554)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 10)
    // an empty batch passes the CanSetAccess check (FSH:82: TrueForAll of nothing)
    const res = await share(room.id, { invitations: [{ id: ra.id, access: 2 }] }, USER_KEY)
    expect(res.status).toBe(200)
    expect(res.body.response).toEqual({ members: [], error: 0 })
    expect(emu.state.memberAccess(room.id, ra.id)).toBe(0)
  })

  it('a bad GUID or a malformed e-mail is a 400 validation problem', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const badId = await call<Envelope<{ errors: Record<string, string[]> }>>('PUT', `/files/rooms/${room.id}/share`, {
      invitations: [{ id: 'nope', access: 2 }]
    })
    expect(badId.status).toBe(400)
    expect(Object.keys(badId.body.response.errors)).toContain('$.invitations[0].id')
    const badMail = await call<Envelope<{ errors: Record<string, string[]> }>>('PUT', `/files/rooms/${room.id}/share`, {
      invitations: [{ email: 'no-at-sign', access: 2 }]
    })
    expect(badMail.status).toBe(400)
  })
})

describe('readFileShare (FileShare.cs:82-95)', () => {
  it.each([
    [10, 10],
    [42, 42],
    [2.5, 0],
    ['Editing', 10],
    ['RoomManager', 9],
    ['editing', 0],
    ['editor', 0],
    ['10', 10],
    [' 7 ', 7],
    ['', 0],
    [null, 0],
    [true, 0]
  ] as const)('%p → %p', (value, expected) => {
    expect(readFileShare(value)).toBe(expected)
  })
})

describe('GET files/rooms/{id}/share (VRC:572-588, FSH:704-747)', () => {
  it('lists the owner first as ReadWrite isOwner, then members; count and total in the envelope', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 10)
    emu.state.setMember(room.id, ra.id, 9)
    const res = await list(room.id)
    expect(res.status).toBe(200)
    expect(res.body.count).toBe(3)
    expect(res.body.total).toBe(3)
    const [owner, ...rest] = res.body.response
    expect(owner).toMatchObject({ access: 1, isOwner: true, canEditAccess: false, subjectType: 0 })
    expect(owner!.sharedToUser).toMatchObject({ id: ADMIN_USER_ID, email: 'admin@example.com', isOwner: true })
    // room managers before other members (SDAO:562-581)
    expect(rest.map((s) => [s.sharedToUser!.email, s.access])).toEqual([
      ['rita@example.com', 9],
      ['ulf@example.com', 10]
    ])
    expect(rest[0]!.sharedTo).toEqual(rest[0]!.sharedToUser)
    expect(rest[0]!.canEditAccess).toBe(true)
  })

  it('pending and guest accounts come last (SDAO:562-581)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    await share(room.id, { invitations: [{ email: 'zed@example.com', access: 2 }] })
    emu.state.setMember(room.id, plain.id, 2)
    const res = await list(room.id)
    expect(res.body.response.map((s) => s.sharedToUser!.email)).toEqual([
      'admin@example.com',
      'ulf@example.com',
      'zed@example.com'
    ])
    expect(res.body.response[2]!.sharedToUser).toMatchObject({ activationStatus: 2, isVisitor: true })
  })

  it('filterValue is a case-insensitive substring of first name, last name or e-mail (SDAO:533-538)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 10)
    emu.state.setMember(room.id, ra.id, 10)
    const byName = await list(room.id, '?filterValue=ULF')
    expect(byName.body.response.map((s) => s.sharedToUser!.id)).toEqual([plain.id])
    expect(byName.body.total).toBe(1)
    // a substring, not equality: "example" matches everyone, the owner included
    const all = await list(room.id, '?filterValue=example.com')
    expect(all.body.total).toBe(3)
  })

  it('pages with startIndex/count; count = min(total − startIndex, count) (VRC:581-582)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 10)
    emu.state.setMember(room.id, ra.id, 10)
    const page = await list(room.id, '?startIndex=1&count=1')
    expect(page.body.response).toHaveLength(1)
    expect(page.body.response[0]!.isOwner).toBe(false)
    expect([page.body.count, page.body.total]).toEqual([1, 3])
    const past = await list(room.id, '?startIndex=5')
    expect(past.body.response).toEqual([])
    expect(past.body.count).toBe(-2)
    expect((await list(room.id, '?count=0')).status).toBe(400)
    expect((await list(room.id, '?count=101')).status).toBe(400)
  })

  it('members may list; a missing room is 404 "Item not found"', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 2)
    const res = await list(room.id, '', USER_KEY)
    expect(res.body.total).toBe(2)
    expect(res.body.response[1]).toMatchObject({ isLocked: true, canEditAccess: false })
    const missing = await list(999_999)
    expect(missing.status).toBe(404)
    expect(missing.body.error.message).toBe('Item not found')
  })

  it('honours fields= like every other endpoint', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const res = await list(room.id, '?fields=access,isOwner')
    expect(res.body.response).toEqual([{ access: 1, isOwner: true }])
  })
})

describe('GET files/rooms/{id}/link (VRC:671-677, FSS:3952-4026)', () => {
  const link = (roomId: number, key?: string) =>
    call<Envelope<Share> & ErrorBody>('GET', `/files/rooms/${roomId}/link`, undefined, key)

  it('makes the primary external link of a custom room on first request, then returns the same one', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    expect(emu.state.primaryLink(room.id)).toBeUndefined()
    const first = await link(room.id)
    expect(first.status).toBe(200)
    expect(first.body.response).toMatchObject({ access: 2, subjectType: 4, canEditAccess: false })
    expect(first.body.response.sharedLink).toMatchObject({
      title: 'Shared link',
      linkType: 1,
      primary: true,
      internal: false
    })
    const url = first.body.response.sharedLink!.shareLink
    expect(url).toMatch(new RegExp(`^${emu.portalUrl}/s/[A-Za-z0-9_-]{15}$`))
    const second = await link(room.id)
    expect(second.body.response.sharedLink!.shareLink).toBe(url)
    expect(emu.state.links.get(room.id)).toHaveLength(1)
    // the room is now fully shared: Embed (FileSecurity.cs:1267-1283; Folder.cs:375)
    const dto = await call<Envelope<{ security: Record<string, boolean> }>>('GET', `/files/rooms/${room.id}`)
    expect(dto.body.response.security['Embed']).toBe(true)
  })

  it('public and form-filling rooms have theirs from creation (FSS:843-852)', async () => {
    const created = await call<Envelope<{ id: number }>>('POST', '/files/rooms', { title: 'Pub', roomType: 6 })
    expect(emu.state.primaryLink(created.body.response.id)).toMatchObject({ access: 2, title: 'Shared link' })
    const form = emu.addRoom({ title: 'Form', roomType: 1 })
    const res = await link(form.id)
    expect(res.body.response).toMatchObject({ access: 7, canRevoke: true })
    expect(res.body.response.sharedLink!.title).toBe('Link to fill out')
  })

  it.each([2, 8, 9])('room type %i has no external links: 403 role not available (FSH:180-184)', async (roomType) => {
    const room = emu.addRoom({ title: 'T', roomType: roomType as 2 | 8 | 9 })
    const res = await link(room.id)
    expect(res.status).toBe(403)
    expect(res.body.error.message).toBe('The role is not available for this user type')
  })

  it('a member who may not set access cannot make one: 403 Access denied (FSS:4004-4007)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 10)
    const res = await link(room.id, USER_KEY)
    expect(res.status).toBe(403)
    expect(res.body.error.message).toBe('Access denied')
    await link(room.id)
    expect((await link(room.id, USER_KEY)).status).toBe(200) // an existing one is readable (FSH:1046-1048)
  })

  it('a missing room is 404', async () => {
    expect((await link(999_999)).status).toBe(404)
  })

  it('links stop working while the room is archived and work again after (ExternalShare.cs:124-127)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const url = (await link(room.id)).body.response.sharedLink!.shareLink
    expect(emu.state.linkWorks(url)).toBe(true)
    await call('PUT', `/files/rooms/${room.id}/archive`, {})
    expect(emu.room(room.id)!.archived).toBe(true)
    expect(emu.state.linkStatus(url)).toBe('Invalid')
    // the archived room still answers its (dead) link
    expect((await link(room.id)).body.response.sharedLink!.shareLink).toBe(url)
    await call('PUT', `/files/rooms/${room.id}/unarchive`, {})
    expect(emu.state.linkWorks(url)).toBe(true)
    expect(emu.state.linkWorks('https://elsewhere/s/unknownkey00000')).toBe(false)
  })

  it('deleting the room deletes its records: the link no longer works (FolderDao.cs:926)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    emu.state.setMember(room.id, plain.id, 2)
    const url = (await link(room.id)).body.response.sharedLink!.shareLink
    await call('PUT', `/files/rooms/${room.id}/archive`, {})
    await call('DELETE', `/files/rooms/${room.id}`, {})
    expect(emu.room(room.id)).toBeUndefined()
    expect(emu.state.linkWorks(url)).toBe(false)
    expect(emu.state.roomMembers(room.id)).toEqual([])
  })

  it('GET …/links lists the room links (VRC:637-660)', async () => {
    const room = emu.addRoom({ title: 'Pub', roomType: 6 })
    const res = await call<Envelope<Share[]>>('GET', `/files/rooms/${room.id}/links`)
    expect(res.status).toBe(200)
    expect(res.body.count).toBe(1)
    expect(res.body.response[0]!.sharedLink!.primary).toBe(true)
    const invitations = await call<Envelope<Share[]>>('GET', `/files/rooms/${room.id}/links?type=0`)
    expect(invitations.body.response).toEqual([])
  })
})

describe('PUT files/rooms/{id}/links (VRC:597-629)', () => {
  const put = (roomId: number, body: unknown, key?: string) =>
    call<Envelope<Share> & ErrorBody>('PUT', `/files/rooms/${roomId}/links`, body, key)

  it('linkType defaults to Invitation; only one invitation link per room (FSH:61, 340-369)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const first = await put(room.id, { access: 2 })
    expect(first.status).toBe(200)
    expect(first.body.response).toMatchObject({ access: 2, subjectType: 3 })
    expect(first.body.response.sharedLink).toMatchObject({ title: 'Invitation link', linkType: 0, primary: false })
    const second = await put(room.id, { access: 2 })
    expect(second.status).toBe(403)
    expect(second.body.error.message).toBe('The maximum number of links may not exceed 1')
  })

  it('external links: up to 5 additional ones in a custom room, then 403 (SEC:110-136)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    for (let i = 0; i < 5; i++) expect((await put(room.id, { linkType: 1, access: 2 })).status).toBe(200)
    const sixth = await put(room.id, { linkType: 1, access: 2 })
    expect(sixth.status).toBe(403)
    expect(sixth.body.error.message).toBe('The maximum number of links may not exceed 5')
  })

  it('updates by linkId, revokes with access 0 (answer without response, count 0)', async () => {
    const room = emu.addRoom({ title: 'Docs' })
    const made = await put(room.id, { linkType: 1, access: 2, title: 'Reviewers' })
    const id = made.body.response.sharedLink!.id
    const changed = await put(room.id, { linkType: 1, linkId: id, access: 10, title: 'Editors', password: 'pw' })
    expect(changed.body.response.access).toBe(10)
    expect(changed.body.response.sharedLink).toMatchObject({ id, title: 'Editors' })
    // the password comes back in clear text (FSH:1181)
    expect((changed.body.response.sharedLink as Record<string, unknown>)['password']).toBe('pw')
    const revoked = await put(room.id, { linkType: 1, linkId: id, access: 0 })
    expect(revoked.status).toBe(200)
    expect(revoked.body.response).toBeUndefined()
    expect(revoked.body.count).toBe(0)
    expect(emu.state.links.get(room.id)).toEqual([])
  })

  it('revoking the primary link of a public room makes a new one at once (FSS:5796-5815; VRC:623-626)', async () => {
    const room = emu.addRoom({ title: 'Pub', roomType: 6 })
    const old = emu.state.primaryLink(room.id)!
    const res = await put(room.id, { linkType: 1, linkId: old.id, access: 0 })
    expect(res.status).toBe(200)
    const fresh = emu.state.primaryLink(room.id)!
    expect(fresh.id).not.toBe(old.id)
    expect(res.body.response.sharedLink).toMatchObject({ id: fresh.id, primary: true, title: 'Shared link' })
    expect((res.body.response.sharedLink as Record<string, unknown>)['requestToken']).toBeUndefined()
    expect(emu.state.linkWorks(`${emu.portalUrl}/s/${old.key}`)).toBe(false)
  })

  it.each([
    [2, 1, 2, 403], // collaboration rooms have no external links
    [1, 1, 2, 403], // form filling: no additional external links (count 0)
    [5, 0, 9, 403], // no RoomManager through an invitation link
    [6, 0, 10, 403], // public: invitation links 11, 2, 0
    [8, 0, 7, 200]
  ] as const)('room type %i, linkType %i, access %i → %i (SEC:157-234)', async (roomType, linkType, access, status) => {
    const room = emu.addRoom({ title: 'T', roomType })
    expect((await put(room.id, { linkType, access })).status).toBe(status)
  })

  it('archived room → 403 Access denied; an expiry beyond 10 years → 400; linkType 2 → 403', async () => {
    const old = emu.addRoom({ title: 'Old', archived: true })
    expect((await put(old.id, { linkType: 1, access: 2 })).status).toBe(403)
    const room = emu.addRoom({ title: 'Docs' })
    const far = new Date(Date.now() + 11 * 365 * 86_400_000).toISOString()
    expect((await put(room.id, { linkType: 1, access: 2, expirationDate: far })).status).toBe(400)
    expect((await put(room.id, { linkType: 2, access: 2 })).status).toBe(403)
  })
})

describe('GET people/email (UC:1050-1074)', () => {
  const byEmail = (q: string, key?: string) =>
    call<Envelope<Person> & ErrorBody>('GET', `/people/email${q}`, undefined, key)

  it('answers the EmployeeFullDto of a known address, case-insensitively', async () => {
    const res = await byEmail('?email=RITA@example.com')
    expect(res.status).toBe(200)
    expect(res.body.response).toMatchObject({
      id: RA_ID,
      displayName: 'Rita Admin',
      firstName: 'Rita',
      lastName: 'Admin',
      email: 'rita@example.com',
      activationStatus: 1,
      isRoomAdmin: true,
      isVisitor: false,
      isAdmin: false,
      isOwner: false
    })
  })

  it('an unknown address is 404 "The user could not be found" (UC:1063-1066)', async () => {
    const res = await byEmail('?email=nobody@example.com')
    expect(res.status).toBe(404)
    expect(res.body.error.message).toBe('The user could not be found')
  })

  it('no address → 400 (UC:1059); a malformed one → 400 validation ([EmailAddress])', async () => {
    expect((await byEmail('')).status).toBe(400)
    expect((await byEmail('?email=')).status).toBe(400)
    expect((await byEmail('?email=not-an-address')).status).toBe(400)
  })

  it('a "User" caller sees only themselves: 403 for others (UC:1068-1071; UserExtensions.cs:174-177)', async () => {
    expect((await byEmail('?email=rita@example.com', USER_KEY)).status).toBe(403)
    expect((await byEmail('?email=ulf@example.com', USER_KEY)).status).toBe(200)
  })
})
