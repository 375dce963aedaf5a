import { createHash } from 'node:crypto'
import * as core from '@actions/core'
import { clipSafely, redact } from './redact.js'
import { isWebLink } from './web-link.js'

// Text that others write reaches the log and the job summary: a pull request's title, a portal's room titles,
// tags, ids, dates, operation ids and messages, the workflow's inputs. This module is the one way out for it;
// each function makes text safe for one place and keeps it readable there.
//
// The runner (actions/runner, src/Runner.Common/ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs)
// reads stdout and stderr line by line, a line ending at "\r\n", "\r" or "\n" (StreamReader.ReadLine), and acts
// on `::name::data` when a line starts with it (after white space) and on `##[name]data` anywhere in a line;
// `stop-commands` in either form turns commands off until its token comes back. It compares with .NET's
// culture-sensitive StartsWith and IndexOf, which under ICU skip default-ignorable characters: `##`, a
// zero-width space and `[` still read as `##[`. So a marker is broken with a visible backslash (`##\[`, `\::`),
// as the runner itself does with its own `##[start-action` marker (OutputManager.cs), never with an invisible
// character.

/** Line breaks the runner splits on, and those a reader's screen breaks at. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g

/** Control characters but tab and line feed, and the bidirectional overrides and isolates that reorder what a
 * reader sees: shown, so that an escape sequence colours or hides nothing. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const IGNORABLE = '[\\p{Default_Ignorable_Code_Point}]*'
/** `##[`, also with characters ICU skips in between. */
const BRACKET_MARKER = new RegExp(`#${IGNORABLE}#${IGNORABLE}\\[`, 'gu')
/** `::` at the start of a line, after what .NET's TrimStart and ICU skip. */
const COLON_MARKER = new RegExp(`^([\\s\\p{Default_Ignorable_Code_Point}]*):(?=${IGNORABLE}:)`, 'u')

function showControl(c: string): string {
  const code = c.charCodeAt(0)
  // The Control Pictures block (␀ … ␟, ␡) has a sign for each C0 control and DEL.
  if (code < 0x20) return String.fromCharCode(0x2400 + code)
  if (code === 0x7f) return '\u2421'
  return `\\u${code.toString(16).padStart(4, '0')}`
}

function breakMarkers(line: string): string {
  return line.replace(BRACKET_MARKER, (m) => `${m.slice(0, -1)}\\[`).replace(COLON_MARKER, '$1\\:')
}

/** One line of the log: line breaks shown as ⏎, controls shown, no runner command. */
export function logLine(text: string): string {
  return breakMarkers(redact(text).replace(LINE_BREAK, '⏎').replace(CONTROL, showControl))
}

/**
 * The message of an annotation or a debug line, its line breaks kept. @actions/core escapes line breaks in a
 * command's data and the runner reads the `::` command before looking for `##[`, so nothing in it is acted
 * on; its lines are made safe all the same, since the runner prints a multi-line message as lines of the log.
 */
export function commandText(text: string): string {
  return redact(text).replace(LINE_BREAK, '\n').replace(CONTROL, showControl).split('\n').map(breakMarkers).join('\n')
}

/** A value that has no business holding a line break (one failure of a list), shown on one line. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, '⏎')
}

/**
 * The step's log for text that may carry anyone's words. `core.info` prints as given; the rest are commands
 * whose data @actions/core escapes, made readable here too.
 */
export const log = {
  info: (line: string): void => core.info(logLine(line)),
  warning: (text: string): void => core.warning(commandText(text)),
  notice: (text: string): void => core.notice(commandText(text)),
  debug: (text: string): void => core.debug(commandText(text)),
  group: <T>(name: string, work: () => Promise<T>): Promise<T> => core.group(logLine(name), work),
  /** Fails the step with an error annotation. */
  fail: (message: string): void => core.setFailed(commandText(message))
}

