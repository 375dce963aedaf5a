import { Deadline } from '../../src/lib/deadline.js'
import { DocSpaceClient, type ClientOptions } from '../../src/docspace/client.js'
import { parseRetryAfter } from '../../src/docspace/retry-policy.js'
import { waitForOperations, type PendingOperation } from '../../src/docspace/operations.js'
import { startArchive } from '../../src/docspace/rooms.js'
import { DocSpaceError } from '../../src/lib/errors.js'
import * as v from 'valibot'
import { RoomAnswer } from '../../src/docspace/answers.js'

/** For tests of the transport, which take any answer. */
const anyAnswer = v.unknown()
import { startEmulator, type Emulator } from '../emulator/server.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ operationDelayMs: 30 })
})
afterEach(() => emulator.reset())
afterAll(() => emulator.close())

function client(options: Partial<ClientOptions> = {}, lines: string[] = []): DocSpaceClient {
  return new DocSpaceClient({
    portalUrl: emulator.url,
    apiKey: emulator.apiKey,
    deadline: new Deadline(20_000),
    requestTimeoutMs: 5_000,
    maxRetries: 3,
    retryBaseMs: 10,
    debug: (line) => lines.push(line),
    ...options
  })
}

async function failure(work: Promise<unknown>): Promise<DocSpaceError> {
  try {
    await work
  } catch (error) {
    if (error instanceof DocSpaceError) return error
    throw error
  }
  throw new Error('expected a DocSpaceError')
}

