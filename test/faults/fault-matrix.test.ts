/**
 * The fault suite: every fault below is injected into the request an operation cannot do without, and
 * the bundled action is run against it. Each row's expected outcome is written down here, not inferred;
 * the table printed at the end compares it with what happened, and counts rooms duplicated or lost and
 * keys leaked, which must all be zero.
 */
import { writeFileSync } from 'node:fs'
import { startEmulator, type Emulator, type FaultRule } from '../emulator/server.js'
import { runAction, type ActionRun } from '../e2e/run-action.js'
import { endlessMembers } from '../support/hostile-lists.js'

type Op =
  'create' | 'get' | 'rename' | 'archive' | 'unarchive' | 'delete' | 'list' | 'archive-stale' | 'share' | 'members'
const ALL_OPS: Op[] = [
  'create',
  'get',
  'rename',
  'archive',
  'unarchive',
  'delete',
  'list',
  'archive-stale',
  'share',
  'members'
]
const ASYNC_OPS: Op[] = ['archive', 'unarchive', 'delete', 'archive-stale']

/** `survived`: the step did its work despite the fault. Otherwise: a clear failure whose message matches. */
type Expected = 'survived' | RegExp

interface FaultSpec {
  name: string
  /** The fault, placed on the operation's key request (or, with `on: 'fileops'`, on the progress listing). */
  rule: Omit<FaultRule, 'method' | 'path'>
  on?: 'key' | 'fileops'
  inputs?: Record<string, string>
  expect: Partial<Record<Op, Expected>>
}

const every = (expected: Expected, ops: Op[] = ALL_OPS): Partial<Record<Op, Expected>> =>
  Object.fromEntries(ops.map((op) => [op, expected]))

const IN_ONE_SECOND = () => new Date(Date.now() + 1000).toUTCString()

/** The emulator's key, as DocSpace makes them (`sk-` and 64 hexadecimal digits); `{{key}}` in a body stands for it. */
const KEY = 'sk-0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e'
/** Every run of 8 characters of the key: none may be shown, as a key cut in two is no longer found and hidden. */
const KEY_PIECES = Array.from({ length: KEY.length - 7 }, (_, i) => KEY.slice(i, i + 8))

