/**
 * `npm run bench`: measures the bundled action against the DocSpace emulator and prints tables with the machine
 * they ran on; `npm run bench -- --write` also writes them to BENCHMARKS.md (a plain run changes no tracked file,
 * so trying it leaves the working tree clean). A benchmark, not a test: nothing here fails
 * on a slow machine; the numbers are for reading.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { resolve } from 'node:path'
import { startEmulator, type Emulator, type EmulatorOptions, type LoggedRequest } from '../test/emulator/server.js'
import { eventEnv, pullRequestPayload } from '../test/e2e/github-event.js'
import { ACTION_ENTRY, runAction } from '../test/e2e/run-action.js'
import { startGitHubStandIn } from '../test/github/server.js'
import { startConnectProxy } from '../test/support/connect-proxy.js'
import type { Envelope, FileOperation, RoomPage } from '../test/support/docspace-json.js'
import { documents } from './bench-documents.js'

const DAY = 86_400_000
const LATENCY_MS = 20
const OPERATION_MS = 500
const PORTAL_WRITE_LIMIT = 15
const COLD_START_RUNS = 21
const ROUND_TRIP_MS = 100
const PULL_REQUEST_RUNS = 5
const SEQUENTIAL_SAMPLE = 40

const out: string[] = []
function print(line = ''): void {
  console.log(line)
  out.push(line)
}

function table(header: string[], rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map(String))
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  const line = (c: string[]) =>
    `| ${c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`
  print(line(header))
  print(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
  for (const c of cells) print(line(c))
  print()
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const seconds = (ms: number) => (ms / 1000).toFixed(2)

function timeProcess(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now()
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' })
    child.on('error', fail)
    child.on('close', () => done(performance.now() - started))
  })
}

/** What each lazily loaded chunk of dist/ holds, known by a string only it contains. */
const CHUNKS: [marker: string, what: string][] = [
  ['octokit-core.js', '@actions/github with Octokit, loaded only by a run that asks GitHub something'],
  ['Bottleneck', '@octokit/plugin-throttling with Bottleneck, loaded with Octokit'],
  ['Proxy Authentication Required', 'undici, loaded only for a GitHub API request through a proxy'],
  ['', 'other']
]

async function coldStart(): Promise<void> {
  print('## 1. Cold start')
  print()
  const emulator = await startEmulator()
  const github = await startGitHubStandIn()
  const proxy = await startConnectProxy({})
  const room = emulator.addRoom({ title: 'Cold start' })
  const inputs = {
    'INPUT_PORTAL-URL': emulator.url,
    'INPUT_API-KEY': emulator.apiKey,
    INPUT_OPERATION: 'get',
    'INPUT_ROOM-ID': String(room.id)
  }
  const pullRequest = { ...inputs, ...eventEnv('pull_request', pullRequestPayload('opened')) }
  const runs: [string, string[], Record<string, string>][] = [
    ["node -e ''", ['-e', ''], {}],
    ['node dist/index.js (operation get, emulator on loopback)', [ACTION_ENTRY], inputs],
    ['… on a pull_request event (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH)', [ACTION_ENTRY], pullRequest],
    // The portal on loopback bypasses the proxy; what this measures is @actions/github setting up its agent.
    ['… on a pull_request event with HTTPS_PROXY set', [ACTION_ENTRY], { ...pullRequest, HTTPS_PROXY: proxy.url }],
    // Octokit and the throttling plugin are loaded, and the comment is listed and (after the first run) left as it is.
    [
      '… on a pull_request event with pull-request-comment (Octokit loaded; GitHub stand-in on loopback)',
      [ACTION_ENTRY],
      {
        ...pullRequest,
        'INPUT_PULL-REQUEST-COMMENT': 'true',
        'INPUT_GITHUB-TOKEN': github.token,
        GITHUB_API_URL: github.url
      }
    ]
  ]
  const times: number[][] = runs.map(() => [])
  // Interleaved, so that a busy moment of the machine hits all alike.
  for (let i = 0; i < COLD_START_RUNS; i++) {
    for (const [j, [, args, env]] of runs.entries()) times[j]!.push(await timeProcess(args, env))
  }
  await emulator.close()
  await github.close()
  await proxy.close()
  const empty = median(times[0]!)
  table(
    ['what', `median of ${COLD_START_RUNS} (ms)`, 'ratio'],
    runs.map(([what], j) => [what, median(times[j]!).toFixed(0), (median(times[j]!) / empty).toFixed(2)])
  )
  const dist = resolve(ACTION_ENTRY, '..')
  const kib = (file: string) => (statSync(resolve(dist, file)).size / 1024).toFixed(0)
  const chunks = readdirSync(dist)
    .filter((f) => f.endsWith('.js') && f !== 'index.js')
    .map((f) => {
      const text = readFileSync(resolve(dist, f), 'utf8')
      return `${f} ${kib(f)} KiB (${CHUNKS.find(([marker]) => text.includes(marker))![1]})`
    })
  print(`Bundle: dist/index.js ${kib('index.js')} KiB, loaded on every run; ${chunks.join('; ')}.`)
  print()
}

