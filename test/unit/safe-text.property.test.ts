import { jest } from '@jest/globals'
import fc from 'fast-check'
import { logLine, log, summaryLines, summaryText } from '../../src/lib/safe-text.js'
import { runnerCommands, runnerLines } from '../support/runner-log.js'
import { decodeReferences, summaryIntrusions } from '../support/summary-html.js'

/** Text made of what the runner and Markdown act on, mixed with noise. */
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(
    ...['##[', '#', '[', ']', '::', ':', ' ', '\t', 'x', '%0A', '%25', ';', '=', ',', '(', ')'],
    ...['error', 'warning', 'add-mask', 'stop-commands', 'group', 'endgroup', 'set-output name=a', 'notice'],
    ...['##[error]', '##[warning title=t;file=f]', '##[stop-commands]', '##[group]', '::add-mask::', '::error::'],
    ...['::set-output name=a::', '  ::warning::', '#\u200b#[error]', '::\u200b:debug::', '\ufeff::group::'],
    ...['\r', '\n', '\r\n', '\n\n', '\u0085', '\u2028', '\u2029', '\u001b[31m', '\u0000', '\u009b'],
    // Characters .NET's ICU comparisons skip, as the runner compares.
    ...['\u200b', '\u00ad', '\u2060', '\ufeff', '\ufe0f', '\u202e'],
    ...['<', '>', '&', '&amp;', '&#35;', '<img src=x>', '</td>', '<!--', '<pre>', '`', '*', '_', '!', '~', '|', '\\'],
    ...['# ', '- ', '1. ', '    ', '> ', '===', '[a](b)', '![a](b)', 'https://example.com']
  )
)
const hostile = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''))

/** Printable text with no marker a runner or a reader would act on: shown exactly as given. */
const plain = fc
  .string({ unit: fc.constantFrom(...'abcXYZ 019.,;-–é€😀/()?='.split('')) })
  .filter((s) => !s.includes('::'))

/** Line breaks, controls and their pictures: what the summary shows in another form. */
// eslint-disable-next-line no-control-regex -- the controls the writer shows
const SHOWN_OTHERWISE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u2400-\u2421]/g

/** What the step prints while `work` runs, as the runner reads it. */
async function printed(work: () => Promise<void> | void): Promise<string> {
  let out = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    await work()
  } finally {
    write.mockRestore()
    process.exitCode = undefined
  }
  return out
}

describe('the log writer, fuzzed', () => {
  it('a line of anyone’s text is one runner line with no command in it', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const line = logLine(text)
        expect(runnerLines(line)).toEqual([line])
        expect(runnerCommands(line)).toEqual([])
      }),
      { numRuns: 2000 }
    )
  })

  it('prints exactly the commands the action means, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const out = await printed(async () => {
          log.info(text)
          log.warning(text)
          log.debug(text)
          await log.group(text, () => Promise.resolve(log.info(text)))
          log.fail(text)
        })
        expect(runnerCommands(out).map((c) => `${c.syntax}${c.name}`)).toEqual([
          '::warning',
          '::debug',
          '::group',
          '::endgroup',
          '::error'
        ])
        for (const line of runnerLines(out))
          expect(line).not.toMatch(/#[\p{Default_Ignorable_Code_Point}]*#[\p{Default_Ignorable_Code_Point}]*\[/u)
      }),
      { numRuns: 500 }
    )
  })

  it('leaves plain text as it is', () => {
    fc.assert(
      fc.property(plain, (text) => {
        expect(logLine(text)).toBe(text)
      })
    )
  })
})

describe('the summary writer, fuzzed', () => {
  it('a value shows as text on one line: no Markdown line, no tag of its own', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = summaryText(text)
        expect(html).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
        expect(summaryIntrusions(`<table><tr><td>${html}</td></tr></table>\n<p>${html}</p>\n`)).toEqual([])
      }),
      { numRuns: 2000 }
    )
  })

  it('a message keeps its lines as <br>, and nothing of it acts', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = summaryLines(text)
        expect(summaryIntrusions(`<h3>DocSpace rooms: get</h3>\n<p>${html}</p>\n<ul><li>${html}</li></ul>\n`)).toEqual(
          []
        )
      }),
      { numRuns: 2000 }
    )
  })

  it('reads back as the text given', () => {
    fc.assert(
      fc.property(plain, hostile, (text, other) => {
        expect(decodeReferences(summaryText(text))).toBe(text)
        // Only line breaks and controls change, and a zero-width space follows what would mention or refer.
        const shown = decodeReferences(summaryLines(other).replace(/<br>/g, '\n'))
        expect(shown.replace(/[\n\u2400-\u2421\u200b]|\\u[\da-f]{4}/g, '')).toBe(
          other.replace(SHOWN_OTHERWISE, '').replace(/\u200b/g, '')
        )
      }),
      { numRuns: 1000 }
    )
  })
})
