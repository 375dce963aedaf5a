// Text that others write (a pull request's title, a portal's room titles, tags, ids, dates, operation ids and
// messages, the workflow's inputs) reaches the log and the job summary of every operation. The runner must
// act on no command of theirs, and the summary must show their text without rendering any of it.
import { COMMENT_MARKER } from '../../src/github/comment.js'
import { savedTitle } from '../../src/docspace/types.js'
import { eventEnv, pullRequestPayload } from './github-event.js'
import { useEmulator, useGitHub } from './helpers.js'
import type { ActionRun } from './run-action.js'
import { runnerLines, unintendedCommands } from '../support/runner-log.js'
import { decodeReferences, readSummary, summaryIntrusions } from '../support/summary-html.js'
import { GITHUB_REFERENCE, linkTargets, readableText, renderGfm } from '../support/cmark.js'

const env = useEmulator({ operationDelayMs: 10 })
const gh = useGitHub()

/** Every injected command's data begins with this, so none can be mistaken for one the action meant. */
const MARK = 'INJECTED'

/** What a portal or a pull request's author may write: each part is aimed at the runner or at the summary. */
const HOSTILE = [
  `Fix ##[error file=README.md;line=1;title=Action required]${MARK} Rotate your key`,
  `\n::add-mask::${MARK}`,
  `\r::set-output name=room-id::${MARK}`,
  `\r\n  ::warning title=x::${MARK}`,
  `#\u200b#[warning]${MARK}`,
  `\u001b[31m${MARK}\u001b[0m`,
  `%0A::add-mask::${MARK}`,
  `\n\n# ${MARK} heading\n\n[${MARK} link](https://evil.example/)\n\n![${MARK}](https://evil.example/x.png)\n\n`,
  `<img src=x onerror=alert(1)>${MARK}</td></tr></table><h1>${MARK}</h1>`,
  `##[stop-commands]${MARK}`
].join(' ')

/** Within the 170 characters an input title may have. */
const HOSTILE_INPUT = `Fix ##[error title=x]${MARK}\r::add-mask::${MARK}\n\n# ${MARK}\n<b>${MARK}</b> ##[stop-commands]${MARK}`

/** A date JavaScript reads: V8 skips a parenthesised comment, whatever it holds. */
const HOSTILE_DATE = `Wed Jan 01 2020 00:00:00 GMT+0000 (${HOSTILE})`

const tally = { cases: 0, commands: 0, summary: 0 }

afterAll(() => {
  console.log(
    `untrusted text: ${tally.cases} hostile cases, ${tally.commands} commands injected, ${tally.summary} raw HTML or Markdown reaching the summary`
  )
})

/** Counts what got through, then holds the run to none, and to showing the text all the same. */
function expectNothingGotThrough(run: ActionRun): void {
  const commands = unintendedCommands(run, env.emulator.apiKey, MARK)
  const intrusions = run.summary ? summaryIntrusions(run.summary) : []
  tally.cases++
  tally.commands += commands.length
  tally.summary += intrusions.length
  expect(commands.map((c) => c.line)).toEqual([])
  expect(intrusions).toEqual([])
  // The text is shown, not dropped.
  expect(`${run.log}${decodeReferences(readSummary(run.summary).text)}`).toContain(MARK)
  for (const line of runnerLines(run.log)) {
    expect(line).not.toContain('##[')
    expect(line).not.toMatch(/^\s*::(?!(?:add-mask|debug|warning|error|group|endgroup)::)/)
  }
}

type Json = Record<string, unknown>

const OLD = new Date('2020-01-01')
const seed = (init: { archived?: boolean; tags?: string[] } = {}) =>
  env.emulator.addRoom({ title: HOSTILE, tags: [HOSTILE, 'ci'], created: OLD, updated: OLD, ...init })