describe('DocSpaceClient', () => {
  it("returns the envelope's response and sends the key as a bearer token", async () => {
    const room = emulator.addRoom({ title: 'Envelope' })
    const c = client()
    const got = await c.call({ method: 'GET', path: `api/2.0/files/rooms/${room.id}` }, RoomAnswer)
    expect(got).toMatchObject({ id: room.id, title: 'Envelope' })
    expect(emulator.requests[0]!.authorization).toBe('valid')
    c.dispose()
  })

  it('repeats array query parameters and keeps a portal sub-path', async () => {
    const nested = await startEmulator({ basePath: '/office' })
    try {
      const c = new DocSpaceClient({
        portalUrl: `${nested.url}/office`,
        apiKey: nested.apiKey,
        deadline: new Deadline(5000),
        requestTimeoutMs: 5000,
        maxRetries: 0
      })
      await c.call(
        {
          method: 'GET',
          path: 'api/2.0/files/rooms',
          query: { type: [2, 6], filterValue: 'a b', startIndex: 0, skipped: undefined }
        },
        anyAnswer
      )
      expect(nested.requests[0]!.rawPath).toBe('/office/api/2.0/files/rooms')
      expect(nested.requests[0]!.query).toEqual({ type: ['2', '6'], filterValue: 'a b', startIndex: '0' })
      c.dispose()
    } finally {
      await nested.close()
    }
  })

  it('reads validation failures from the ProblemDetails DocSpace puts in response', async () => {
    const c = client()
    const error = await failure(
      c.call({ method: 'POST', path: 'api/2.0/files/rooms', body: { title: 'x'.repeat(171), roomType: 5 } }, anyAnswer)
    )
    expect(error.status).toBe(400)
    expect(error.details.docspaceMessage).toMatch(/^One or more validation errors occurred\. Title: /)
    c.dispose()
  })

  it('treats a 2xx answer that carries an error as a failure', async () => {
    emulator.faults.add({
      path: '/files/rooms/7',
      fault: {
        kind: 'status',
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ error: { message: 'Something is off' }, status: 1, statusCode: 200 })
      }
    })
    const error = await failure(client().call({ method: 'GET', path: 'api/2.0/files/rooms/7' }, anyAnswer))
    expect(error.message).toBe('GET /api/2.0/files/rooms/7 failed with HTTP 200. DocSpace says: "Something is off".')
  })

  it('retries a transient failure and says how often it tried when it gives up', async () => {
    emulator.faults.add({ path: '/files/rooms/7', times: Infinity, fault: { kind: 'status', status: 503 } })
    const error = await failure(
      client({ maxRetries: 2 }).call({ method: 'GET', path: 'api/2.0/files/rooms/7' }, anyAnswer)
    )
    expect(error.message).toMatch(/^GET \/api\/2\.0\/files\/rooms\/7 failed after 3 attempts with HTTP 503/)
    expect(emulator.requests).toHaveLength(3)
  })

  it('does not re-send a create whose outcome is unknown, and marks it so', async () => {
    emulator.faults.add({ method: 'POST', path: '/files/rooms', fault: { kind: 'status-after', status: 504 } })
    const error = await failure(
      client().call(
        {
          method: 'POST',
          path: 'api/2.0/files/rooms',
          body: { title: 'Once', roomType: 5 },
          retry: 'if-not-applied'
        },
        anyAnswer
      )
    )
    expect(error.details.outcomeUnknown).toBe(true)
    expect(emulator.requests).toHaveLength(1)
    expect(emulator.activeRooms()).toHaveLength(1)
  })

  it('re-sends a create that DocSpace turned away with 429', async () => {
    emulator.faults.add({
      method: 'POST',
      path: '/files/rooms',
      fault: { kind: 'status', status: 429, retryAfter: '0' }
    })
    await client().call(
      {
        method: 'POST',
        path: 'api/2.0/files/rooms',
        body: { title: 'Twice sent', roomType: 5 },
        retry: 'if-not-applied'
      },
      anyAnswer
    )
    expect(emulator.requests.map((r) => r.status)).toEqual([429, 200])
    expect(emulator.activeRooms()).toHaveLength(1)
  })

  it('pauses every request after a 429 for as long as Retry-After says', async () => {
    const room = emulator.addRoom({ title: 'Busy' })
    emulator.faults.add({ path: `/files/rooms/${room.id}`, fault: { kind: 'status', status: 429, retryAfter: '1' } })
    const c = client()
    const first = c.call({ method: 'GET', path: `api/2.0/files/rooms/${room.id}`, retry: 'always' }, anyAnswer)
    await new Promise((r) => setTimeout(r, 100))
    await c.call({ method: 'GET', path: 'api/2.0/files/rooms' }, anyAnswer)
    await first
    const [limited, ...rest] = emulator.requests
    expect(limited!.status).toBe(429)
    // Both later requests waited out the second.
    for (const r of rest) expect(r.startedAt - limited!.endedAt).toBeGreaterThanOrEqual(900)
    c.dispose()
  })

  it('says in the log when a retry waits long, and every progressEveryMs while it does', async () => {
    const lines: string[] = []
    const c = client({ info: (line) => lines.push(line), longWaitMs: 500, progressEveryMs: 300 })
    const room = emulator.addRoom({ title: 'Busy' })
    emulator.faults.add({
      path: `/files/rooms/${room.id}`,
      times: 1,
      fault: { kind: 'status', status: 429, retryAfter: '1' }
    })
    await c.call({ method: 'GET', path: `api/2.0/files/rooms/${room.id}`, retry: 'always' }, anyAnswer)
    expect(lines[0]).toBe(`GET /api/2.0/files/rooms/${room.id} got HTTP 429; trying again in 1 s (attempt 2 of 4)`)
    for (const line of lines.slice(1)) {
      expect(line).toMatch(
        /^Still waiting to try GET \/api\/2\.0\/files\/rooms\/\d+ again \(attempt 2 of 4\): \d+(\.\d)? s so far$/
      )
    }
    c.dispose()
  })

  it("gives up at once when Retry-After is past the step's deadline", async () => {
    emulator.faults.add({ path: '/files/rooms/7', fault: { kind: 'status', status: 429, retryAfter: '120' } })
    const started = Date.now()
    const error = await failure(
      client({ deadline: new Deadline(3000) }).call({ method: 'GET', path: 'api/2.0/files/rooms/7' }, anyAnswer)
    )
    expect(Date.now() - started).toBeLessThan(1000)
    expect(error.message).toContain('No retry: the next one was due in 120 s, past timeout-seconds')
  })

  it('bounds each request by the request timeout', async () => {
    emulator.faults.add({ path: '/files/rooms/7', fault: { kind: 'delay', ms: 3000 } })
    const started = Date.now()
    const error = await failure(
      client({ requestTimeoutMs: 300, maxRetries: 0 }).call({ method: 'GET', path: 'api/2.0/files/rooms/7' }, anyAnswer)
    )
    expect(Date.now() - started).toBeLessThan(1500)
    expect(error.details.docspaceMessage).toBe('no complete answer within 0.3 s')
    expect(error.details.outcomeUnknown).toBe(true)
  })

  it('logs method, path, status and duration, never headers', async () => {
    const lines: string[] = []
    const c = client({}, lines)
    await c.call({ method: 'GET', path: 'api/2.0/files/rooms' }, anyAnswer)
    expect(lines).toEqual([expect.stringMatching(/^GET \/api\/2\.0\/files\/rooms → 200 \(\d+ ms\)$/)])
    expect(lines.join('\n')).not.toContain(emulator.apiKey)
    c.dispose()
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(parseRetryAfter('0.5')).toBe(500)
    const date = parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())!
    expect(date).toBeGreaterThan(8000)
    expect(date).toBeLessThanOrEqual(10_000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(undefined)).toBeUndefined()
  })
})

