// How a CommonMark renderer reads the job summary the action writes, for tests that count what outside text
// could make of it. No Markdown renderer is among the project's packages, so this follows the CommonMark
// spec (0.31.2) directly for what matters here: §4.6 HTML blocks, their seven start conditions and their
// end conditions (types 1-5 end at a closing marker, 6 and 7 at a blank line). A line outside every HTML
// block is Markdown; inside one, tags are passed through as written and the rest is text.

/** The block-level tag names of start condition 6. */
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul'

const STARTS: { start: RegExp; end: RegExp | 'blank' }[] = [
  { start: /^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i, end: /<\/(?:pre|script|style|textarea)>/i },
  { start: /^ {0,3}<!--/, end: /-->/ },
  { start: /^ {0,3}<\?/, end: /\?>/ },
  { start: /^ {0,3}<![A-Za-z]/, end: />/ },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
  { start: new RegExp(`^ {0,3}</?(?:${BLOCK_TAGS})(?:\\s|/?>|$)`, 'i'), end: 'blank' },
  // Any complete open or closing tag alone on its line (it cannot interrupt a paragraph).
  {
    start:
      /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/,
    end: 'blank'
  }
]

const BLANK = /^[ \t]*$/

export interface SummaryReading {
  /** Non-blank lines a renderer reads as Markdown, not as part of an HTML block. */
  markdownLines: string[]
  /** Every tag in the HTML blocks, as written. */
  tags: string[]
  /** The text between the tags, character references left as written. */
  text: string
}

/** GitHub's alert, as the action writes it: `> [!KIND]`, then one line that starts with the action's `<b>`. */
const ALERT = /^> \[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$/
const ALERT_CONTENT = /^> (<b>.*)$/

export function readSummary(summary: string): SummaryReading {
  const lines = summary.split(/\r\n|\r|\n/)
  const markdownLines: string[] = []
  const html: string[] = []
  let inParagraph = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (BLANK.test(line)) {
      inParagraph = false
      continue
    }
    // An alert at the start of a block: its content is a paragraph of inline HTML and text, read as the HTML
    // blocks are. Anything else in the blockquote is Markdown that outside text made.
    if (!inParagraph && ALERT.test(line)) {
      const content = ALERT_CONTENT.exec(lines[i + 1] ?? '')
      if (content && (i + 2 >= lines.length || BLANK.test(lines[i + 2]!))) {
        html.push(content[1]!)
        i += 1
        continue
      }
    }
    // Type 7 cannot interrupt a paragraph; the others can.
    const kind = STARTS.findIndex((s, k) => s.start.test(line) && !(k === 6 && inParagraph))
    if (kind < 0) {
      markdownLines.push(line)
      inParagraph = true
      continue
    }
    const { end } = STARTS[kind]!
    for (; i < lines.length; i++) {
      if (end === 'blank' && BLANK.test(lines[i]!)) break
      html.push(lines[i]!)
      if (end !== 'blank' && end.test(lines[i]!)) break
    }
    inParagraph = false
  }
  const block = html.join('\n')
  return {
    markdownLines,
    tags: block.match(/<[^>]*>?/g) ?? [],
    text: block.replace(/<[^>]*>?/g, '')
  }
}

/** The text a reader sees: character references decoded. */
export function decodeReferences(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
  return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(\w+));/g, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!] ?? whole)
  )
}

/** The tags the action writes into its summary; any other came from outside. */
const OWN_TAG =
  /^<\/?(?:h3|p|b|br|em|code|table|tr|th|td|ul|li|span)>$|^<th align="left">$|^<a href="[^"<>]*">$|^<span title="[^"<>]*">$|^<\/a>$/

const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z]+);/gi

/**
 * What outside text made of a summary: lines read as Markdown, tags the action does not write, and
 * characters Markdown acts on written as themselves (the action's own words have none, so any is
 * outside text that would act should a block end).
 */
export function summaryIntrusions(summary: string): string[] {
  const reading = readSummary(summary)
  return [
    ...reading.markdownLines.map((line) => `Markdown line ${JSON.stringify(line)}`),
    ...reading.tags.filter((tag) => !OWN_TAG.test(tag)).map((tag) => `tag ${tag}`),
    ...(reading.text.replace(REFERENCE, '').match(/[[\]*_`!~|#\\&<>]/g) ?? []).map((c) => `raw ${c}`)
  ]
}
