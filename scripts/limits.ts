/**
 * `npx tsx scripts/limits.ts`: what a portal can make the bundled action spend. Prints the sizes of the largest
 * answers DocSpace gives the action, the peak memory of the action's process (`process.resourceUsage().maxRSS`,
 * written at exit by test/support/max-rss.mjs) against answers no DocSpace gives, and the requests it sends against
 * a `total` that lies. The figures in docs/reliability.md and SECURITY.md come from here. A measurement,
 * not a test: test/e2e/hostile-portal.test.ts holds the bounds.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { MAX_ANSWER_BYTES } from '../src/docspace/transport.js'
import { MAX_LISTING_BYTES } from '../src/docspace/rooms.js'
import { seedRooms } from '../test/emulator/seed.js'
import { startEmulator, type Emulator, type Fault } from '../test/emulator/server.js'
import { runAction } from '../test/e2e/run-action.js'

const MB = 1024 * 1024
const FIELDS = ['id', 'title', 'rootFolderType', 'roomType', 'tags', 'created', 'updated']
  .map((f) => `folders.${f}`)
  .concat('total')
  .join(',')

function table(header: string[], rows: (string | number)[][]): void {
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  console.log()
}

async function pageBytes(emulator: Emulator, fields: boolean): Promise<number> {
  const query = `count=100${fields ? `&fields=${FIELDS}` : ''}`
  const response = await fetch(`${emulator.url}/api/2.0/files/rooms?${query}`, {
    headers: { Authorization: `Bearer ${emulator.apiKey}` }
  })
  return (await response.arrayBuffer()).byteLength
}

async function answerSizes(): Promise<void> {
  const emulator = await startEmulator()
  const rows: (string | number)[][] = []
  seedRooms(emulator, 100, { archivedShare: 0 })
  rows.push(['100 rooms as seeded', await pageBytes(emulator, false), await pageBytes(emulator, true)])
  emulator.reset()
  for (let i = 0; i < 100; i++) {
    emulator.addRoom({
      title: `${'文'.repeat(165)}${String(i).padStart(5, '0')}`,
      tags: Array.from({ length: 20 }, (_, j) => `${'т'.repeat(45)}${String(j).padStart(5, '0')}`)
    })
  }
  rows.push([
    '100 rooms, 170-character titles, 20 tags of 50 characters',
    await pageBytes(emulator, false),
    await pageBytes(emulator, true)
  ])
  await emulator.close()
  console.log('## A page of rooms, bytes')
  console.log()
  table(['page', 'whole rooms', 'fields= (as the action asks)'], rows)
}

interface Measured {
  exitCode: number
  maxRssMb: number
  listings: number
  seconds: number
  error: string
}

async function measure(
  setUp: (emulator: Emulator) => void,
  inputs: Record<string, string> = { operation: 'list' }
): Promise<Measured> {
  const emulator = await startEmulator()
  setUp(emulator)
  const file = join(mkdtempSync(join(tmpdir(), 'max-rss-')), 'kb')
  const preload = pathToFileURL(resolve(import.meta.dirname, '../test/support/max-rss.mjs')).href
  const started = performance.now()
  const run = await runAction(
    { 'portal-url': emulator.url, 'api-key': emulator.apiKey, ...inputs },
    { NODE_OPTIONS: `--import=${preload}`, MAX_RSS_FILE: file }
  )
  const seconds = (performance.now() - started) / 1000
  const listings = emulator.requests.filter((r) => r.path === '/files/rooms').length
  await emulator.close()
  let maxRssMb = NaN
  try {
    maxRssMb = Number(readFileSync(file, 'utf8')) / 1024
  } catch {
    // The process died before its exit handler ran (a V8 fatal error).
  }
  return { exitCode: run.exitCode, maxRssMb, listings, seconds, error: run.errors[0] ?? run.stderr.slice(-200) }
}

const answer = (fault: Fault) => (emulator: Emulator) =>
  emulator.faults.add({ method: 'GET', path: '/files/rooms', fault })
const body = (text: string): Fault => ({
  kind: 'status',
  status: 200,
  body: text,
  contentType: 'application/json; charset=utf-8'
})
/** The costliest JSON per byte to parse: elements of two or three bytes, just under the most an answer may have. */
const FILL = MAX_ANSWER_BYTES - 60
const EMPTY_OBJECTS = `{"response":{"folders":[${'{},'.repeat(FILL / 3)}{}],"total":1},"status":0}`
const NESTED_LISTS = `{"response":{"folders":${'['.repeat(FILL / 2)}${']'.repeat(FILL / 2)},"total":1},"status":0}`
const CAP = `${MAX_ANSWER_BYTES / MB} MiB`