describe('outside text in every operation reaches the runner as text, never as a command', () => {
  it.each([
    ['get', () => ({ operation: 'get', 'room-id': String(seed().id) })],
    ['get by tags', () => (seed(), { operation: 'get', tags: 'ci' })],
    ['rename', () => ({ operation: 'rename', 'room-id': String(seed().id), title: HOSTILE_INPUT })],
    ['archive', () => ({ operation: 'archive', 'room-id': String(seed().id) })],
    ['unarchive', () => ({ operation: 'unarchive', 'room-id': String(seed({ archived: true }).id) })],
    ['delete', () => ({ operation: 'delete', 'room-id': String(seed().id) })],
    ['list', () => (seed(), seed({ archived: true }), { operation: 'list', tags: 'ci', area: 'any' })],
    ['archive-stale, dry run', () => (seed(), { operation: 'archive-stale', 'stale-days': '30', 'dry-run': 'true' })],
    [
      'create from inputs with line breaks',
      () => ({ operation: 'create', title: HOSTILE_INPUT, tags: `ci, x\r::add-mask::${MARK}\r##[group]${MARK}` })
    ]
  ])('%s', async (_, given) => {
    const run = await env.run(given())
    expectNothingGotThrough(run)
  })

  it('outputs carry the text unchanged, in the delimited file @actions/core writes', async () => {
    const run = await env.run({ operation: 'get', 'room-id': String(seed().id) })
    expectNothingGotThrough(run)
    expect(run.outputs['room-title']).toBe(HOSTILE)
    expect(JSON.parse(run.outputs.room!)).toMatchObject({ title: HOSTILE, tags: [HOSTILE, 'ci'] })
  })

  it("archive-stale whose archives fail with the portal's words", async () => {
    seed()
    seed()
    env.emulator.faults.add({ path: /\/archive$/, times: Infinity, fault: { kind: 'op-error', message: HOSTILE } })
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30' })
    expect(run.exitCode).toBe(1)
    expectNothingGotThrough(run)
  })

  it('a pull request opened with a hostile title', async () => {
    const run = await env.run(
      { operation: 'create' },
      eventEnv('pull_request', pullRequestPayload('opened', { title: HOSTILE }))
    )
    expect(run.exitCode).toBe(0)
    expectNothingGotThrough(run)
  })

  it('a pull request closed whose room has a hostile title', async () => {
    const payload = pullRequestPayload('closed', { number: 12, title: HOSTILE })
    env.emulator.addRoom({ title: HOSTILE, tags: [`pr:${payload.repository!.full_name}#12`, HOSTILE] })
    const run = await env.run({ operation: 'archive' }, eventEnv('pull_request', payload))
    expect(run.exitCode).toBe(0)
    expectNothingGotThrough(run)
  })
})

