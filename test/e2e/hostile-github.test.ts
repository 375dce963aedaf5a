// A GitHub API (or a proxy in front of it) whose listings never end, repeat, or are larger than any pull request's:
// the comment lookup stays bounded in requests and memory, and says what it met.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { COMMENT_MARKER } from '../../src/github/comment.js'
import { commentPages } from '../support/hostile-lists.js'
import { pullRequestPayload } from './github-event.js'
import { useEmulator, useGitHub } from './helpers.js'

const env = useEmulator()
const gh = useGitHub()
const REPO = 'Codertocat/Hello-World'
const MB = 1024 * 1024

const listings = () => gh.github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))

function measuredMemory(): { env: Record<string, string>; read: () => number } {
  const file = join(mkdtempSync(join(tmpdir(), 'max-rss-')), 'kb')
  const preload = pathToFileURL(resolve(import.meta.dirname, '../support/max-rss.mjs')).href
  return {
    env: { NODE_OPTIONS: `--import=${preload}`, MAX_RSS_FILE: file },
    read: () => Number(readFileSync(file, 'utf8')) * 1024
  }
}

const open = (inputs: Record<string, string> = {}, extra: Record<string, string> = {}) =>
  env.run(
    { operation: 'create', 'room-type': 'collaboration', 'pull-request-comment': 'true', ...inputs },
    { ...gh.env('pull_request', pullRequestPayload('opened')), ...extra }
  )

describe('paging that GitHub does not end', () => {
  // Followed until the deadline, a `next` link that never advanced drew 25,095 requests and 1 GB at the default 300 s,
  // and every repeated full page was kept.
  it('stops at a page that brings no comment not seen before, whatever the link header says', async () => {
    gh.github.addFault('GET', /\/comments$/, commentPages({ total: 100, bodyLength: 10, stuck: true }), Infinity)
    const run = await open({ 'timeout-seconds': '20' })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    // Page 1, then page 2 that repeats it; twice, since a created comment is looked for again.
    expect(listings()).toHaveLength(4)
    expect(gh.github.comments(REPO, 2).filter((c) => c.body.startsWith(COMMENT_MARKER))).toHaveLength(1)
  })
})

describe('comments larger than a run should hold', () => {
  // 10,000 comments of 64K characters, each kept whole, cost 1.6 GB.
  it('reads 10,000 comments of 64K characters within a budget, in bounded memory, and says so', async () => {
    gh.github.addFault('GET', /\/comments$/, commentPages({ total: 10_000, bodyLength: 64_000 }), Infinity)
    const memory = measuredMemory()
    const run = await open({}, memory.env)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('created')
    expect(run.errors[0]).toMatch(
      /the pull request comment could not be written: GET \/repos\/Codertocat\/Hello-World\/issues\/2\/comments failed: GitHub sent more than 64 MiB of answers listing the comments of pull request Codertocat\/Hello-World#2, the most the action reads/
    )
    // A page of 100 such comments passes the 2 MiB one answer may have, so they are read 25 a page: 64 MiB is about
    // 40 of those, and no more than the pages read together past it are asked for.
    expect(listings()[0]!.query.per_page).toBe('100')
    expect(listings()[1]!.query.per_page).toBe('25')
    expect(listings().length).toBeLessThanOrEqual(45)
    expect(memory.read()).toBeLessThan(300 * MB)
  })

  it('reads a few hundred comments at GitHub’s longest in smaller pages', async () => {
    gh.github.addFault('GET', /\/comments$/, commentPages({ total: 300, bodyLength: 65_536 }), Infinity)
    const memory = measuredMemory()
    const run = await open({}, memory.env)
    expect(run.errors).toEqual([])
    expect(run.outputs['comment-url']).toMatch(/issuecomment-/)
    // One page of 100 refused, then 12 of 25 and an empty 13th (the 12th is full); twice, since a created comment is
    // looked for again.
    expect(listings().map((r) => r.query.per_page)).toEqual(
      [...Array<string>(2)].flatMap(() => ['100', ...Array<string>(13).fill('25')])
    )
    expect(memory.read()).toBeLessThan(300 * MB)
  })
})

describe('JSON costlier to parse than any answer of GitHub’s', () => {
  it.each([
    [
      'a million nested lists',
      `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`,
      /nests lists and objects more than 64 deep/
    ],
    ['600,000 empty objects', `[${'{},'.repeat(600_000)}{}]`, /more than one list or object for every 32 bytes/]
  ])('%s is refused before it is parsed', async (_, json, named) => {
    gh.github.addFault('GET', /\/comments$/, { kind: 'pages', page: () => ({ json }) }, Infinity)
    const memory = measuredMemory()
    const run = await open({}, memory.env)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /the pull request comment could not be written: GET .*\/comments failed: GitHub sent an answer/
    )
    expect(run.errors[0]).toMatch(named)
    expect(listings()).toHaveLength(1)
    expect(memory.read()).toBeLessThan(300 * MB)
  })
})