async function memory(): Promise<void> {
  const cases: [string, (emulator: Emulator) => void][] = [
    ['a list of 3 rooms (for comparison)', (e) => ['A', 'B', 'C'].forEach((title) => e.addRoom({ title }))],
    ['a 200 MB answer', answer({ kind: 'huge-body', bytes: 200 * MB })],
    ['an answer without end', answer({ kind: 'endless-body' })],
    [`${CAP} of empty objects`, answer(body(EMPTY_OBJECTS))],
    [`${CAP} of nested lists`, answer(body(NESTED_LISTS))],
    [
      `rooms in pages of ${CAP}, past ${MAX_LISTING_BYTES / MB} MiB in all`,
      (e) => {
        const title = 'x'.repeat(Math.floor((MAX_ANSWER_BYTES / 100) * 0.95))
        for (let i = 0; i < (1.1 * MAX_LISTING_BYTES) / title.length; i++) e.addRoom({ title: `${title} ${i}` })
      }
    ],
    [
      `rooms with 2,500 short tags each, past ${MAX_LISTING_BYTES / MB} MiB in all`,
      (e) => {
        const tags = Array.from({ length: 2_500 }, (_, j) => j.toString(36))
        const bytes = JSON.stringify(tags).length
        for (let i = 0; i < (1.1 * MAX_LISTING_BYTES) / bytes; i++) e.addRoom({ title: `Room ${i}`, tags })
      }
    ]
  ]
  const rows: (string | number)[][] = []
  for (const [name, setUp] of cases) {
    const m = await measure(setUp)
    rows.push([
      name,
      m.exitCode,
      Number.isNaN(m.maxRssMb) ? 'crashed' : m.maxRssMb.toFixed(0),
      m.seconds.toFixed(2),
      m.error.slice(0, 110)
    ])
  }
  console.log('## Peak memory of the action (list), MB')
  console.log()
  table(['answer', 'exit', 'peak RSS (MB)', 's', 'error'], rows)
}

async function paging(): Promise<void> {
  const lying = (total: number, pageSize?: number): Fault => ({ kind: 'lying-total', total, pageSize })
  const cases: [string, (emulator: Emulator) => void, Record<string, string>?][] = [
    [
      'total 1e12, 3 rooms',
      (e) => {
        ;['A', 'B', 'C'].forEach((title) => e.addRoom({ title }))
        e.faults.add({ path: '/files/rooms', times: Infinity, fault: lying(1e12) })
      }
    ],
    [
      'total 1e6, one room a page (1,100 rooms)',
      (e) => {
        for (let i = 0; i < 1100; i++) e.addRoom({ title: `Room ${i}` })
        e.faults.add({ path: '/files/rooms', times: Infinity, fault: lying(1e6, 1) })
      },
      { operation: 'list', 'timeout-seconds': '120' }
    ],
    [
      'total 1e6, the same page at every startIndex',
      (e) => {
        const room = {
          id: 7,
          title: 'A',
          rootFolderType: 14,
          roomType: 5,
          tags: [],
          created: '2020-01-01T00:00:00.0000000Z',
          updated: '2020-01-01T00:00:00.0000000Z'
        }
        const page = JSON.stringify({ response: { folders: [room], total: 1e6 }, status: 0 })
        e.faults.add({ method: 'GET', path: '/files/rooms', times: Infinity, fault: body(page) })
      }
    ]
  ]
  const rows: (string | number)[][] = []
  for (const [name, setUp, inputs] of cases) {
    const m = await measure(setUp, inputs)
    rows.push([name, m.exitCode, m.listings, m.seconds.toFixed(2), m.error.slice(0, 110)])
  }
  console.log('## Listing requests against a lying total (list, concurrency 8)')
  console.log()
  table(['portal', 'exit', 'listing requests', 's', 'error'], rows)
}

await answerSizes()
await memory()
await paging()