describe("the portal's own words and values reach the runner as text", () => {
  it('an error message', async () => {
    const { id } = seed()
    env.answerWith(
      'GET',
      `/files/rooms/${id}`,
      { error: { message: HOSTILE }, status: 1, statusCode: 403 },
      { status: 403 }
    )
    const run = await env.run({ operation: 'archive', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expectNothingGotThrough(run)
  })

  it("a failed run's summary wraps the error, likely cause included, where a reader sees it", async () => {
    const { id } = seed()
    env.answerWith(
      'GET',
      `/files/rooms/${id}`,
      { error: { message: HOSTILE }, status: 1, statusCode: 403 },
      { status: 403 }
    )
    const run = await env.run({ operation: 'get', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    // A <pre> neither wraps nor survives a blank line in the message.
    expect(run.summary).not.toMatch(/<pre/)
    const reading = readSummary(run.summary)
    expect(reading.markdownLines).toEqual([])
    expect(decodeReferences(reading.text)).toMatch(/DocSpace says: .*Likely cause: the API key's user has no access/s)
  })

  it("an HTML page's title", async () => {
    const { id } = seed()
    env.emulator.faults.add({
      method: 'GET',
      path: `/files/rooms/${id}`,
      times: Infinity,
      fault: {
        kind: 'status',
        status: 404,
        body: `<html><title>${HOSTILE.replace(/</g, '')}</title></html>`,
        contentType: 'text/html'
      }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expectNothingGotThrough(run)
  })

  it('an operation id', async () => {
    const { id } = seed()
    env.answerWith('PUT', `/files/rooms/${id}/archive`, {
      response: { id: HOSTILE, progress: 0, finished: false },
      count: 1,
      status: 0,
      statusCode: 200
    })
    const run = await env.run({ operation: 'archive', 'room-id': String(id), wait: 'false' })
    expectNothingGotThrough(run)
  })

  it('ids, tags and dates in a listing', async () => {
    seed()
    expect(Number.isNaN(Date.parse(HOSTILE_DATE))).toBe(false)
    const page = await env.answerOf(
      '/files/rooms?fields=folders.id,folders.title,folders.rootFolderType,folders.roomType,folders.tags,folders.created,folders.updated,total'
    )
    const response = page.response as { folders: Json[] }
    for (const folder of response.folders) Object.assign(folder, { created: HOSTILE_DATE, updated: HOSTILE_DATE })
    env.answerWith('GET', '/files/rooms', page)
    const run = await env.run({ operation: 'list', tags: 'ci' })
    expectNothingGotThrough(run)
  })

  // An id in no form DocSpace gives is refused by the answer check, which quotes its start: that quote, too,
  // reaches the runner as text.
  it('an id that is hostile text', async () => {
    seed()
    const page = await env.answerOf('/files/rooms?fields=folders.id,folders.title,folders.rootFolderType,total')
    const response = page.response as { folders: Json[] }
    for (const folder of response.folders) folder.id = `##[error]${MARK}\n::add-mask::x`
    env.answerWith('GET', '/files/rooms', page)
    const run = await env.run({ operation: 'list', tags: 'ci' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/response\.folders\[0\]\.id as the text/)
    expectNothingGotThrough(run)
  })
})

// Members, links, settings and the pull request comment bring more outside text: people's names and e-mails as
// the portal lists them, DocSpace's warnings, the links it hands out, tags, titles it answers with, logins.
describe('members, links, settings and the comment', () => {
  /** A name as hostile as a title, with an e-mail address, a mention and the comment's own marker in it. */
  const NAME = `${HOSTILE} mail ceo@example.com @octocat ${COMMENT_MARKER}`
  const EMAIL = `${MARK}##[error]x::add-mask::y@evil.example`
  const people = () => {
    const { state } = env.emulator
    return {
      named: state.addUser({ email: 'named@example.com', displayName: NAME, type: 'User' }),
      mailed: state.addUser({ email: EMAIL, displayName: `${MARK} by mail`, type: 'User' })
    }
  }

  it("a room's members: hostile display names and e-mails", async () => {
    const { named, mailed } = people()
    const room = seed()
    env.emulator.state.setMember(room.id, named.id, 10)
    env.emulator.state.setMember(room.id, mailed.id, 2)
    const run = await env.run({ operation: 'members', 'room-id': String(room.id) })
    expect(run.exitCode).toBe(0)
    expectNothingGotThrough(run)
    const listed = JSON.parse(run.outputs.members!) as { name: string; email: string }[]
    expect(listed.map((m) => m.name)).toEqual(expect.arrayContaining([NAME]))
    expect(listed.map((m) => m.email)).toEqual(expect.arrayContaining([EMAIL]))
  })

  it('share: hostile names in the changes it logs, and a title the portal answers with', async () => {
    people()
    const room = seed()
    const run = await env.run({
      operation: 'share',
      'room-id': String(room.id),
      members: 'named@example.com: editor\nstranger@example.com: viewer'
    })
    expect(run.exitCode).toBe(0)
    expectNothingGotThrough(run)
  })

  it("share: DocSpace's warning", async () => {
    people()
    const room = seed()
    env.answerWith('PUT', `/files/rooms/${room.id}/share`, {
      response: { warning: HOSTILE, error: 0, members: [] },
      count: 1,
      status: 0,
      statusCode: 200
    })
    const run = await env.run({ operation: 'share', 'room-id': String(room.id), members: 'named@example.com: editor' })
    expect(run.exitCode).toBe(1)
    expectNothingGotThrough(run)
  })

  it('update: hostile tags added and removed, a hostile title given and answered', async () => {
    const room = seed()
    const run = await env.run({
      operation: 'update',
      'room-id': String(room.id),
      title: HOSTILE_INPUT,
      'add-tags': `x##[error]${MARK}, <b>${MARK}</b>`,
      'remove-tags': HOSTILE.slice(0, 50)
    })
    expect(run.errors).toEqual([])
    expectNothingGotThrough(run)
  })

  it('a pull request whose author and reviewer have logins missing from github-users', async () => {
    const payload = pullRequestPayload('opened')
    // GitHub's logins cannot hold these characters; a payload is read as it comes all the same.
    Object.assign(payload.pull_request!, {
      user: { login: `##[error]${MARK}` },
      requested_reviewers: [{ login: `::add-mask::${MARK}` }]
    })
    const run = await env.run(
      {
        operation: 'create',
        'github-users': 'someone: someone@example.com',
        'pull-request-members': 'author, reviewers'
      },
      eventEnv('pull_request', payload)
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout.match(/^::warning::@/gm)).toHaveLength(2)
    expectNothingGotThrough(run)
  })

  it('the pull request comment: names without mentions, e-mails, markup or a second marker', async () => {
    people()
    const run = await env.run(
      {
        operation: 'create',
        'room-type': 'custom',
        'pull-request-comment': 'true',
        members: `named@example.com: editor\n${'ceo@example.com'}: viewer`,
        'external-link': 'true'
      },
      gh.env('pull_request', pullRequestPayload('opened', { title: HOSTILE }))
    )
    expect(run.errors).toEqual([])
    expectNothingGotThrough(run)
    const [comment] = gh.github.comments('Codertocat/Hello-World', 2)
    const body = comment!.body
    expect(body.split(COMMENT_MARKER)).toHaveLength(2)
    expect(body).not.toMatch(/[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:&]+\.[a-z]+/)
    expect(body).not.toMatch(/@(?!&#8203;)/)
    expect(body).not.toMatch(/<(?!!-- docspace-rooms-action|\/?a[ >]|\/?sub>)/)
    expect(body).toContain(MARK)
  })
})

describe("the external link: only an http(s) link on the portal's host, or DocSpace's short link", () => {
  const linkAnswer = (shareLink: string) => ({
    response: { sharedLink: { shareLink, id: '5f6f4b9f-0000-4000-8000-000000000001', title: 'Link' }, access: 2 },
    count: 1,
    status: 0,
    statusCode: 200
  })
  const share = async (shareLink: string, comment = false) => {
    const room = env.emulator.addRoom({ title: 'Linked', roomType: 6 })
    env.answerWith('GET', `/files/rooms/${room.id}/link`, linkAnswer(shareLink))
    return env.run(
      {
        operation: 'share',
        'room-id': String(room.id),
        'external-link': 'true',
        'pull-request-comment': String(comment)
      },
      comment ? gh.env('pull_request', pullRequestPayload('opened')) : {}
    )
  }

  it.each([
    ['javascript:', `javascript:alert(document.cookie)//${MARK}`],
    ['data:', `data:text/html,<script>alert(1)</script>${MARK}`],
    ['another host', `https://evil.example/login?${MARK}`],
    ['credentials in it', 'https://user:pass@evil.example/s/abc'],
    ['a line break', `https://evil.example/s/abc\n::add-mask::${MARK}`],
    // Anyone on the way could answer for a plain-http host the action cannot vouch for.
    ['the short form over http on another host', 'http://docspace-login.evil.example/s/5XzpDt6wZRd']
  ])('%s: refused, set as no output and in no comment', async (_, link) => {
    const run = await share(link, true)
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/GET \/api\/2\.0\/files\/rooms\/\d+\/link .*an http\(s\) link/)
    expect(run.outputs['external-link']).toBeUndefined()
    expect(run.summary).not.toMatch(/href="[^"]*evil\.example/)
    for (const c of gh.github.comments('Codertocat/Hello-World', 2)) expect(c.body).not.toContain('evil.example')
    expect(run.log).not.toMatch(/^::add-mask::INJECTED/m)
  })

  it.each([
    ["the portal's own host", (portal: string) => `${portal}/s/5XzpDt6wZRd`],
    ["the portal's host, another path", (portal: string) => `${portal}/rooms/share?key=abc`],
    ["DocSpace's short link on the tenant's domain", () => 'https://docs.example.com/s/5XzpDt6wZRd'],
    ['Bitly', () => 'https://bit.ly/3xYzAbC']
  ])('%s: taken', async (_, link) => {
    const wanted = link(env.emulator.url)
    const run = await share(wanted)
    expect(run.errors).toEqual([])
    expect(run.outputs['external-link']).toBe(wanted)
  })
})

// GitHub renders the comment and the summary with cmark-gfm, whose autolink extension links `www.`, `http(s)://` and
// e-mail addresses in Markdown paragraphs (the comment, the summary's callouts), and then turns `@login`, `#1`,
// `owner/repo#1` and `GH-1` in the page's text into mentions and references. Rendered here with cmark-gfm itself.
describe('outside text links nothing, mentions nobody and refers to no issue, as cmark-gfm renders it', () => {
  const LINKY = 'see www.evil.example and https://evil.example/x, ceo@example.com, @octocat, owner/repo#12, #7, GH-9'
  const REPO = 'Codertocat/Hello-World'

  /** Links only to the portal, and no mention or reference in the text a reader sees; the text still shown. */
  function expectInert(markdown: string): void {
    const html = renderGfm(markdown)
    expect(linkTargets(html).filter((href) => !href.startsWith(env.emulator.url))).toEqual([])
    expect(readableText(html).match(GITHUB_REFERENCE)).toBeNull()
    expect(readableText(html)).toContain('evil.example')
  }

  it("the pull request comment: the room's title and members' names", async () => {
    const payload = pullRequestPayload('opened', { title: LINKY })
    const room = env.emulator.addRoom({ title: LINKY, tags: [`pr:${REPO}#2`], roomType: 6 })
    for (const name of ['Ana www.evil.example #3', 'Bo https://evil.example/b @octocat', 'Cy owner/repo#4 GH-5']) {
      const user = env.emulator.state.addUser({
        email: `${name.slice(0, 2).toLowerCase()}@example.com`,
        displayName: name,
        type: 'User'
      })
      env.emulator.state.setMember(room.id, user.id, 2)
    }
    const run = await env.run({ operation: 'members', 'pull-request-comment': 'true' }, gh.env('pull_request', payload))
    expect(run.errors).toEqual([])
    const [comment] = gh.github.comments(REPO, 2)
    expect(comment!.body).toContain('Ana')
    expectInert(comment!.body)
  })

  it("the summary's error callout: DocSpace's message", async () => {
    const { id } = seed()
    env.answerWith(
      'GET',
      `/files/rooms/${id}`,
      { error: { message: LINKY }, status: 1, statusCode: 403 },
      { status: 403 }
    )
    const run = await env.run({ operation: 'get', 'room-id': String(id) })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('[!CAUTION]')
    expectInert(run.summary)
  })

  it("the summary's error callout: a room's title in the error of a step that failed", async () => {
    // Two rooms of the title as DocSpace saves it: the error names both.
    env.emulator.addRoom({ title: savedTitle(LINKY) })
    env.emulator.addRoom({ title: savedTitle(LINKY) })
    const run = await env.run({ operation: 'get', title: LINKY })
    expect(run.exitCode).toBe(1)
    expectInert(run.summary)
  })
})

// A portal's title or a person's name of one megabyte without a space, and a GitHub error page of a megabyte of
// `<script`, made the action's patterns try every start to the end of the text: minutes of work that
// timeout-seconds cannot stop, as nothing else runs meanwhile. Only the outcome is checked here;
// scripts/hostile-timing.ts prints the times.
describe('a megabyte of one word from the portal, or of `<script` from GitHub, ends the step', () => {
  const WORD = 'w'.repeat(1024 * 1024)
  const REPO = 'Codertocat/Hello-World'

  it("a room's title of one word, in the log, the summary and the comment", async () => {
    env.emulator.addRoom({ title: WORD, tags: [`pr:${REPO}#2`] })
    const run = await env.run(
      { operation: 'get', 'pull-request-comment': 'true', 'timeout-seconds': '30' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('wwwwwwww')
    const [comment] = gh.github.comments(REPO, 2)
    expect(comment!.body.length).toBeLessThan(5000)
  })

  it("a member's name of one word (900,000 characters), in the log, the summary and the comment", async () => {
    const room = env.emulator.addRoom({ title: 'Room', tags: [`pr:${REPO}#2`] })
    const user = env.emulator.state.addUser({
      email: 'long@example.com',
      firstName: 'Long',
      lastName: 'Name',
      // A member's entry carries the name twice (sharedTo, sharedToUser): the most a 2 MiB answer holds.
      displayName: WORD.slice(0, 900_000),
      type: 'User'
    })
    env.emulator.state.setMember(room.id, user.id, 2)
    const run = await env.run(
      { operation: 'members', 'pull-request-comment': 'true', 'timeout-seconds': '30' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    expect(run.errors).toEqual([])
    const [comment] = gh.github.comments(REPO, 2)
    expect(comment!.body).toContain('w'.repeat(50))
    expect(comment!.body.length).toBeLessThan(5000)
  })

  it('a GitHub error page of a megabyte of <script', async () => {
    env.emulator.addRoom({ title: 'Room', tags: [`pr:${REPO}#2`] })
    gh.github.addFault('POST', /\/comments$/, {
      kind: 'status',
      status: 502,
      body: `<html>${'<script'.repeat(150_000)}`,
      headers: { 'content-type': 'text/html' }
    })
    const run = await env.run(
      { operation: 'get', 'pull-request-comment': 'true', 'timeout-seconds': '30' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('failed with HTTP 502: GitHub says "')
    expect(run.errors[0]!.length).toBeLessThan(2000)
  })
})
