import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'

const ROOT = resolve(import.meta.dirname, '../..')
/** Where the workflows are printed: the README, and the pages under docs/ it links to. */
const PAGES = [
  'README.md',
  ...readdirSync(resolve(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`)
]

export interface Workflow {
  /** Each trigger's filters, of which only `types` is read; `null` for a trigger without any. */
  on: Record<string, { types?: string[] } | null | undefined>
  permissions: unknown
  jobs: Record<string, { if?: string; steps: { uses?: string; with?: Record<string, unknown> }[] }>
}

/** The workflow printed after `<!-- workflow: NAME -->` in the README or a docs/ page, parsed as GitHub would. */
export function readmeWorkflow(name: string): Workflow {
  const pattern = new RegExp(`<!-- workflow: ${name} -->\\s*\`\`\`yaml\\n([\\s\\S]*?)\`\`\``)
  const matches = PAGES.flatMap((page) => {
    const match = pattern.exec(readFileSync(resolve(ROOT, page), 'utf8'))
    return match ? [match[1]!] : []
  })
  if (matches.length === 0) throw new Error(`neither README.md nor docs/*.md has workflow "${name}"`)
  if (matches.length > 1) throw new Error(`workflow "${name}" is printed ${matches.length} times`)
  return parse(matches[0]!) as Workflow
}

/** The `with:` of the step that uses this action. */
export function actionStep(workflow: Workflow): Record<string, unknown> {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
  const step = steps.find((s) => /docspace-rooms-action@/.test(s.uses ?? ''))
  if (!step) throw new Error('the workflow does not use the action')
  return step.with ?? {}
}

/** The `with:` of the action's step as the runner passes it: each value rendered in these contexts. */
export function renderedInputs(workflow: Workflow, contexts: Contexts): Record<string, string> {
  return Object.fromEntries(Object.entries(actionStep(workflow)).map(([k, v]) => [k, render(v, contexts)]))
}

/** Whether GitHub would start the workflow for this event. */
export function triggers(workflow: Workflow, eventName: string, action?: string): boolean {
  if (!(eventName in workflow.on)) return false
  const types = workflow.on[eventName]?.types
  return !types || action === undefined || types.includes(action)
}

/** Whether GitHub would run the job that uses the action: its `if:`, an expression with or without `${{ }}`. */
export function jobRuns(workflow: Workflow, contexts: Contexts): boolean {
  const job = Object.values(workflow.jobs).find((j) => j.steps.some((s) => /docspace-rooms-action@/.test(s.uses ?? '')))
  if (job?.if === undefined) return true
  const expression = /^\s*\$\{\{/.test(job.if) ? job.if : `\${{ ${job.if} }}`
  return render(expression, contexts) === 'true'
}

export type Contexts = Record<'secrets' | 'vars' | 'inputs' | 'github', Record<string, unknown>>

/**
 * Renders `${{ … }}` as the runner does for the expressions the README uses: a context path, or a path
 * compared with `==` to a literal. Anything else fails the test, so the README cannot use what is untested.
 */
export function render(value: unknown, contexts: Contexts): string {
  return String(value).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const comparison = /^([\w.-]+)\s*==\s*(true|false|'[^']*')$/.exec(expression)
    if (comparison) {
      const literal = comparison[2]!.startsWith("'") ? comparison[2]!.slice(1, -1) : comparison[2] === 'true'
      return String(lookup(comparison[1]!, contexts) === literal)
    }
    if (/^[\w.-]+$/.test(expression)) return format(lookup(expression, contexts))
    throw new Error(`unsupported expression in README: ${expression}`)
  })
}

/** As the runner renders a value into a string: objects as JSON, null and missing values as ''. */
function format(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
}

function lookup(path: string, contexts: Contexts): unknown {
  const [context, ...rest] = path.split('.')
  let value: unknown = contexts[context as keyof Contexts]
  if (value === undefined) throw new Error(`unknown context in README: ${context}`)
  for (const key of rest) value = (value as Record<string, unknown> | undefined)?.[key]
  return value
}
