import { expect, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The real summary writer, with outputs and warnings caught.
const actual = await import('@actions/core')
const outputs = new Map<string, string>()
const warnings: string[] = []
jest.unstable_mockModule('@actions/core', () => ({
  ...actual,
  setSecret: () => undefined,
  setOutput: (name: string, value: string) => outputs.set(name, value),
  warning: (message: string) => warnings.push(message)
}))
const core = await import('@actions/core')
const { readInputs } = await import('../../src/inputs/read.js')
const { report, reportFailure } = await import('../../src/report/report.js')
const { fitJsonArray, outputBytes, OUTPUTS_BUDGET_BYTES } = await import('../../src/report/github-limits.js')

const SUMMARY_LIMIT = 1024 * 1024
const dir = mkdtempSync(join(tmpdir(), 'github-limits-'))
const config = readInputs(
  (name) =>
    ({ 'portal-url': 'https://x.example', 'api-key': 'sk-0123456789abcdef', operation: 'get', 'room-id': '7' })[name] ??
    ''
)
const room = (title: string) => ({
  id: 7,
  title,
  rootFolderType: 14,
  tags: [],
  created: '2026-11-26T03:35:16.7110000Z',
  updated: '2026-11-26T03:35:16.7110000Z'
})

// The toolkit keeps the path of the first summary it writes, so each test empties the one file.
const summaryFile = join(dir, 'summary')
beforeEach(() => {
  outputs.clear()
  warnings.length = 0
  writeFileSync(summaryFile, '')
  process.env.GITHUB_STEP_SUMMARY = summaryFile
  process.env.RUNNER_TEMP = dir
  core.summary.emptyBuffer()
})

describe('outputs', () => {
  it('counts UTF-16 as GitHub does, and UTF-8 where that is more', () => {
    expect(outputBytes('a', 'bc')).toBe(6)
    expect(outputBytes('a', '語')).toBe(4)
    expect(outputBytes('a', '語語語')).toBe(10)
  })

  it('leaves unset an output that cannot fit, with a warning, and sets the rest', async () => {
    // Only a portal that ignores DocSpace's 170-character limit sends such a title.
    await report(config, { result: 'found', room: room('x'.repeat(600_000)) })
    expect([...outputs.keys()].sort()).toEqual(['result', 'room-id', 'room-url'])
    expect(warnings).toEqual([
      "The room-title output is left empty: its 1200020 bytes would pass GitHub's 1 MB limit on outputs",
      expect.stringMatching(/^The room output is left empty: its \d+ bytes would pass GitHub's 1 MB limit on outputs$/)
    ])
  })

  it('keeps all outputs together within the budget', async () => {
    await report(config, { result: 'found', room: room('x'.repeat(300_000)) })
    const total = [...outputs].reduce((sum, [name, value]) => sum + outputBytes(name, value), 0)
    expect(total).toBeLessThanOrEqual(OUTPUTS_BUDGET_BYTES)
    expect(outputs.get('room-title')).toHaveLength(300_000)
    expect(outputs.has('room')).toBe(false)
  })

  it('fits the longest prefix, measured after rendering', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ i, pad: 'p'.repeat(90) }))
    const plain = fitJsonArray('rooms', items, 5_000, (kept) => JSON.stringify(kept))
    expect(outputBytes('rooms', plain.value)).toBeLessThanOrEqual(5_000)
    expect(outputBytes('rooms', JSON.stringify(items.slice(0, plain.kept + 1)))).toBeGreaterThan(5_000)
    // A render that makes the text longer (as redacting a one-character secret does) still fits.
    const longer = fitJsonArray('rooms', items, 5_000, (kept) => JSON.stringify(kept).replaceAll('p', '***'))
    expect(outputBytes('rooms', longer.value)).toBeLessThanOrEqual(5_000)
    expect(longer.kept).toBeLessThan(plain.kept)
    expect(JSON.parse(longer.value)).toHaveLength(longer.kept)
  })
})

describe('the step summary', () => {
  it('cuts a failed step’s error to fit, rather than be dropped whole by the runner', async () => {
    await reportFailure('list', `DocSpace said: ${'<&> '.repeat(800_000)}`)
    const text = readFileSync(summaryFile, 'utf8')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(text).toContain('<h3>DocSpace rooms: list</h3>')
    expect(text).toContain('DocSpace said&#58; &#60;&#38;&#62; ')
    expect(text).toMatch(/…\n/)
  })

  it('keeps the heading and result when the room alone would not fit', async () => {
    await report(config, { result: 'found', room: room('&'.repeat(300_000)) })
    const text = readFileSync(summaryFile, 'utf8')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(text).toContain('Result: <b>found</b>')
    expect(text).toContain("would pass GitHub's 1 MiB limit")
  })

  it('counts what the file already holds', async () => {
    writeFileSync(summaryFile, 'x'.repeat(900_000))
    await reportFailure('get', 'e'.repeat(500_000))
    expect(Buffer.byteLength(readFileSync(summaryFile, 'utf8'))).toBeLessThanOrEqual(SUMMARY_LIMIT)
  })
})
