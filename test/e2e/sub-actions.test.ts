import { Ajv } from 'ajv'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parse } from 'yaml'
import { COMMON_INPUTS, OPERATION_INPUTS, type OperationName } from '../../src/inputs/catalogue.js'
import { eventEnv, pullRequestPayload } from './github-event.js'
import { useEmulator } from './helpers.js'
import { runAction } from './run-action.js'

// Each sub-action is run as the runner runs it: its own action.yml's `runs.main` resolved from its folder, its own
// defaults as INPUT_* variables, and no `operation` input.

const root = resolve(import.meta.dirname, '../..')
const portal = useEmulator({ operationDelayMs: 0 })

interface ActionYaml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const read = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as ActionYaml
const rootAction = read('action.yml')
const SUBS: [folder: string, operation: OperationName][] = [
  ['pull-request', 'pull-request'],
  ['archive-stale', 'archive-stale'],
  ['upload', 'upload'],
  ['download', 'download']
]

async function runSub(folder: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const action = read(`${folder}/action.yml`)
  const entry = resolve(root, folder, action.runs.main)
  const defaults = Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, i]) => i.default !== undefined)
      .map(([name, i]) => [name, i.default!])
  )
  return runAction(
    { 'portal-url': portal.emulator.url, 'api-key': portal.emulator.apiKey, ...inputs },
    env,
    entry,
    defaults
  )
}

describe('sub-actions', () => {
  it.each(SUBS)('%s lists exactly what its operation reads, as the root action.yml words it', (folder, operation) => {
    const action = read(`${folder}/action.yml`)
    const reads = new Set<string>([...COMMON_INPUTS, ...OPERATION_INPUTS[operation]])
    reads.delete('operation')
    expect(Object.keys(action.inputs).sort()).toEqual([...reads].sort())
    for (const [name, input] of Object.entries(action.inputs)) expect(input).toEqual(rootAction.inputs[name])
    expect(action.outputs).toEqual(rootAction.outputs)
    expect(action.runs).toEqual({ using: rootAction.runs.using, main: `../dist/${folder}.js` })
    // The entry only names the operation and loads the one bundle: no second copy of the code.
    expect(readFileSync(resolve(root, folder, action.runs.main), 'utf8').length).toBeLessThan(400)
  })

  it.each(SUBS)('%s is valid under the SchemaStore schema for action.yml', (folder) => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(root, 'test/fixtures/schemastore-github-action.json'), 'utf8')) as object
    )
    expect(validate(read(`${folder}/action.yml`))).toBe(true)
  })

  it('upload and download run their operation end to end', async () => {
    const room = portal.emulator.addRoom({ title: 'Sub' })
    const ws = mkdtempSync(join(tmpdir(), 'sub-ws-'))
    mkdirSync(join(ws, 'docs'))
    writeFileSync(join(ws, 'docs', 'a.md'), 'alpha')
    const up = await runSub('upload', { 'room-id': String(room.id), path: 'docs' }, { GITHUB_WORKSPACE: ws })
    expect(up.exitCode).toBe(0)
    expect(up.outputs.result).toBe('uploaded')
    const down = await runSub('download', { 'room-id': String(room.id), path: 'back' }, { GITHUB_WORKSPACE: ws })
    expect(down.exitCode).toBe(0)
    expect(readFileSync(join(ws, 'back', 'a.md'), 'utf8')).toBe('alpha')
  })

  it('archive-stale runs its dry run end to end', async () => {
    portal.emulator.addRoom({ title: 'Old', created: new Date(Date.now() - 90 * 86_400_000) })
    const run = await runSub('archive-stale', { 'stale-days': '30', 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'dry-run', count: '1' })
  })

  it("pull-request makes the pull request's room on opened and archives it on closed", async () => {
    const opened = await runSub('pull-request', {}, eventEnv('pull_request', pullRequestPayload('opened')))
    expect(opened.exitCode).toBe(0)
    expect(opened.outputs).toMatchObject({ result: 'created', operation: 'create' })
    const closed = await runSub('pull-request', {}, eventEnv('pull_request', pullRequestPayload('closed')))
    expect(closed.outputs).toMatchObject({ result: 'archived', operation: 'archive' })
  })

  it('the generated files are what scripts/sub-actions.mjs makes', async () => {
    const script = await import('../../scripts/sub-actions.mjs')
    for (const sub of script.SUB_ACTIONS) {
      expect(read(`${sub.folder}/action.yml`)).toEqual(parse(script.subActionYaml(sub)))
      expect(readFileSync(join(root, 'dist', `${sub.folder}.js`), 'utf8')).toBe(script.entry(sub))
      expect(dirname(join(root, sub.folder))).toBe(root)
    }
  })
})