const FAULTS: FaultSpec[] = [
  {
    name: '429 with Retry-After: 1',
    rule: { fault: { kind: 'status', status: 429, retryAfter: '1' } },
    expect: every('survived')
  },
  {
    name: '429 with Retry-After as a date',
    rule: { fault: { kind: 'status', status: 429, retryAfter: 'DATE' } },
    expect: every('survived')
  },
  {
    name: '429 on every attempt',
    rule: { times: Infinity, fault: { kind: 'status', status: 429, retryAfter: '0' } },
    inputs: { 'max-retries': '2' },
    expect: every(
      /after 3 attempts with HTTP 429\. DocSpace says: "Too many requests"\. Likely cause: DocSpace's rate limit/
    )
  },
  { name: '502 HTML page from a proxy', rule: { fault: { kind: 'html', status: 502 } }, expect: every('survived') },
  { name: '503 once', rule: { fault: { kind: 'status', status: 503 } }, expect: every('survived') },
  {
    name: '504 after the portal acted',
    rule: { fault: { kind: 'status-after', status: 504 } },
    expect: every('survived')
  },
  { name: 'connection reset before the portal acted', rule: { fault: { kind: 'drop' } }, expect: every('survived') },
  {
    name: 'connection reset after the portal acted',
    rule: { fault: { kind: 'drop-after' } },
    expect: every('survived')
  },
  {
    name: 'answer slower than request-timeout-seconds',
    rule: { fault: { kind: 'delay', ms: 1500 } },
    inputs: { 'request-timeout-seconds': '1' },
    expect: every('survived')
  },
  { name: 'JSON answer cut short', rule: { fault: { kind: 'truncate' } }, expect: every('survived') },
  {
    name: 'HTML page with 200',
    rule: { fault: { kind: 'html', status: 200 } },
    expect: every(
      /got HTTP 200 with an HTML page titled "200 OK" instead of JSON\. Likely cause: portal-url does not point at DocSpace/
    )
  },
  {
    name: 'non-JSON text with 200',
    rule: { fault: { kind: 'not-json', status: 200 } },
    expect: every(/got HTTP 200 with a non-JSON answer .*Likely cause: portal-url does not point at the DocSpace API/)
  },
  {
    name: '401 without a body',
    rule: { fault: { kind: 'status', status: 401 } },
    expect: every(/with HTTP 401\. Likely cause: the API key is wrong, expired or revoked/)
  },
  {
    name: '403 without a body',
    rule: { fault: { kind: 'status', status: 403 } },
    expect: {
      ...every(/with HTTP 403\. Likely cause: the API key lacks the "rooms:write" scope/),
      get: /with HTTP 403\. Likely cause: the API key lacks the "rooms:read" scope/,
      list: /with HTTP 403\. Likely cause: the API key lacks the "rooms:read" scope/,
      members: /with HTTP 403\. Likely cause: the API key lacks the "rooms:read" scope/
    }
  },
  {
    name: '500 internal error',
    rule: { fault: { kind: 'status', status: 500 } },
    expect: every(
      /with HTTP 500\. DocSpace says: "Internal Server Error"\. Likely cause: an internal error in DocSpace/
    )
  },
  {
    name: '402 room quota',
    rule: {
      fault: {
        kind: 'status',
        status: 402,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { message: 'The number of rooms has exceeded the allowed limit' },
          status: 1,
          statusCode: 402
        })
      }
    },
    expect: {
      create:
        /HTTP 402\. DocSpace says: "The number of rooms has exceeded the allowed limit"\. Likely cause: the portal's plan does not allow more rooms/
    }
  },
  {
    name: '401 text quoting the key (a gateway)',
    rule: {
      fault: { kind: 'status', status: 401, contentType: 'text/plain', body: 'Invalid token: Bearer {{key}}' }
    },
    expect: every(
      /with HTTP 401 and a non-JSON answer \(text\/plain\): Invalid token: Bearer \*\*\*\. Likely cause: the API key is wrong/
    )
  },
  {
    name: "DocSpace's message of 1.5 MB quoting the key",
    rule: {
      fault: {
        kind: 'status',
        status: 403,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { message: `${'x'.repeat(980)} Bearer {{key}} ${'y'.repeat(1_500_000)}` },
          status: 1,
          statusCode: 403
        })
      }
    },
    expect: every(/with HTTP 403\. DocSpace says: "x+ Bearer \*\*\* y+… \(shortened from \d+ characters\)"/)
  },
  {
    name: 'a member list that never ends',
    rule: { times: Infinity, fault: endlessMembers(19_000) },
    expect: {
      members:
        /more than 16 MiB of room \d+'s members, the most the action reads\. Likely cause: the portal keeps giving new members/
    }
  },
  {
    name: 'operation finishes with an error',
    rule: { fault: { kind: 'op-error', message: 'Cannot move the room' } },
    expect: every(/failed in DocSpace: "Cannot move the room"/, ASYNC_OPS)
  },
  {
    name: 'operation vanishes from the listing',
    rule: { fault: { kind: 'op-vanish' } },
    expect: every('survived', ASYNC_OPS)
  },
  {
    name: 'operation never finishes',
    rule: { fault: { kind: 'op-never-finishes' } },
    inputs: { 'timeout-seconds': '3' },
    expect: every(
      /Timed out after 3 s \(timeout-seconds\) while waiting for .*archive|Timed out after 3 s \(timeout-seconds\) while waiting for .*(deletion|unarchive)/,
      ASYNC_OPS
    )
  },
  {
    name: '403 on the progress listing (no files:read)',
    on: 'fileops',
    rule: { times: Infinity, fault: { kind: 'status', status: 403 } },
    expect: every(
      /GET \/api\/2\.0\/files\/fileops.* failed with HTTP 403\. Likely cause: the API key lacks the "files:read" scope/,
      ASYNC_OPS
    )
  },
  {
    name: '502 on the progress listing',
    on: 'fileops',
    rule: { fault: { kind: 'html', status: 502 } },
    expect: every('survived', ASYNC_OPS)
  },
  {
    name: 'reset on the progress listing',
    on: 'fileops',
    rule: { fault: { kind: 'drop' } },
    expect: every('survived', ASYNC_OPS)
  }
]

