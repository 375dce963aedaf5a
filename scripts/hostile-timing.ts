/**
 * `npx tsx scripts/hostile-timing.ts`: how long the action's text operations take on the outside text that made the
 * old patterns slow, and how long the bundled action's step takes against a portal and a GitHub that send it.
 * Printed, never asserted: the tests check only that such text is handled (test/unit/outside-text.property.test.ts,
 * npm run test:untrusted). `--before <dist/index.js of an older build>` times that bundle's steps too, each stopped
 * after 60 s.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pageTitle } from '../src/docspace/envelope.js'
import { plainText } from '../src/github/client.js'
import { parseMembers } from '../src/inputs/members.js'
import { maskEmails } from '../src/lib/safe-text.js'
import { startEmulator } from '../test/emulator/server.js'
import { eventEnv, pullRequestPayload } from '../test/e2e/github-event.js'
import { ACTION_ENTRY } from '../test/e2e/run-action.js'
import { startGitHubStandIn } from '../test/github/server.js'

/** The patterns the action used before, as they were. */
const OLD = {
  email: (text: string) =>
    text.replace(/[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+/g, (a) => `${a[0]}…`),
  title: (html: string) => /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1],
  github: (page: string) =>
    page
      .replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, ' ')
      .replace(/<[a-z/!][^>]*>/gi, ' ')
      .replace(/\s+/g, ' '),
  members: (line: string) => /^([^:]+?)\s*:\s*([^:]*)$/.exec(line)
}

const NEW = {
  email: maskEmails,
  title: pageTitle,
  github: plainText,
  members: (line: string) => {
    try {
      return parseMembers(line, new Map())
    } catch {
      return undefined
    }
  }
}

/** What each operation is given: one word, an unclosed tag repeated, a line of spaces without a `:`. */
const INPUTS: Record<keyof typeof OLD, (size: number) => string> = {
  email: (n) => 'x'.repeat(n),
  title: (n) => '<title'.repeat(Math.ceil(n / 6)).slice(0, n),
  github: (n) => '<script'.repeat(Math.ceil(n / 7)).slice(0, n),
  members: (n) => `a${' '.repeat(n - 2)}b`
}

const NAMES: Record<keyof typeof OLD, string> = {
  email: 'e-mail masking, one word',
  title: "a page's title, `<title` repeated",
  github: "GitHub's page as text, `<script` repeated",
  members: 'a members line of spaces, no `:`'
}

function ms(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

function seconds(milliseconds: number): string {
  return milliseconds >= 1000 ? `${(milliseconds / 1000).toFixed(1)} s` : `${milliseconds.toFixed(1)} ms`
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}

const OLD_SIZES = [4_000, 16_000, 64_000]
const MB = 1024 * 1024

console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}\n`)
console.log('Text operations (one run each; the old patterns grow with the square of the size):\n')
const rows: string[][] = []
for (const key of Object.keys(OLD) as (keyof typeof OLD)[]) {
  const old = OLD_SIZES.map((size) => ms(() => OLD[key](INPUTS[key](size))))
  const now = [64_000, MB].map((size) => ms(() => NEW[key](INPUTS[key](size))))
  // Quadratic: 1 MiB is 16.4 times 64,000 characters, so 268 times the time.
  const estimate = old[2]! * (MB / 64_000) ** 2
  rows.push([NAMES[key], ...old.map(seconds), `~${seconds(estimate)}`, ...now.map(seconds)])
}
table(['operation', 'old 4,000', 'old 16,000', 'old 64,000', 'old 1 MiB (est.)', 'new 64,000', 'new 1 MiB'], rows)

// ---- the step, end to end ----

interface Timed {
  ms: number
  ended: boolean
  exitCode: number | null
}

/** The bundle at `entry` run as the runner runs it, stopped after `limitMs`. */
async function timedRun(
  entry: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  limitMs: number
): Promise<Timed> {
  const dir = mkdtempSync(join(os.tmpdir(), 'hostile-timing-'))
  for (const file of ['output', 'summary']) writeFileSync(join(dir, file), '')
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    ...env
  }
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value
  const start = performance.now()
  const child = spawn(process.execPath, [entry], { env: childEnv, stdio: 'ignore' })
  let ended = true
  const timer = setTimeout(() => {
    ended = false
    child.kill('SIGKILL')
  }, limitMs)
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  clearTimeout(timer)
  return { ms: performance.now() - start, ended, exitCode }
}

const before = process.argv.includes('--before') ? process.argv[process.argv.indexOf('--before') + 1] : undefined
const emulator = await startEmulator({ operationDelayMs: 10 })
const github = await startGitHubStandIn()
const REPO = 'Codertocat/Hello-World'
const WORD = 'w'.repeat(MB)
const prEnv = { ...eventEnv('pull_request', pullRequestPayload('opened')), GITHUB_API_URL: github.url }
const base = {
  'portal-url': emulator.url,
  'api-key': emulator.apiKey,
  'github-token': github.token,
  'pull-request-comment': 'true',
  'timeout-seconds': '30',
  'request-timeout-seconds': '30',
  'max-retries': '3',
  concurrency: '4'
}

const scenes: { name: string; set: () => void; inputs: Record<string, string> }[] = [
  {
    name: "get: a room's title of one 1 MiB word, in the comment",
    set: () => void emulator.addRoom({ title: WORD, tags: [`pr:${REPO}#2`] }),
    inputs: { operation: 'get' }
  },
  {
    name: "members: a member's name of one 900,000-character word",
    set: () => {
      const room = emulator.addRoom({ title: 'Room', tags: [`pr:${REPO}#2`] })
      const user = emulator.state.addUser({
        email: 'long@example.com',
        firstName: 'Long',
        lastName: 'Name',
        displayName: WORD.slice(0, 900_000),
        type: 'User'
      })
      emulator.state.setMember(room.id, user.id, 2)
    },
    inputs: { operation: 'members' }
  },
  {
    name: "get: GitHub's 1 MiB error page of `<script`",
    set: () => {
      emulator.addRoom({ title: 'Room', tags: [`pr:${REPO}#2`] })
      github.addFault('POST', /\/comments$/, {
        kind: 'status',
        status: 502,
        body: `<html>${'<script'.repeat(150_000)}`,
        headers: { 'content-type': 'text/html' }
      })
    },
    inputs: { operation: 'get' }
  }
]

const steps: string[][] = []
for (const scene of scenes) {
  const row = [scene.name]
  for (const entry of before ? [ACTION_ENTRY, before] : [ACTION_ENTRY]) {
    emulator.reset()
    github.reset()
    scene.set()
    const run = await timedRun(entry, { ...base, ...scene.inputs }, prEnv, 60_000)
    row.push(run.ended ? `${seconds(run.ms)} (exit ${run.exitCode})` : 'stopped after 60 s')
  }
  steps.push(row)
}
console.log('\nThe step against a hostile portal and GitHub (dist/index.js, one run each):\n')
table(['scene', 'this build', ...(before ? ['--before'] : [])], steps)
await emulator.close()
await github.close()
