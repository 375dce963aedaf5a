import { jest } from '@jest/globals'
import fc from 'fast-check'
import { useEmulator } from './helpers.js'
import type { ActionRun } from './run-action.js'
import { unintendedCommands } from '../support/runner-log.js'
import { summaryIntrusions } from '../support/summary-html.js'

jest.unstable_mockModule('@actions/core', () => ({ setSecret: () => undefined, getInput: () => '' }))
const { readInputs } = await import('../../src/inputs/read.js')

const env = useEmulator({ operationDelayMs: 5 })

/** Mostly valid inputs with one field replaced by noise, so that the runs reach past the first check. */
const runs = fc.record({
  operation: fc.constantFrom('get', 'archive', 'create', 'list', 'archive-stale', 'rename', 'nope'),
  field: fc.constantFrom(
    'room-id',
    'title',
    'room-type',
    'wait',
    'timeout-seconds',
    'stale-days',
    'area',
    'if-exists',
    'portal-url',
    'concurrency'
  ),
  // Environment variables cannot hold NUL, so no runner can pass one.
  noise: fc.oneof(
    fc.string({ maxLength: 200 }).filter((s) => !s.includes('\0')),
    fc.constantFrom('', ' ', '0', '-5', 'http://example.com', 'ftp://x', 'a'.repeat(171))
  )
})

/** Whatever the text, the runner acts on the action's own commands only, and the summary renders none of it. */
function expectOnlyOwnCommandsAndHtml(run: ActionRun): void {
  expect(unintendedCommands(run, env.emulator.apiKey).map((c) => c.line)).toEqual([])
  expect(summaryIntrusions(run.summary)).toEqual([])
}

/** Text aimed at the runner and at Markdown, mixed with noise. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        ...['##[error]', '##[stop-commands]', '##[group]', '::add-mask::', '::warning title=t::', '#\u200b#[error]'],
        ...['\r', '\n', '\r\n', '\n\n', '\u2028', '\u001b[31m', ' ', '#', '[', ']', '::', '%0A'],
        ...['<img src=x>', '</td>', '<!--', '&amp;', '`', '*', '_', '!', '|', '\\', '# ', '[a](b)', '![a](b)']
      )
    ),
    { minLength: 1, maxLength: 20 }
  )
  .map((parts) => parts.join(''))

describe('the bundled action with fuzzed input', () => {
  it('sends no request for input it refuses, and fails with one input error', async () => {
    await fc.assert(
      fc.asyncProperty(runs, async ({ operation, field, noise }) => {
        env.emulator.reset()
        const room = env.emulator.addRoom({ title: 'Target' })
        const given: Record<string, string> = {
          'portal-url': env.emulator.url,
          'api-key': env.emulator.apiKey,
          operation,
          'room-id': String(room.id),
          title: 'Target',
          'stale-days': '30',
          [field]: noise
        }
        let valid = true
        try {
          readInputs((name) => (given[name] ?? '').trim())
        } catch {
          valid = false
        }
        const run = await env.run(given)
        expectOnlyOwnCommandsAndHtml(run)
        if (!valid) {
          expect(run.exitCode).toBe(1)
          expect(run.errors).toHaveLength(1)
          expect(run.errors[0]).toMatch(/^Input "[a-z-]+" /)
          expect(env.emulator.requests).toEqual([])
        } else {
          // Valid input may still fail in DocSpace (e.g. a title nobody has), but never on input.
          expect(run.errors.every((e) => !e.startsWith('Input '))).toBe(true)
        }
      }),
      { numRuns: 40 }
    )
  })

  it('shows anyone’s titles and tags, from the portal or the inputs, as text in the log and the summary', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('get', 'list', 'archive', 'create', 'rename', 'archive-stale'),
        hostile,
        hostile,
        async (operation, text, tag) => {
          env.emulator.reset()
          const old = new Date('2020-01-01')
          const room = env.emulator.addRoom({ title: text, tags: [tag, 'ci'], created: old, updated: old })
          const run = await env.run({
            operation,
            'room-id': ['get', 'archive', 'rename'].includes(operation) ? String(room.id) : undefined,
            title: operation === 'create' || operation === 'rename' ? text.slice(0, 170) : undefined,
            tags: operation === 'list' || operation === 'create' ? `ci, ${tag}` : undefined,
            'stale-days': '30',
            'dry-run': operation === 'archive-stale' ? 'true' : undefined
          })
          expectOnlyOwnCommandsAndHtml(run)
        }
      ),
      { numRuns: 40 }
    )
  })
})
