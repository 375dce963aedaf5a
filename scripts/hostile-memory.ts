/**
 * `npx tsx scripts/hostile-memory.ts [--timeout-seconds N]`: what the lists a hostile portal or GitHub can give cost the
 * bundled action. Each case runs dist/index.js (or ACTION_DIST's) against the emulator and the GitHub stand-in, and
 * prints the process's peak resident set size (`process.resourceUsage().maxRSS`, written at exit by
 * test/support/max-rss.mjs), how long it ran against `timeout-seconds`, the requests it sent, and its error. A
 * measurement, not a test: test/e2e/hostile-github.test.ts and hostile-portal.test.ts hold the bounds.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startEmulator } from '../test/emulator/server.js'
import { pullRequestPayload, eventEnv } from '../test/e2e/github-event.js'
import { ACTION_ENTRY, runAction } from '../test/e2e/run-action.js'
import { startGitHubStandIn, type GitHubFault } from '../test/github/server.js'
import { commentPages, endlessMembers } from '../test/support/hostile-lists.js'
import { MAX_GITHUB_ANSWER_BYTES } from '../src/github/bounded-fetch.js'

const flag = process.argv.indexOf('--timeout-seconds')
const TIMEOUT_SECONDS = flag === -1 ? 300 : Number(process.argv[flag + 1])
const BUDGET_MB = 300

interface Case {
  name: string
  /** The member list of a room (operation members), or the pull request's comments (create with the comment). */
  members?: number
  comments?: GitHubFault
}

/** The costliest JSON per byte to parse, just under the most one answer may have, on every page after a first good one:
 * the pages read together are parsed together. */
function costlyPages(shape: 'nested lists' | 'empty objects'): GitHubFault {
  const fill = MAX_GITHUB_ANSWER_BYTES - 64
  const costly =
    shape === 'nested lists' ? `${'['.repeat(fill / 2)}${']'.repeat(fill / 2)}` : `[${'{},'.repeat(fill / 3)}{}]`
  const good = commentPages({ total: 100, bodyLength: 10 })
  return {
    kind: 'pages',
    page: (page, perPage, url) => {
      if (page === 1)
        return {
          ...(good.kind === 'pages' ? good.page(1, perPage, url) : { json: '[]' }),
          link: `<${url}?page=2>; rel="next", <${url}?page=1000>; rel="last"`
        }
      return { json: costly }
    }
  }
}

const CASES: Case[] = [
  { name: 'a member list that never ends, 19 KB a member', members: 19_000 },
  { name: 'a member list that never ends, 1 KB a member', members: 1_000 },
  { name: '10,000 comments of 64K characters', comments: commentPages({ total: 10_000, bodyLength: 64_000 }) },
  {
    name: 'a `next` link that never advances (100 comments a page)',
    comments: commentPages({ total: 100, bodyLength: 10, stuck: true })
  },
  {
    name: 'the same 100 comments of 64K on 1,000 pages',
    comments: commentPages({ total: 100, bodyLength: 64_000, repeatTo: 1000 })
  },
  { name: 'pages of 2 MiB of nested lists, after a first good one', comments: costlyPages('nested lists') },
  { name: 'pages of 2 MiB of empty objects, after a first good one', comments: costlyPages('empty objects') }
]

interface Measured {
  exitCode: number
  rssMb: number
  seconds: number
  requests: number
  error: string
}

async function measure(c: Case): Promise<Measured> {
  const emulator = await startEmulator()
  const github = await startGitHubStandIn()
  const file = join(mkdtempSync(join(tmpdir(), 'max-rss-')), 'kb')
  const preload = pathToFileURL(resolve(import.meta.dirname, '../test/support/max-rss.mjs')).href
  const memory = { NODE_OPTIONS: `--import=${preload}`, MAX_RSS_FILE: file }
  const common = {
    'portal-url': emulator.url,
    'api-key': emulator.apiKey,
    'timeout-seconds': String(TIMEOUT_SECONDS)
  }
  const started = performance.now()
  let run
  if (c.members !== undefined) {
    const room = emulator.addRoom({ title: 'Crowded', roomType: 2 })
    emulator.faults.add({
      method: 'GET',
      path: `/files/rooms/${room.id}/share`,
      times: Infinity,
      fault: endlessMembers(c.members)
    })
    run = await runAction({ ...common, operation: 'members', 'room-id': String(room.id) }, memory)
  } else {
    github.addFault('GET', /\/comments$/, c.comments!, Infinity)
    run = await runAction(
      { ...common, operation: 'create', 'room-type': 'collaboration', 'pull-request-comment': 'true' },
      { ...eventEnv('pull_request', pullRequestPayload('opened')), GITHUB_API_URL: github.url, ...memory }
    )
  }
  const seconds = (performance.now() - started) / 1000
  const requests = c.members !== undefined ? emulator.requests.length : github.requests.length
  await emulator.close()
  await github.close()
  let rssMb = NaN
  try {
    rssMb = Number(readFileSync(file, 'utf8')) / 1024
  } catch {
    // The process died before its exit handler ran (a V8 fatal error).
  }
  return { exitCode: run.exitCode, rssMb, seconds, requests, error: run.errors[0] ?? run.stderr.slice(-200) }
}

console.log(`Bundle: ${ACTION_ENTRY}; timeout-seconds ${TIMEOUT_SECONDS}; Node ${process.version}`)
console.log()
console.log(`| list | exit | peak RSS (MB) | under ${BUDGET_MB} MB | s | within timeout + 1 s | requests | error |`)
console.log('|---|---:|---:|---|---:|---|---:|---|')
for (const c of CASES) {
  const m = await measure(c)
  const rss = Number.isNaN(m.rssMb) ? 'crashed' : m.rssMb.toFixed(0)
  const cells = [
    c.name,
    m.exitCode,
    rss,
    m.rssMb < BUDGET_MB ? 'yes' : 'no',
    m.seconds.toFixed(1),
    m.seconds <= TIMEOUT_SECONDS + 1 ? 'yes' : 'no',
    m.requests,
    m.error.replace(/\s+/g, ' ').slice(0, 140)
  ]
  console.log(`| ${cells.join(' | ')} |`)
}
