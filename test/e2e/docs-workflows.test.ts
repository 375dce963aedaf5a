import examples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' }
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { RUNNER_GITHUB_TOKEN } from '../github/server.js'
import { pullRequestPayload, type WebhookPayload } from './github-event.js'
import { useEmulator, useGitHub } from './helpers.js'
import { render, type Contexts } from './readme-workflows.js'
import { runAction } from './run-action.js'

// Every whole workflow printed in README.md or docs/ runs end to end: its first trigger with a real webhook payload,
// its action step's `with:` values rendered from the Markdown itself, through the action.yml its `uses:` names.

const root = resolve(import.meta.dirname, '../..')
const env = useEmulator({ operationDelayMs: 0 })
const gh = useGitHub()

interface Workflow {
  on: Record<string, unknown> | string
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
}

const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
]
const workflows = files.flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => parse(m[1]!) as Workflow)
    .filter((w) => w && typeof w === 'object' && 'jobs' in w && 'on' in w)
    .map((workflow, i) => ({ name: `${file} workflow ${i + 1}`, workflow }))
)

/** A real payload for an event the docs' workflows start on. */
function payloadFor(event: string): WebhookPayload {
  if (event === 'pull_request' || event === 'pull_request_target') return pullRequestPayload('opened')
  const found = (examples as { name: string; examples: WebhookPayload[] }[]).find((e) => e.name === event)
  return found?.examples.find((e) => e.action === 'published') ?? found?.examples[0] ?? {}
}

describe('workflows in README.md and docs/', () => {
  it('are there', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(4)
  })

  it.each(workflows)('$name runs its action step end to end', async ({ workflow }) => {
    const event = typeof workflow.on === 'string' ? workflow.on : Object.keys(workflow.on)[0]!
    const payload = payloadFor(event)
    env.emulator.state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' })
    const contexts: Contexts = {
      secrets: { DOCSPACE_API_KEY: env.emulator.apiKey, DOCSPACE_USERS: 'Codertocat: ana@example.com' },
      vars: { DOCSPACE_URL: env.emulator.url, PROJECT_ROOM_ID: '1' },
      inputs: {},
      github: { event_name: event, event: payload }
    }
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((s) => /docspace-rooms-action(\/[a-z-]+)?@/.test(s.uses ?? ''))!
    const folder = /docspace-rooms-action(?:\/([a-z-]+))?@/.exec(step.uses!)![1] ?? '.'
    const action = parse(readFileSync(join(root, folder, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
      runs: { main: string }
    }
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, i]) => i.default !== undefined)
        .map(([name, i]) => [name, i.default!.replace(/^\$\{\{\s*github\.token\s*\}\}$/, RUNNER_GITHUB_TOKEN)])
    )
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, render(v, contexts)]))
    const run = await runAction(inputs, gh.env(event, payload), resolve(root, folder, action.runs.main), defaults)
    expect({ exit: run.exitCode, errors: run.errors }).toEqual({ exit: 0, errors: [] })
  })
})