// The job summary is Markdown (GFM) into which the action writes HTML only. Each HTML block it starts is of
// CommonMark's type 6 (`<h3>`, `<p>`, `<table>`, `<ul>`), which ends at the first blank line, after which
// Markdown is read again (CommonMark spec §4.6). So outside text carries no line break at all, and besides
// the characters HTML acts on, those Markdown would act on are written as character references, which
// render as themselves inside a block and outside one.

const SUMMARY_ESCAPED = /[&<>"'\\`*_[\]!~|#]/g

function escapeForSummary(text: string): string {
  return text.replace(CONTROL, showControl).replace(SUMMARY_ESCAPED, (c) => `&#${c.charCodeAt(0)};`)
}

// The summary's callouts and the pull request comment are Markdown paragraphs, not HTML blocks, and GitHub makes
// links of text there: cmark-gfm's autolink extension links `www.`, `http://`, `https://` and `ftp://` at the `w`
// and the `:` it reads (a character reference is read as text, not as either), and e-mail addresses at their `@`
// in the text it has read, references decoded (so `&#64;` is still linked). GitHub then turns `@login` into a
// mention, and `#1`, `owner/repo#1` and `GH-1` into references, in the rendered page's text, where references are
// decoded too. So `:` and the `w` of `www.` are written as references, and a zero-width space (`&#8203;`, as
// Renovate and Dependabot write `@&#8203;`) follows each `@`, each `#` before a digit and each `GH-` before a digit:
// the text reads the same and links nothing. The runner plays no part here, so no invisible character is lost.

/** `@`, `#1`, `GH-1`: a zero-width space goes after the `@`, the `#` or the `-`. */
const MENTION_OR_REFERENCE = /@|#(?=\d)|\bgh-(?=\d)/gi
/** The `w` of `www.` and every `:`: the characters cmark-gfm starts an autolink at, and the space put in above. */
const AUTOLINK_START = /w(?=ww\.)|[:\u200b]/gi

/** Outside text for a Markdown paragraph: as escapeForSummary, and nothing in it becomes a link. */
function escapeForMarkdown(text: string): string {
  const spaced = text.replace(MENTION_OR_REFERENCE, (m) => `${m}\u200b`)
  return escapeForSummary(spaced).replace(AUTOLINK_START, (c) => `&#${c.charCodeAt(0)};`)
}

/** A value in the summary (a title, a tag, an id, a date), on one line: line breaks shown as ⏎. */
export function summaryText(text: string): string {
  return escapeForSummary(redact(text).replace(LINE_BREAK, '⏎'))
}

/** A message in a summary callout: its lines kept as `<br>`, so that a long one wraps where a `<pre>` would not. */
export function summaryLines(text: string): string {
  return redact(text).split(LINE_BREAK).map(escapeForMarkdown).join('<br>')
}

/** A link whose text is outside text. */
export function summaryLink(url: string, text: string): string {
  return `<a href="${summaryText(url)}">${summaryText(text)}</a>`
}

// A pull request comment is GitHub-flavoured Markdown, with HTML that GitHub sanitises, on a page anyone with
// access to the repository reads (on a public repository, anyone). Outside text goes in on one line, its HTML and
// Markdown characters as character references, as in the summary, and links nothing (escapeForMarkdown): an `@`
// would mention, and so mail, whoever has that login. An e-mail address is left out whole, since a comment is no
// place for one; and `<` never reaches the comment as itself, so no outside text can carry the comment's hidden
// marker.

/** Outside text in a pull request comment: one line, at most `max` characters of it, nothing that acts. */
export function commentText(text: string, max = 200): string {
  const line = replaceEmails(redact(text).replace(LINE_BREAK, ' '), () => '(e-mail address hidden)')
  return escapeForMarkdown(clipSafely(line, max))
}

/** A link in a pull request comment: the text as commentText, the address only when it is http(s). */
export function commentLink(url: string, text: string, max = 200): string {
  const address = redact(url)
  if (!isWebLink(address)) return commentText(text, max)
  return `<a href="${escapeForSummary(new URL(address).href)}">${commentText(text, max)}</a>`
}

// Something like an e-mail address: what `[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+` matches,
// found in one pass. As a regular expression it tries each start of a long word to its end, and a word of 64,000
// characters took seconds; here each character is looked at at most twice.

/** Characters that end the parts of an address: white space (as `\s`), `@` and `<>()[]"',;:`. */
function endsAddress(code: number): boolean {
  switch (code) {
    case 0x40: // @
    case 0x3c: // <
    case 0x3e: // >
    case 0x28: // (
    case 0x29: // )
    case 0x5b: // [
    case 0x5d: // ]
    case 0x22: // "
    case 0x27: // '
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
      return true
  }
  return isSpace(code)
}

/** JavaScript's `\s`: white space and line terminators. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Where the e-mail addresses are, as [start, end) pairs, left to right: a local part (the run of address characters
 * before an `@`, after the end of the last address found) and a domain (the run after it) with a `.` that is neither
 * its first nor its last character.
 */
export function emailSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  let taken = 0
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > taken && !endsAddress(text.charCodeAt(start - 1))) start--
    // The last two dots of the domain after its first character: one of them is followed by something.
    let end = at + 1
    let lastDot = -1
    let dotBefore = -1
    while (end < text.length && !endsAddress(text.charCodeAt(end))) {
      if (text.charCodeAt(end) === 0x2e && end > at + 1) [dotBefore, lastDot] = [lastDot, end]
      end++
    }
    const dotted = (lastDot >= 0 && lastDot < end - 1) || dotBefore >= 0
    if (start < at && dotted) {
      spans.push([start, end])
      taken = end
    }
  }
  return spans
}