/** 2,000 rooms (or `total`): half untouched for 31 to 400 days, half touched within the last 20 days. */
function seed(emulator: Emulator, total: number): number {
  const now = Date.now()
  let stale = 0
  for (let i = 0; i < total; i++) {
    const isStale = i % 2 === 0
    if (isStale) stale++
    const age = isStale ? 31 + (i % 370) : i % 20
    emulator.addRoom({
      title: `Room ${i}`,
      created: new Date(now - 500 * DAY),
      updated: new Date(now - age * DAY - 60_000)
    })
  }
  return stale
}

function byKind(requests: LoggedRequest[]): Record<string, number> {
  const kinds: Record<string, number> = { list: 0, archive: 0, fileops: 0, other: 0, 429: 0 }
  for (const r of requests) {
    if (r.status === 429) kinds[429]!++
    if (r.method === 'GET' && r.path === '/files/rooms') kinds.list!++
    else if (r.method === 'PUT' && r.path.endsWith('/archive')) kinds.archive!++
    else if (r.path === '/files/fileops') kinds.fileops!++
    else kinds.other!++
  }
  return kinds
}

/** The least time the work can take at this latency and concurrency: the first page, the other pages
 * and the writes `concurrency` at a time, one file operation's duration, one final poll. */
function ideal(rooms: number, stale: number, concurrency: number): number {
  const pages = Math.ceil(rooms / 100)
  return LATENCY_MS * (1 + Math.ceil((pages - 1) / concurrency) + Math.ceil(stale / concurrency) + 1) + OPERATION_MS
}

interface Measured {
  wallMs: number
  kinds: Record<string, number>
  archived: number
}

async function archiveStale(
  rooms: number,
  concurrency: number,
  options: EmulatorOptions = {}
): Promise<Measured & { stale: number }> {
  const emulator = await startEmulator({
    latencyMs: LATENCY_MS,
    operationDelayMs: OPERATION_MS,
    maxConcurrentWrites: PORTAL_WRITE_LIMIT,
    ...options
  })
  try {
    const stale = seed(emulator, rooms)
    const started = performance.now()
    const run = await runAction({
      'portal-url': emulator.url,
      'api-key': emulator.apiKey,
      operation: 'archive-stale',
      'stale-days': '30',
      'max-rooms': '10000',
      concurrency: String(concurrency),
      'timeout-seconds': '3600'
    })
    const wallMs = performance.now() - started
    if (run.exitCode !== 0) throw new Error(`archive-stale failed: ${run.errors.join('; ').slice(0, 500)}`)
    return { wallMs, kinds: byKind(emulator.requests), archived: emulator.archivedRooms().length, stale }
  } finally {
    await emulator.close()
  }
}

