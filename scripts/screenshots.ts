/**
 * `npm run screenshots`: pictures of what a person sees, for the README and docs/. Each shot runs the bundled action
 * (dist/index.js; `npm run build` first) against the DocSpace emulator and the GitHub API stand-in as a runner
 * would, takes the Markdown it wrote (the job summary, or the pull request comment as GitHub stored it), renders it
 * with markdown-it (raw HTML on, as GitHub allows it) and a GitHub-like stylesheet, and captures it with headless
 * Chromium (Debian's `chromium` package) as a PNG under docs/images/, cropped to the content. No network is used.
 *
 * The only change to what the action wrote: the emulator's loopback address (http://127.0.0.1:port) is shown as
 * a portal's address would be, so that the external link in a picture reads as it would on a real portal.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import MarkdownIt from 'markdown-it'
import { startEmulator, type Emulator } from '../test/emulator/server.js'
import { RUNNER_GITHUB_TOKEN, startGitHubStandIn, type GitHubStandIn } from '../test/github/server.js'
import { readmeWorkflow, renderedInputs, type Contexts } from '../test/e2e/readme-workflows.js'
import { eventEnv, pullRequestPayload } from '../test/e2e/github-event.js'
import { runAction, type ActionRun } from '../test/e2e/run-action.js'
import { COMMENT_MARKER } from '../src/github/comment.js'

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const OUT_DIR = resolve(import.meta.dirname, '../docs/images')
const DAY = 86_400_000
/** What the emulator's address is shown as. */
const PORTAL = 'https://docspace.example.com'

interface Shot {
  /** File name under docs/images/, without .png. */
  name: string
  /** What the frame around it says, as GitHub titles a job's summary or a comment (HTML). */
  frame: string
  /** The widest the picture may be; it is cropped to its content. */
  width: number
  /** The Markdown to show, made against a fresh emulator and GitHub stand-in. */
  markdown: (emulator: Emulator, github: GitHubStandIn) => Promise<string>
}

/**
 * The README's Quick start workflow, its `with:` values read from the README itself, on an `opened` pull request
 * (number 2 of Codertocat/Hello-World, a real payload) with a requested reviewer: the picture under the Quick start
 * is what that workflow makes.
 */
async function pullRequestRoom(emulator: Emulator, github: GitHubStandIn): Promise<ActionRun> {
  const { state } = emulator
  state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' })
  state.addUser({ email: 'oscar@example.com', displayName: 'Oscar Octo', type: 'User' })
  const payload = pullRequestPayload('opened', { reviewers: ['octocat'] })
  const contexts: Contexts = {
    secrets: {
      DOCSPACE_API_KEY: emulator.apiKey,
      DOCSPACE_USERS: 'Codertocat: ana@example.com\noctocat: oscar@example.com'
    },
    vars: { DOCSPACE_URL: emulator.url },
    inputs: {},
    github: { event_name: 'pull_request', event: payload }
  }
  const inputs = renderedInputs(readmeWorkflow('pull-request'), contexts)
  const run = await runAction(
    { 'github-token': RUNNER_GITHUB_TOKEN, ...inputs },
    { ...eventEnv('pull_request', payload), GITHUB_API_URL: github.url }
  )
  summaryOf(run)
  return run
}

const SHOTS: Shot[] = [
  {
    name: 'summary-create-pull-request',
    frame: 'room summary',
    width: 900,
    async markdown(emulator) {
      const payload = pullRequestPayload('opened', { number: 12, title: 'Fix the parser' })
      const run = await runAction(
        {
          'portal-url': emulator.url,
          'api-key': emulator.apiKey,
          operation: 'create',
          'room-type': 'collaboration',
          tags: 'review'
        },
        eventEnv('pull_request', payload)
      )
      return summaryOf(run)
    }
  },
  {
    name: 'summary-pull-request',
    frame: 'room summary',
    width: 900,
    async markdown(emulator, github) {
      return summaryOf(await pullRequestRoom(emulator, github))
    }
  },
  {
    name: 'pull-request-comment',
    frame: '<b>github-actions</b> <span class="label">bot</span> commented',
    width: 800,
    async markdown(emulator, github) {
      await pullRequestRoom(emulator, github)
      const comment = github.comments('Codertocat/Hello-World', 2).find((c) => c.body.startsWith(COMMENT_MARKER))
      if (!comment) throw new Error('the action wrote no pull request comment')
      return comment.body
    }
  },
  {
    name: 'summary-archive-stale-dry-run',
    frame: 'stale-rooms summary',
    width: 1000,
    async markdown(emulator) {
      const ages: [string, number, string[]][] = [
        ['Q1 planning', 212, ['planning']],
        ['Hello-World #3 – Add CI', 160, ['pr:octo-org/Hello-World#3']],
        ['Vendor contracts 2025', 131, ['legal']],
        ['Hello-World #9 – Bump deps', 95, ['pr:octo-org/Hello-World#9']],
        ['Onboarding drafts', 64, []],
        ['Design review', 47, ['design']],
        ['Release notes', 33, []],
        ['Sprint 42', 12, []],
        ['Handbook', 2, ['docs']]
      ]
      for (const [title, days, tags] of ages) {
        emulator.addRoom({ title, tags, roomType: 2, created: new Date(Date.now() - days * DAY) })
      }
      const run = await runAction({
        'portal-url': emulator.url,
        'api-key': emulator.apiKey,
        operation: 'archive-stale',
        'stale-days': '30',
        'dry-run': 'true',
        'max-rooms': '5'
      })
      return summaryOf(run)
    }
  },
  {
    name: 'summary-failure',
    frame: 'room summary',
    width: 900,
    async markdown(emulator) {
      const run = await runAction({
        'portal-url': emulator.url,
        'api-key': emulator.apiKey,
        operation: 'archive',
        'room-id': '4242'
      })
      if (run.exitCode !== 1) throw new Error(`expected the step to fail:\n${run.log}`)
      return run.summary
    }
  }
]

