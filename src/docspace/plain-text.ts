/**
 * DocSpace's text-file endpoint (`POST files/{folderId}/text`) guesses the file's type from its content: text that
 * matches `<([^\s>]*)(\s[^<]*)>` is saved as `.html`, and the extension is appended to a title that does not end in it
 * (FilesControllerHelper.cs:156-166 in DocSpace-server v3.7.2). So a description such as "Refactor Record<string,
 * Room> use" became `README.txt.html`, shown as a web page with the `<…>` gone, and every later run, finding no
 * README.txt, wrote it again. This module changes such text as little as a reader can see, so that DocSpace keeps it
 * as the `.txt` it is.
 *
 * The pattern matches when, after a `<` and the characters up to the next white space (none of them `>`), white
 * space is followed by a `>` before any further `<`. Each such white space is replaced by U+2800 BRAILLE PATTERN
 * BLANK: a blank as wide as a letter that Unicode counts as a symbol, not as white space, so it reads as the space it
 * replaces. Neither a no-break space nor any other Unicode space would do: .NET's `\s` is `[\f\n\r\t\v\x85\p{Z}]`,
 * every space separator included, and a zero-width character in its place would run the words together. A line
 * break cannot be swapped for a blank without joining two lines, so when one is in the way the closing `>` becomes
 * `›` (U+203A) instead, the nearest look-alike that is neither bracket.
 */

/** The characters .NET's `\s` matches. */
const DOTNET_SPACE = /[\f\n\r\t\v\u0085\p{Z}]/u
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/

const BLANK = '\u2800'
const NOT_A_BRACKET = '\u203a'

/** `text` as DocSpace's text endpoint keeps it as `.txt`: looking the same, without what it takes for markup. */
export function asPlainText(text: string): string {
  const out = text.split('')
  /** Whether the characters since the last white space or `>` include a `<`. */
  let afterOpening = false
  /** The white space since the first one that follows such a run, while no `<` has come: what a `>` would close. */
  let open: number[] | undefined
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    if (c === '<') {
      open = undefined
      afterOpening = true
    } else if (c === '>') {
      if (open?.some((at) => LINE_BREAK.test(out[at]!))) out[i] = NOT_A_BRACKET
      else if (open) {
        for (const at of open) out[at] = BLANK
        open = undefined
      }
      afterOpening = false
    } else if (DOTNET_SPACE.test(c)) {
      if (open) open.push(i)
      else if (afterOpening) open = [i]
      afterOpening = false
    }
  }
  return out.join('')
}
