// What a reader sees of a job summary: it is rendered by a CommonMark renderer (markdown-it, with raw HTML and
// GFM tables, as GitHub renders a step summary), and read back as text, links, tables and callouts.
import MarkdownIt from 'markdown-it'

const markdown = new MarkdownIt({ html: true })

export interface RenderedSummary {
  /** The HTML a renderer makes of it. */
  html: string
  /** All visible text, on one line, white space collapsed. */
  text: string
  /** The heading. */
  heading: string
  /** The first paragraph: the sentence of what happened. */
  headline: string
  links: { href: string; text: string }[]
  /** Key/value tables (a header cell then a value cell a row), label → visible text. */
  facts: Record<string, string>
  /** The rooms' table: its header and its rows, as visible text. */
  rooms?: { header: string[]; rows: string[][] }
  /** GitHub alerts (`> [!CAUTION]`): kind and visible text. */
  callouts: { kind: string; text: string }[]
  /** Attribute `title` values (dates on hover). */
  titles: string[]
}

export function renderSummary(summary: string): RenderedSummary {
  const html = markdown.render(summary)
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => ({
        header: c[1] === 'h',
        text: visible(c[2]!)
      }))
    )
  )
  const facts: Record<string, string> = {}
  let rooms: RenderedSummary['rooms']
  for (const rows of tables) {
    if (rows.every((cells) => cells.length === 2 && cells[0]!.header && !cells[1]!.header)) {
      for (const [label, value] of rows) facts[label!.text] = value!.text
    } else {
      rooms = { header: rows[0]!.map((c) => c.text), rows: rows.slice(1).map((r) => r.map((c) => c.text)) }
    }
  }
  return {
    html,
    text: visible(html),
    heading: visible(/<h3>([\s\S]*?)<\/h3>/.exec(html)?.[1] ?? ''),
    headline: visible(/<\/h3>\s*<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''),
    links: [...html.matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g)].map((m) => ({
      href: decode(m[1]!),
      text: visible(m[2]!)
    })),
    facts,
    rooms,
    callouts: [...html.matchAll(/<blockquote>\s*<p>\[!(\w+)\]([\s\S]*?)<\/blockquote>/g)].map((m) => ({
      kind: m[1]!,
      text: visible(m[2]!)
    })),
    titles: [...html.matchAll(/ title="([^"]*)"/g)].map((m) => decode(m[1]!))
  }
}

function visible(html: string): string {
  return decode(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}

function decode(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
  return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(\w+));/g, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!] ?? whole)
  )
}

/** A timestamp as DocSpace writes it, which a reader should never be shown. */
export const RAW_TIMESTAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d/
