import { outputBytes, OUTPUTS_BUDGET_BYTES } from '../../src/report/github-limits.js'
import { useEmulator } from './helpers.js'

const SCOPED_KEY = `sk-${'5c0bed'.repeat(10)}abcd`
const env = useEmulator({ keys: { [SCOPED_KEY]: { scopes: ['rooms:write', 'files:write'] } } })

function ownRoom(roomType: 1 | 2 | 5 | 6 | 8 = 5) {
  return env.emulator.addRoom({ title: 'Limits', roomType, createdBy: env.emulator.state.adminUserId })
}

describe('scopes', () => {
  it('names accounts:read when the key may not look up a room-manager, before anything is written', async () => {
    env.emulator.state.addUser({ email: 'manager@example.com', type: 'RoomAdmin' })
    const room = ownRoom()
    const run = await env.run({
      'api-key': SCOPED_KEY,
      operation: 'share',
      'room-id': String(room.id),
      members: 'manager@example.com: room-manager'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('GET /api/2.0/people/email failed with HTTP 403')
    expect(run.errors[0]).toContain('"accounts:read"')
    expect(env.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('needs no accounts:read for other access levels', async () => {
    const room = ownRoom()
    const run = await env.run({
      'api-key': SCOPED_KEY,
      operation: 'share',
      'room-id': String(room.id),
      members: 'someone@example.com: editor'
    })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.requests.some((r) => r.path === '/people/email')).toBe(false)
  })
})

describe('answers the action cannot trust', () => {
  it('refuses an external link that is not http(s)', async () => {
    const room = ownRoom()
    env.answerWith('GET', `/files/rooms/${room.id}/link`, {
      response: { access: 2, isOwner: false, subjectType: 4, sharedLink: { shareLink: 'javascript:alert(1)' } },
      status: 0,
      statusCode: 200
    })
    const run = await env.run({ operation: 'share', 'room-id': String(room.id), 'external-link': 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'with response.sharedLink.shareLink as the text "javascript:alert(1)", where an http(s) link was expected'
    )
    expect(run.outputs['external-link']).toBeUndefined()
  })

  it('does not read a membership answer without its error field as "no error"', async () => {
    const room = ownRoom()
    env.answerWith('PUT', `/files/rooms/${room.id}/share`, { response: { members: [] }, status: 0, statusCode: 200 })
    const run = await env.run({ operation: 'share', 'room-id': String(room.id), members: 'a@example.com: viewer' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('DocSpace answered PUT /api/2.0/files/rooms/')
    expect(run.errors[0]).toContain('without response.error')
  })

  it('fails, naming the line, when DocSpace says it applied a change its member list does not show', async () => {
    const room = ownRoom()
    env.answerWith('PUT', `/files/rooms/${room.id}/share`, {
      response: { members: [], error: 0 },
      status: 0,
      statusCode: 200
    })
    const run = await env.run({ operation: 'share', 'room-id': String(room.id), members: 'a@example.com: viewer' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('its member list shows one not applied: members line 1 ("a…@example.com: viewer")')
  })

  it('refuses a member whose user ID is not a GUID, before sending it back', async () => {
    const room = ownRoom()
    const answer = await env.answerOf(`/files/rooms/${room.id}/share`)
    const [owner] = answer.response as { sharedToUser: Record<string, unknown> }[]
    owner!.sharedToUser.id = '../people/1'
    env.answerWith('GET', `/files/rooms/${room.id}/share`, answer)
    env.emulator.requests.length = 0
    const run = await env.run({ operation: 'share', 'room-id': String(room.id), members: 'a@example.com: viewer' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('where a user ID (a GUID) was expected')
    expect(env.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('stops reading a member list whose pages repeat', async () => {
    const room = ownRoom()
    const owner = (await env.answerOf(`/files/rooms/${room.id}/share`)).response as unknown[]
    env.emulator.requests.length = 0
    let n = 0
    // Every page is the same full page.
    env.emulator.faults.add({
      method: 'GET',
      path: `/files/rooms/${room.id}/share`,
      times: 5,
      fault: {
        kind: 'status',
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          response: Array.from({ length: 100 }, () => ({
            ...(owner[0] as object),
            isOwner: false,
            access: 2,
            sharedToUser: {
              ...(owner[0] as { sharedToUser: object }).sharedToUser,
              id: `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`,
              email: `u${n}@example.com`
            }
          })),
          status: 0,
          statusCode: 200
        })
      }
    })
    const run = await env.run({ operation: 'members', 'room-id': String(room.id) })
    // The same page five times: the second brings no one new, and reading stops.
    expect(run.exitCode).toBe(0)
    expect(env.emulator.requests.filter((r) => r.path.endsWith('/share'))).toHaveLength(2)
    expect(JSON.parse(run.outputs.members!)).toHaveLength(100)
  })
})

describe('the members output', () => {
  it('holds as many members as fit under the cap on outputs, and says so', async () => {
    const room = ownRoom()
    const { state } = env.emulator
    const name = 'N'.repeat(120)
    for (let i = 0; i < 3000; i++) {
      const user = state.addUser({
        email: `member-${String(i).padStart(5, '0')}@example.com`,
        displayName: `${name} ${i}`
      })
      state.setMember(room.id, user.id, 2)
    }
    const run = await env.run({ operation: 'members', 'room-id': String(room.id) })
    expect(run.exitCode).toBe(0)
    const members = JSON.parse(run.outputs.members!) as unknown[]
    expect(members.length).toBeGreaterThan(1000)
    expect(members.length).toBeLessThan(3001)
    const total = Object.entries(run.outputs).reduce((sum, [n, v]) => sum + outputBytes(n, v), 0)
    expect(total).toBeLessThanOrEqual(OUTPUTS_BUDGET_BYTES)
    expect(run.stdout).toContain(`::warning::The members output holds the first ${members.length} of 3001 members`)
    // Like every warning of the step, it is in the summary too.
    expect(run.summary).toContain(`The members output holds the first ${members.length} of 3001 members`)
  })
})