function summaryOf(run: { exitCode: number; summary: string; log: string }): string {
  if (run.exitCode !== 0 || !run.summary) throw new Error(`the action failed:\n${run.log}`)
  return run.summary
}

const markdown = new MarkdownIt({ html: true })

/** markdown-it knows no GitHub alerts; render them as GitHub does, a titled box with a coloured bar. */
function withAlerts(html: string): string {
  return html.replace(
    /<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*([\s\S]*?)<\/blockquote>/g,
    (_, kind: string, rest: string) =>
      `<div class="alert alert-${kind.toLowerCase()}"><p class="alert-title">${kind[0]}${kind.slice(1).toLowerCase()}</p><p>${rest}</div>`
  )
}

const STYLE = `
  body { margin: 0; padding: 16px; background: #f6f8fa; color: #1f2328;
    font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
  .frame { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
  .frame > header { padding: 8px 16px; border-bottom: 1px solid #d1d9e0; font-weight: 600; background: #f6f8fa;
    border-radius: 6px 6px 0 0; }
  .body { padding: 16px 24px; }
  h3 { font-size: 1.25em; margin: 0 0 16px; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; }
  p { margin: 0 0 16px; }
  a { color: #0969da; text-decoration: none; }
  em { font-style: italic; }
  code { font: 85% ui-monospace, "DejaVu Sans Mono", monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
  table { border-collapse: collapse; margin: 0 0 16px; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; }
  tr:nth-child(2n) { background: #f6f8fa; }
  .alert { padding: 8px 16px; margin: 0 0 16px; border-left: .25em solid; }
  .alert p { margin: 0; }
  .alert-title { font-weight: 600; margin-bottom: 4px !important; }
  .alert-warning { border-color: #9a6700; } .alert-warning .alert-title { color: #9a6700; }
  .alert-caution { border-color: #cf222e; } .alert-caution .alert-title { color: #d1242f; }
  .alert-note { border-color: #0969da; } .alert-note .alert-title { color: #0969da; }
  .label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; font-weight: 500;
    color: #59636e; }
  .frame > header b { font-weight: 600; }
  .comment h3 { border-bottom: none; padding-bottom: 0; margin-bottom: 8px; }
  .comment p:last-child { margin-bottom: 0; }
  sub { font-size: 75%; color: #59636e; }
`

function page(shot: Shot, body: string): string {
  const kind = shot.name.startsWith('pull-request-comment') ? 'comment' : 'summary'
  // The frame is as wide as its content, up to the shot's width, so that the picture can be cropped to it.
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<div class="frame ${kind}" style="display:inline-block;min-width:480px;max-width:${shot.width - 32}px"><header>${shot.frame}</header><div class="body">${body}</div></div>
<script>
  // Where the frame ends, for the picture's size.
  const box = document.querySelector('.frame').getBoundingClientRect()
  document.body.dataset.right = String(Math.ceil(box.right) + 16)
  document.body.dataset.bottom = String(Math.ceil(box.bottom) + 16)
</script></body></html>`
}

/** Captures the page at its own size: one run reads the size the page measured, the next takes the picture. */
function capture(htmlFile: string, pngFile: string, width: number): void {
  const common = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1']
  const dom = execFileSync(CHROMIUM, [...common, `--window-size=${width},2000`, '--dump-dom', `file://${htmlFile}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  })
  const right = Math.min(width, Number(/data-right="(\d+)"/.exec(dom)?.[1] ?? width))
  const height = Number(/data-bottom="(\d+)"/.exec(dom)?.[1] ?? 1200)
  execFileSync(
    CHROMIUM,
    [...common, `--window-size=${right},${height}`, `--screenshot=${pngFile}`, `file://${htmlFile}`],
    {
      stdio: 'ignore'
    }
  )
}

mkdirSync(OUT_DIR, { recursive: true })
const work = mkdtempSync(join(tmpdir(), 'screenshots-'))
for (const shot of SHOTS) {
  const emulator = await startEmulator({ operationDelayMs: 50 })
  const github = await startGitHubStandIn()
  try {
    const written = (await shot.markdown(emulator, github)).replaceAll(emulator.url, PORTAL)
    const html = page(shot, withAlerts(markdown.render(written)))
    const htmlFile = join(work, `${shot.name}.html`)
    writeFileSync(htmlFile, html)
    const png = join(OUT_DIR, `${shot.name}.png`)
    capture(htmlFile, png, shot.width)
    console.log(`Wrote ${png}`)
  } finally {
    await Promise.all([emulator.close(), github.close()])
  }
}
