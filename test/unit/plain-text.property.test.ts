import fc from 'fast-check'
import { asPlainText } from '../../src/docspace/plain-text.js'

/** DocSpace's test for markup (FilesControllerHelper.cs:161 at v3.7.2), with .NET's `\s`: [\f\n\r\t\v\x85\p{Z}]. */
const S = '[\\f\\n\\r\\t\\v\\u0085\\p{Z}]'
const NOT_S_OR_GT = '[^\\f\\n\\r\\t\\v\\u0085\\p{Z}>]'
const DOTNET_MARKUP = new RegExp(`<(${NOT_S_OR_GT}*)(${S}[^<]*)>`, 'u')

const text = fc
  .array(fc.constantFrom('<', '>', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', 'a', 'Room', ',', '\u2800'), {
    maxLength: 40
  })
  .map((parts) => parts.join(''))

describe('asPlainText: text DocSpace keeps as .txt', () => {
  it('never matches DocSpace markup test, and changes only what it must, to look-alikes', () => {
    fc.assert(
      fc.property(text, (input) => {
        const output = asPlainText(input)
        expect(DOTNET_MARKUP.test(output)).toBe(false)
        expect(output).toHaveLength(input.length)
        for (let i = 0; i < input.length; i++) {
          if (output[i] === input[i]) continue
          // A space becomes a blank of a letter's width; a `>` after a line break becomes `›`.
          if (input[i] === '>') expect(output[i]).toBe('\u203a')
          else {
            expect(input[i]).toMatch(/^[\t \u00a0\u3000]$/)
            expect(output[i]).toBe('\u2800')
          }
        }
        if (!DOTNET_MARKUP.test(input)) expect(output).toBe(input)
      }),
      { numRuns: 2000 }
    )
  })

  it.each([
    ['Refactor Record<string, Room> use', 'Refactor Record<string,\u2800Room> use'],
    ['if a < b and c > d', 'if a <\u2800b\u2800and\u2800c\u2800> d'],
    ['<a href="x">link</a>', '<a\u2800href="x">link</a>'],
    ['a <b\nc> d', 'a <b\nc\u203a d'],
    ['Use <b>bold</b> and x < y', 'Use <b>bold</b> and x < y']
  ])('%j', (input, output) => {
    expect(asPlainText(input)).toBe(output)
  })
})
