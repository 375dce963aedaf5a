import { jest } from '@jest/globals'
import fc from 'fast-check'

jest.unstable_mockModule('@actions/core', () => ({ setSecret: () => undefined, getInput: () => '' }))
const { readInputs } = await import('../../src/inputs/read.js')
const { OPERATIONS } = await import('../../src/inputs/catalogue.js')
const { InputError } = await import('../../src/lib/errors.js')
const { pullRequestFrom } = await import('../../src/github/event.js')

const INPUT_NAMES = [
  'portal-url',
  'api-key',
  'operation',
  'room-id',
  'title',
  'description',
  'room-type',
  'tags',
  'if-exists',
  'search',
  'area',
  'stale-days',
  'dry-run',
  'max-rooms',
  'concurrency',
  'wait',
  'timeout-seconds',
  'request-timeout-seconds',
  'max-retries'
]

/** Strings that are sometimes valid for an input and often not: the valid ones, near misses, and noise. */
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    ...OPERATIONS,
    'https://example.onlyoffice.com',
    'http://127.0.0.1:8080/',
    'http://example.com',
    '12',
    '0',
    '-1',
    '1.5',
    'true',
    'false',
    'custom',
    'public',
    'any',
    'reuse',
    '30',
    '15',
    '16',
    ' ',
    'sk-abc',
    'sk-0123456789abcdef',
    'Bearer sk-0123456789abcdef',
    'a'.repeat(171),
    'x\ny'
  )
)
const inputs = fc.dictionary(fc.constantFrom(...INPUT_NAMES), value)
const pullRequest = fc.option(
  fc.constant(pullRequestFrom('octo/repo', 5, 'A change', 'https://github.com/octo/repo/pull/5'))
)

describe('input parsing, fuzzed', () => {
  it('either gives a valid request or an error that names an input', () => {
    fc.assert(
      fc.property(inputs, pullRequest, (given, pr) => {
        // core.getInput trims.
        const read = (name: string) => (given[name] ?? '').trim()
        let config
        try {
          config = readInputs(read, pr ?? undefined)
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          const { input, message } = error as InstanceType<typeof InputError>
          expect(INPUT_NAMES).toContain(input)
          expect(message.startsWith(`Input "${input}" `)).toBe(true)
          return
        }
        expect(OPERATIONS).toContain(config.operation)
        expect(new URL(config.portalUrl).protocol).toMatch(/^https?:$/)
        expect(config.portalUrl.endsWith('/')).toBe(false)
        expect(config.apiKey).toMatch(/^\S+$/)
        if (['get', 'rename', 'archive', 'unarchive', 'delete'].includes(config.operation))
          expect(config.target).toBeDefined()
        if (config.target?.by === 'id')
          expect(Number.isSafeInteger(config.target.id) && config.target.id > 0).toBe(true)
        if (config.operation === 'create' || config.operation === 'rename') {
          expect(config.title!.trim()).toBe(config.title)
          expect(config.title!.length).toBeGreaterThan(0)
          expect(config.title!.length).toBeLessThanOrEqual(170)
        }
        if (config.operation === 'archive-stale') expect(config.staleDays).toBeGreaterThan(0)
        expect(config.concurrency).toBeGreaterThanOrEqual(1)
        expect(config.concurrency).toBeLessThanOrEqual(15)
        expect(config.timeoutMs).toBeGreaterThan(0)
      }),
      { numRuns: 3000 }
    )
  })
})
