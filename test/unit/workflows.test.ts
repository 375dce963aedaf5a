import { expect } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'

/** The parts of a workflow file the tests read. */
interface WorkflowFile {
  permissions?: unknown
  jobs: Record<string, { permissions?: unknown; steps: { uses?: string; run?: string }[] }>
}

const dir = resolve(import.meta.dirname, '../../.github/workflows')
const workflows = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({ file: f, doc: parse(readFileSync(resolve(dir, f), 'utf8')) as WorkflowFile }))

describe('repository workflows', () => {
  it('include CI, the dist check and the end-to-end run', () => {
    expect(workflows.map((w) => w.file).sort()).toEqual(['check-dist.yml', 'ci.yml', 'e2e.yml'])
  })

  it.each(workflows.map((w) => [w.file, w.doc] as const))('%s pins every action to a commit', (_, doc) => {
    const uses = Object.values(doc.jobs)
      .flatMap((job) => job.steps)
      .map((step) => step.uses)
      .filter((u): u is string => u !== undefined && !u.startsWith('./'))
    expect(uses.length).toBeGreaterThan(0)
    for (const u of uses) expect(u).toMatch(/^[\w-]+\/[\w.-]+@[0-9a-f]{40}$/)
  })

  it.each(workflows.map((w) => [w.file, w.doc] as const))(
    '%s asks for no more than reading the repository',
    (_, doc) => {
      expect(doc.permissions).toEqual({ contents: 'read' })
      for (const job of Object.values(doc.jobs)) {
        expect(job.permissions === undefined || JSON.stringify(job.permissions) === '{"contents":"read"}').toBe(true)
      }
    }
  )

  it('never writes an expression into a run: script', () => {
    for (const { file, doc } of workflows) {
      for (const job of Object.values(doc.jobs)) {
        for (const step of job.steps)
          expect({ file, run: step.run ?? '' }).not.toEqual({ file, run: expect.stringContaining('${{') })
      }
    }
  })
})