interface Row {
  fault: string
  operation: Op
  expected: string
  observed: string
  requests: number
  duplicated: number
  lost: number
  leaked: boolean
  ok: boolean
}
const rows: Row[] = []

const DAY = 86_400_000

interface Scene {
  inputs: Record<string, string>
  /** The request the operation cannot do without. */
  key: { method: string; path: string | RegExp }
  /** Whether the emulator holds what success means. */
  done(e: Emulator, run: ActionRun): boolean
  /** Rooms that must still exist whatever happened. */
  kept: number[]
}

function setScene(e: Emulator, op: Op): Scene {
  const now = Date.now()
  const bystander = e.addRoom({ title: 'Bystander', tags: ['keep'] })
  const subject = e.addRoom({ title: 'Subject', archived: op === 'unarchive' })
  const kept = [bystander.id]
  const path = `/files/rooms/${subject.id}`
  switch (op) {
    case 'create':
      return {
        inputs: { title: 'New room', tags: 'fault' },
        key: { method: 'POST', path: '/files/rooms' },
        done: (em) => em.activeRooms().filter((r) => r.title === 'New room').length === 1,
        kept: [...kept, subject.id]
      }
    case 'get':
      return {
        inputs: { 'room-id': String(subject.id) },
        key: { method: 'GET', path },
        done: (_, run) => run.outputs['room-title'] === 'Subject',
        kept: [...kept, subject.id]
      }
    case 'rename':
      return {
        inputs: { 'room-id': String(subject.id), title: 'Renamed' },
        key: { method: 'PUT', path },
        done: (em) => em.room(subject.id)?.title === 'Renamed',
        kept: [...kept, subject.id]
      }
    case 'archive':
      return {
        inputs: { 'room-id': String(subject.id) },
        key: { method: 'PUT', path: `${path}/archive` },
        done: (em) => em.room(subject.id)?.archived === true,
        kept: [...kept, subject.id]
      }
    case 'unarchive':
      return {
        inputs: { 'room-id': String(subject.id) },
        key: { method: 'PUT', path: `${path}/unarchive` },
        done: (em) => em.room(subject.id)?.archived === false,
        kept: [...kept, subject.id]
      }
    case 'delete':
      return {
        inputs: { 'room-id': String(subject.id) },
        key: { method: 'DELETE', path },
        done: (em) => em.room(subject.id) === undefined,
        kept
      }
    case 'list':
      return {
        inputs: { area: 'any' },
        key: { method: 'GET', path: '/files/rooms' },
        done: (_, run) => run.outputs.count === '2',
        kept: [...kept, subject.id]
      }
    case 'share': {
      const ana = e.state.addUser({ email: 'ana@example.com', type: 'User' })
      return {
        inputs: { 'room-id': String(subject.id), members: 'ana@example.com: editor' },
        key: { method: 'PUT', path: `${path}/share` },
        done: (em) =>
          em.state.memberAccess(subject.id, ana.id) === 10 && em.state.mailsTo('ana@example.com').length === 1,
        kept: [...kept, subject.id]
      }
    }
    case 'members': {
      const ana = e.state.addUser({ email: 'ana@example.com', type: 'User' })
      e.state.setMember(subject.id, ana.id, 2)
      return {
        inputs: { 'room-id': String(subject.id) },
        key: { method: 'GET', path: `${path}/share` },
        done: (_, run) => (JSON.parse(run.outputs.members ?? '[]') as unknown[]).length === 2,
        kept: [...kept, subject.id]
      }
    }
    case 'archive-stale': {
      const stale = [40, 50, 60].map((d) =>
        e.addRoom({ title: `Stale ${d}`, created: new Date(now - 400 * DAY), updated: new Date(now - d * DAY) })
      )
      return {
        inputs: { 'stale-days': '30' },
        key: { method: 'PUT', path: /^\/files\/rooms\/\d+\/archive$/ },
        done: (em) => stale.every((r) => em.room(r.id)?.archived === true) && !em.room(subject.id)!.archived,
        kept: [...kept, subject.id, ...stale.map((r) => r.id)]
      }
    }
  }
}

function clear(run: ActionRun, pattern: RegExp): boolean {
  return run.errors.length === 1 && pattern.test(run.errors[0]!)
}

const cases = FAULTS.flatMap((spec) =>
  (Object.entries(spec.expect) as [Op, Expected][]).map(([op, expected]) => ({ spec, op, expected }))
)