/** The seed's approach: list, then for each stale room archive it and poll until that one is done. */
async function sequentialLoop(rooms: number, sample: number): Promise<Measured> {
  const emulator = await startEmulator({ latencyMs: LATENCY_MS, operationDelayMs: OPERATION_MS })
  try {
    seed(emulator, rooms)
    const headers = { Authorization: `Bearer ${emulator.apiKey}`, 'Content-Type': 'application/json' }
    const api = <T>(path: string, init: RequestInit = {}) =>
      fetch(`${emulator.url}/api/2.0/${path}`, { headers, ...init }).then((r) => r.json() as Promise<Envelope<T>>)
    const started = performance.now()
    const all: { id: number; updated: string }[] = []
    for (let start = 0; ; start += 100) {
      const page = (await api<RoomPage>(`files/rooms?startIndex=${start}&count=100`)).response
      all.push(...page.folders)
      if (start + 100 >= page.total) break
    }
    const stale = all.filter((r) => Date.parse(r.updated) < Date.now() - 30 * DAY).slice(0, sample)
    for (const room of stale) {
      const op = (
        await api<FileOperation>(`files/rooms/${room.id}/archive`, {
          method: 'PUT',
          body: JSON.stringify({ deleteAfter: false })
        })
      ).response
      for (;;) {
        await new Promise((r) => setTimeout(r, 100))
        const [state] = (await api<FileOperation[]>(`files/fileops?id=${op.id}`)).response
        if (!state || state.finished) break
      }
    }
    return {
      wallMs: performance.now() - started,
      kinds: byKind(emulator.requests),
      archived: emulator.archivedRooms().length
    }
  } finally {
    await emulator.close()
  }
}

async function archiveStaleTables(): Promise<void> {
  const rooms = 2000
  print(`## 2. archive-stale: 1,000 stale rooms among ${rooms.toLocaleString('en')}`)
  print()
  print(
    `Emulator: ${LATENCY_MS} ms per request, ${OPERATION_MS} ms per file operation, at most ${PORTAL_WRITE_LIMIT} concurrent writes (429 beyond). Wall time includes starting \`node dist/index.js\`.`
  )
  print()
  const rows: (string | number)[][] = []
  const results: Record<number, number> = {}
  for (const concurrency of [1, 4, 8, 15]) {
    const m = await archiveStale(rooms, concurrency)
    const best = ideal(rooms, m.stale, concurrency)
    results[concurrency] = m.wallMs
    rows.push([
      `action, concurrency ${concurrency}`,
      seconds(m.wallMs),
      seconds(best),
      (m.wallMs / best).toFixed(2),
      m.kinds.list!,
      m.kinds.archive!,
      m.kinds.fileops!,
      m.kinds[429]!,
      m.archived
    ])
  }
  const seq = await sequentialLoop(rooms, SEQUENTIAL_SAMPLE)
  const seqPerRoom = seq.wallMs / SEQUENTIAL_SAMPLE
  const seqTotal = seqPerRoom * 1000
  rows.push([
    `sequential loop (seed's style), ${SEQUENTIAL_SAMPLE} rooms measured, scaled to 1,000`,
    seconds(seqTotal),
    seconds(ideal(rooms, 1000, 1)),
    (seqTotal / ideal(rooms, 1000, 1)).toFixed(2),
    seq.kinds.list!,
    `${seq.kinds.archive} (×${1000 / SEQUENTIAL_SAMPLE})`,
    `${seq.kinds.fileops} (×${1000 / SEQUENTIAL_SAMPLE})`,
    seq.kinds[429]!,
    seq.archived
  ])
  table(['run', 'wall (s)', 'ideal (s)', '÷ ideal', 'list', 'archive', 'fileops polls', '429s', 'archived'], rows)
  print(
    `At concurrency 8: ${(results[8]! / ideal(rooms, 1000, 8)).toFixed(2)} × the ideal, ${(seqTotal / results[8]!).toFixed(1)} × faster than the sequential loop. Polls: one \`GET /files/fileops\` per round for every pending operation.`
  )
  print()

  print(
    'Against a portal that allows only 6 concurrent writes, at concurrency 15: each 429 pauses the whole batch for its Retry-After, and the batch narrows its writes in flight to fewer than the portal refused, probing upwards again every 100 successes.'
  )
  print()
  const limited = await archiveStale(rooms, 15, { maxConcurrentWrites: 6 })
  table(
    ['run', 'wall (s)', 'archive requests', '429s', 'archived'],
    [
      [
        `concurrency 15, portal limit 6`,
        seconds(limited.wallMs),
        limited.kinds.archive!,
        limited.kinds[429]!,
        limited.archived
      ]
    ]
  )
}

