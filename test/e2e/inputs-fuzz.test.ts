import { jest } from '@jest/globals'
import fc from 'fast-check'
import { useEmulator } from './helpers.js'

jest.unstable_mockModule('@actions/core', () => ({ setSecret: () => undefined, getInput: () => '' }))
const { readInputs } = await import('../../src/inputs.js')

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
})
