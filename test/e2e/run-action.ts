import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { RUNNER_GITHUB_TOKEN } from '../github/server.js'

/** The bundled action, run as a runner runs it; ACTION_DIST points the tests at another build's dist/ (an earlier
 * commit's, to see a new test fail against it). */
export const ACTION_ENTRY = resolve(process.env.ACTION_DIST ?? resolve(import.meta.dirname, '../../dist'), 'index.js')

/** The runner passes every input that has a default in action.yml, whether the workflow gave it or not. */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(
    (
      parse(readFileSync(resolve(import.meta.dirname, '../../action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>
      }
    ).inputs
  )
    .filter(([, input]) => input.default !== undefined)
    // The runner renders a default's expression: `${{ github.token }}` is the job's token.
    .map(([name, input]) => [name, input.default!.replace(/^\$\{\{\s*github\.token\s*\}\}$/, RUNNER_GITHUB_TOKEN)])
)

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  /** stdout and stderr together, for assertions that something appears nowhere. */
  log: string
  outputs: Record<string, string>
  summary: string
  /** Messages of `::error::` annotations. */
  errors: string[]
}

/**
 * Spawns `node dist/index.js` with `INPUT_*` variables (dashes kept, as the runner sets them, defaults of
 * action.yml included), an existing
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY file, and none of this process's environment but PATH, so that no
 * proxy or token of the machine leaks in. Asynchronous, because the emulator answers from this process.
 */
export async function runAction(
  inputs: Record<string, string | undefined>,
  env: Record<string, string | undefined> = {},
  entry: string = ACTION_ENTRY,
  /** The defaults of the action.yml the runner reads: a sub-action's own. */
  defaults: Record<string, string> = ACTION_DEFAULTS
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'docspace-action-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true'
  }
  for (const [name, value] of Object.entries({ ...defaults, ...inputs })) {
    if (value !== undefined) childEnv[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name]
    else childEnv[name] = value
  }

  const child = spawn(process.execPath, [entry], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exitCode = await new Promise<number>((done, fail) => {
    child.on('error', fail)
    child.on('close', (code) => done(code ?? -1))
  })

  return {
    exitCode,
    stdout,
    stderr,
    log: `${stdout}\n${stderr}`,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    errors: [...stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) => decodeCommand(m[1]!))
  }
}

/** Reads the `name<<delimiter` blocks that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!head) continue
    const [, name, delimiter] = head
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}

function decodeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