/**
 * Reading every room page with and without `fields=`: what the portal sends, what the action parses, and how
 * long all pages take at the action's read concurrency. The action reads seven fields of each room; a whole
 * `FolderDto` carries some forty, with two employees, a logo and the access rights.
 */
async function listingFields(): Promise<void> {
  print('## 4. Listing rooms: `fields=folders.…,total` or whole rooms')
  print()
  const fields =
    'folders.id,folders.title,folders.rootFolderType,folders.roomType,folders.tags,folders.created,folders.updated,total'
  const rows: (string | number)[][] = []
  for (const rooms of [1000, 5000]) {
    const emulator = await startEmulator({ latencyMs: LATENCY_MS })
    seed(emulator, rooms)
    for (const [label, query] of [
      ['whole rooms (no fields)', ''],
      ['fields=folders.<7 fields>,total', `&fields=${fields}`]
    ] as const) {
      const times: number[] = []
      let bytes = 0
      for (let run = 0; run < 5; run++) {
        const started = performance.now()
        bytes = 0
        const page = async (start: number): Promise<number> => {
          const response = await fetch(`${emulator.url}/api/2.0/files/rooms?count=100&startIndex=${start}${query}`, {
            headers: { Authorization: `Bearer ${emulator.apiKey}` }
          })
          const text = await response.text()
          bytes += Buffer.byteLength(text)
          return (JSON.parse(text) as Envelope<RoomPage>).response.total
        }
        const total = await page(0)
        const starts: number[] = []
        for (let start = 100; start < total; start += 100) starts.push(start)
        // The action reads the pages after the first `concurrency` (default 8) at a time.
        for (let i = 0; i < starts.length; i += 8) await Promise.all(starts.slice(i, i + 8).map(page))
        times.push(performance.now() - started)
      }
      rows.push([
        rooms.toLocaleString('en'),
        label,
        (bytes / 1024).toFixed(0),
        (bytes / rooms).toFixed(0),
        seconds(median(times))
      ])
    }
    await emulator.close()
  }
  table(['rooms', 'listing', 'answer (KiB)', 'bytes a room', 'all pages, median of 5 (s)'], rows)
  print(
    `Pages of 100, ${LATENCY_MS} ms latency a request, 8 pages at a time. The times are the emulator's: it builds and projects a room in microseconds, while a portal reads each room's owner, access rights and logo, so on a portal the byte ratio is the better guide.`
  )
  print()
}

async function growth(): Promise<void> {
  print('## 3. Growth with the number of rooms (half of them stale, concurrency 8)')
  print()
  const rows: (string | number)[][] = []
  for (const rooms of [100, 1000, 5000]) {
    const m = await archiveStale(rooms, 8)
    rows.push([
      rooms.toLocaleString('en'),
      m.stale.toLocaleString('en'),
      seconds(m.wallMs),
      seconds(ideal(rooms, m.stale, 8)),
      (m.wallMs / ideal(rooms, m.stale, 8)).toFixed(2),
      m.kinds.list!,
      m.kinds.archive!,
      m.kinds.fileops!
    ])
  }
  table(['rooms', 'stale', 'wall (s)', 'ideal (s)', '÷ ideal', 'list', 'archive', 'fileops polls'], rows)
}

/**
 * The README's pull-request-opened workflow on a new pull request (find, create, README.txt, the comment; then with
 * the author and a requested reviewer invited as well) with 100 ms on every request to either stand-in, as a multiple
 * of one round trip. The same run with no latency is subtracted, so what is left is the time spent waiting on the
 * network: the round trips on the critical path.
 */