/** Text with each e-mail address replaced by what `by` makes of it. */
function replaceEmails(text: string, by: (address: string) => string): string {
  const spans = emailSpans(text)
  if (spans.length === 0) return text
  let out = ''
  let from = 0
  for (const [start, end] of spans) {
    out += text.slice(from, start) + by(text.slice(start, end))
    from = end
  }
  return out + text.slice(from)
}

/**
 * Outside text in the comment's hidden marker (a room's title or tags, naming the room a step keeps a comment about):
 * percent-encoded, so that nothing in it can end the HTML comment (`-->`) or be read as anything; a long one is cut,
 * with a digest of the whole, so that two long titles alike at the start still make two markers.
 */
export function markerText(text: string, max = 120): string {
  // Secrets are hidden before the text is cut, so no part of one can stay.
  const clean = redact(text)
  const encoded = encodeURIComponent(clean.replace(LONE_SURROGATE, '\ufffd'))
  if (encoded.length <= max) return encoded
  return `${encoded.slice(0, max - 17)}~${createHash('sha256').update(clean).digest('hex').slice(0, 16)}`
}

/** A UTF-16 half without its other half, which encodeURIComponent refuses. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A message that quotes what the workflow wrote goes to the log, which is public on a public repository: an e-mail
 * address in it keeps only its first character and its domain (`a…@example.com`), enough to tell which it was.
 * Secrets are hidden first, since this keeps only part of what looks like an address.
 */
export function maskEmails(text: string): string {
  return replaceEmails(redact(text), (address) => `${address[0]}…${address.slice(address.indexOf('@'))}`)
}

/**
 * A person's name from the portal, for the log and the summary, which on a public repository anyone reads: DocSpace
 * gives the e-mail as the name of someone who has set none (DisplayUserSettings.cs:95-100), as every person invited
 * by e-mail is until they sign up, so an e-mail address in a name is left out. The result is still outside text.
 */
export function personName(name: string): string {
  const trimmed = redact(name).trim()
  if (trimmed === '') return 'a person without a name'
  if (replaceEmails(trimmed, () => '').trim() === '') return 'a person with no name yet'
  return replaceEmails(trimmed, () => '(e-mail address hidden)')
}