describe('waitForOperations', () => {
  it('follows many operations with one listing per round', async () => {
    const c = client()
    const rooms = Array.from({ length: 12 }, (_, i) => emulator.addRoom({ title: `Batch ${i}` }))
    const pending: PendingOperation[] = []
    for (const room of rooms) {
      pending.push({
        operation: await startArchive(c, room.id),
        roomId: room.id,
        expect: 'archived',
        what: `archive of room ${room.id}`
      })
    }
    const results = await waitForOperations(c, pending, { schedule: { firstMs: 20, maxMs: 50 } })
    expect(results.every((r) => r.ok)).toBe(true)
    expect(emulator.archivedRooms()).toHaveLength(12)
    const polls = emulator.requests.filter((r) => r.path === '/files/fileops')
    expect(polls.length).toBeGreaterThan(0)
    // A round lists every operation at once; only a round with one operation left may ask for it by id, which
    // happens when, on a loaded machine, the last one finishes a round after the others.
    expect(polls[0]!.query.id).toBeUndefined()
    const pendingAfter = polls.map((p) => p.query.id)
    const firstById = pendingAfter.findIndex((id) => id !== undefined)
    if (firstById >= 0) expect(pendingAfter.slice(firstById).every((id) => id !== undefined)).toBe(true)
    // Each round is one request, so no two listings overlap in time.
    for (let i = 1; i < polls.length; i++) expect(polls[i]!.startedAt).toBeGreaterThanOrEqual(polls[i - 1]!.endedAt)
    c.dispose()
  })

  it('says every progressEveryMs what it is still waiting for, and stops when done', async () => {
    const c = client()
    emulator.state.operationDelayMs = 400
    const room = emulator.addRoom({ title: 'Slow' })
    const lines: string[] = []
    const pending: PendingOperation[] = [
      {
        operation: await startArchive(c, room.id),
        roomId: room.id,
        expect: 'archived',
        what: `archive of room ${room.id} ("Slow")`,
        lastSeen: 'active'
      }
    ]
    const [result] = await waitForOperations(c, pending, {
      schedule: { firstMs: 20, maxMs: 50 },
      progress: (line) => lines.push(line),
      progressEveryMs: 60
    })
    expect(result).toMatchObject({ ok: true })
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).toMatch(
        new RegExp(
          `^Still waiting for the archive of room ${room.id} \\("Slow"\\) to finish \\(operation .+\\): \\d+(\\.\\d)? s so far$`
        )
      )
    }
    const said = lines.length
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(lines).toHaveLength(said)
    emulator.state.operationDelayMs = 30
    c.dispose()
  })

  it('confirms a vanished operation by reading the room, and reports one that failed', async () => {
    const c = client()
    const [a, b] = [emulator.addRoom({ title: 'Vanishes' }), emulator.addRoom({ title: 'Fails' })]
    emulator.faults.add({ path: `/files/rooms/${a.id}/archive`, fault: { kind: 'op-vanish' } })
    emulator.faults.add({ path: `/files/rooms/${b.id}/archive`, fault: { kind: 'op-error', message: 'Nope' } })
    const pending: PendingOperation[] = [
      { operation: await startArchive(c, a.id), roomId: a.id, expect: 'archived', what: 'archive of a' },
      { operation: await startArchive(c, b.id), roomId: b.id, expect: 'archived', what: 'archive of b' }
    ]
    const [vanished, failed] = await waitForOperations(c, pending, { schedule: { firstMs: 20, maxMs: 50 } })
    expect(vanished).toMatchObject({ ok: true })
    expect(failed!.ok).toBe(false)
    expect(!failed!.ok && failed!.error.message).toBe('The archive of b failed in DocSpace: "Nope"')
    c.dispose()
  })
})