async function pullRequestOpened(): Promise<void> {
  print(`## 5. A pull request opens: the README's workflow at ${ROUND_TRIP_MS} ms a request`)
  print()
  const rows: (string | number)[][] = []
  const flows = [
    { what: 'pull-request, no comment', comment: false, members: false },
    { what: 'pull-request with pull-request-comment: true', comment: true, members: false },
    {
      what: "the README's Quick start: pull-request-members (author and a reviewer) and pull-request-comment",
      comment: true,
      members: true
    }
  ]
  for (const flow of flows) {
    const walls: Record<number, number[]> = { 0: [], [ROUND_TRIP_MS]: [] }
    let counts = ''
    for (let i = 0; i < PULL_REQUEST_RUNS; i++) {
      for (const latencyMs of [0, ROUND_TRIP_MS]) {
        const emulator = await startEmulator({ latencyMs })
        const github = await startGitHubStandIn({ latencyMs })
        try {
          const members: Record<string, string> = {}
          if (flow.members) {
            // The author and the requested reviewer are people of the portal, as a team's would be.
            emulator.state.addUser({ email: 'author@example.com', displayName: 'Ana Author', type: 'User' })
            emulator.state.addUser({ email: 'reviewer@example.com', displayName: 'Rui Reviewer', type: 'User' })
            members['github-users'] = 'Codertocat: author@example.com\noctocat: reviewer@example.com'
            members['pull-request-members'] = 'author, reviewers'
          }
          const started = performance.now()
          const run = await runAction(
            {
              'portal-url': emulator.url,
              'api-key': emulator.apiKey,
              operation: 'pull-request',
              'room-type': 'collaboration',
              'pull-request-comment': String(flow.comment),
              'github-token': github.token,
              ...members
            },
            {
              ...eventEnv('pull_request', pullRequestPayload('opened', { reviewers: ['octocat'] })),
              GITHUB_API_URL: github.url
            }
          )
          walls[latencyMs]!.push(performance.now() - started)
          if (run.exitCode !== 0 || run.outputs.result !== 'created') {
            throw new Error(`pull request run failed: ${run.errors.join('; ').slice(0, 500)}`)
          }
          if (flow.members && emulator.state.mails.length !== 2) {
            throw new Error(`expected 2 invitation mails, DocSpace sent ${emulator.state.mails.length}`)
          }
          counts = `${emulator.requests.length} DocSpace, ${github.requests.length} GitHub`
        } finally {
          await emulator.close()
          await github.close()
        }
      }
    }
    const slow = median(walls[ROUND_TRIP_MS]!)
    const fast = median(walls[0]!)
    rows.push([flow.what, counts, slow.toFixed(0), fast.toFixed(0), ((slow - fast) / ROUND_TRIP_MS).toFixed(2)])
  }
  table(
    [
      'run',
      'requests',
      `wall at ${ROUND_TRIP_MS} ms (ms)`,
      'wall at 0 ms (ms)',
      `round trips (difference ÷ ${ROUND_TRIP_MS} ms)`
    ],
    rows
  )
  print(
    `Median of ${PULL_REQUEST_RUNS}. The comment lookup goes out with the DocSpace search. After creating, the step looks for the pull request's rooms once more, so that two runs at once settle on one room (the one made first); that look costs one round trip before anything else is sent to the new room, since invitations mail people. With members the comment waits for them as DocSpace lists them after the invitations (their names, and the check that each invitation took), so the critical path is find, create, the second look, the invitations, the members read, the comment's create and the check for a second comment; README.txt goes out beside the invitations. A run that finds its comment costs one edit at most.`
  )
  print()
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
print('# Benchmarks')
print()
print(
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}.`
)
print()
// `npm run bench -- cold-start pull-request` runs only those sections; `--write` puts the tables in BENCHMARKS.md.
const sections: [string, () => Promise<void>][] = [
  ['cold-start', coldStart],
  ['archive-stale', archiveStaleTables],
  ['growth', growth],
  ['listing', listingFields],
  ['pull-request', pullRequestOpened],
  ['documents', () => documents(print, table)]
]
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
for (const [name, section] of sections) if (only.length === 0 || only.includes(name)) await section()
if (process.argv.includes('--write')) {
  if (only.length > 0) throw new Error('--write writes every section: run it without section names')
  writeFileSync(resolve(import.meta.dirname, '../BENCHMARKS.md'), `${out.join('\n').trimEnd()}\n`)
  console.log('Written to BENCHMARKS.md')
} else console.log('BENCHMARKS.md left as it is; `npm run bench -- --write` writes these tables to it')