describe('fault matrix', () => {
  afterAll(() => {
    const table = formatTable(rows)
    process.stdout.write(`\n${table}\n`)
    if (process.env.FAULT_TABLE_FILE) writeFileSync(process.env.FAULT_TABLE_FILE, `${table}\n`)
  })

  it.concurrent.each(cases.map((c) => [`${c.spec.name} × ${c.op}`, c] as const))(
    '%s',
    async (_, { spec, op, expected }) => {
      const emulator = await startEmulator({ operationDelayMs: 20, apiKey: KEY })
      try {
        const scene = setScene(emulator, op)
        const key = spec.on === 'fileops' ? { method: 'GET', path: '/files/fileops' } : scene.key
        const fault = { ...spec.rule.fault }
        if (fault.kind === 'status' && fault.retryAfter === 'DATE') fault.retryAfter = IN_ONE_SECOND()
        if (fault.kind === 'status' && fault.body) fault.body = fault.body.replace('{{key}}', KEY)
        emulator.faults.add({ ...spec.rule, ...key, fault })
        const roomsBefore = new Set([...emulator.activeRooms(), ...emulator.archivedRooms()].map((r) => r.id))

        const run = await runAction({
          'portal-url': emulator.url,
          'api-key': emulator.apiKey,
          operation: op,
          ...scene.inputs,
          ...spec.inputs
        })

        const all = [...emulator.activeRooms(), ...emulator.archivedRooms()]
        const made = all.filter((r) => !roomsBefore.has(r.id)).length
        const duplicated = Math.max(0, made - (op === 'create' ? 1 : 0))
        const lost = scene.kept.filter((id) => emulator.room(id) === undefined).length
        const shown = [run.log.replace(/^::add-mask::.*$/gm, ''), ...Object.values(run.outputs), run.summary]
        const leaked = KEY_PIECES.some((piece) => shown.some((text) => text.includes(piece)))
        const survived = run.exitCode === 0 && scene.done(emulator, run)
        const observed = survived
          ? 'survived'
          : run.exitCode === 1 && expected !== 'survived' && clear(run, expected)
            ? 'clear failure'
            : `exit ${run.exitCode}: ${run.errors[0] ?? 'no error, wrong result'}`
        const expectedText = expected === 'survived' ? 'survived' : 'clear failure'
        const ok = observed === expectedText && duplicated === 0 && lost === 0 && !leaked
        rows.push({
          fault: spec.name,
          operation: op,
          expected: expectedText,
          observed,
          requests: emulator.requests.length,
          duplicated,
          lost,
          leaked,
          ok
        })

        expect({ observed, duplicated, lost, leaked }).toEqual({
          observed: expectedText,
          duplicated: 0,
          lost: 0,
          leaked: false
        })
      } finally {
        await emulator.close()
      }
    }
  )
})

function formatTable(rows: Row[]): string {
  const order = new Map(FAULTS.map((f, i) => [f.name, i]))
  const sorted = [...rows].sort(
    (a, b) => order.get(a.fault)! - order.get(b.fault)! || ALL_OPS.indexOf(a.operation) - ALL_OPS.indexOf(b.operation)
  )
  const header = ['fault', 'operation', 'expected', 'observed', 'requests', 'duplicated', 'lost']
  const cells = sorted.map((r) => [
    r.fault,
    r.operation,
    r.expected,
    r.observed.slice(0, 60),
    String(r.requests),
    String(r.duplicated),
    String(r.lost)
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`
  const survived = rows.filter((r) => r.observed === 'survived').length
  const failedClearly = rows.filter((r) => r.observed === 'clear failure').length
  const summary = [
    `${rows.length} fault × operation runs: ${survived} survived, ${failedClearly} ended in a clear failure, ${rows.filter((r) => !r.ok).length} not as expected;`,
    `rooms duplicated: ${sum(rows, 'duplicated')}, rooms lost: ${sum(rows, 'lost')}, keys leaked: ${rows.filter((r) => r.leaked).length}`
  ]
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line), '', ...summary].join(
    '\n'
  )
}

function sum(rows: Row[], field: 'duplicated' | 'lost'): number {
  return rows.reduce((total, r) => total + r[field], 0)
}
