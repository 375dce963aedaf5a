// GitHub's Markdown renderer, cmark-gfm, as Debian packages it (`apt-get install cmark-gfm`; .ci/run installs it),
// with the extensions GitHub turns on for comments and summaries. The npm binding (cmark-gfm 0.9.0) vendors
// 0.29.0.gfm.0 of 2019 and builds native code on install; Debian's 0.29.0.gfm.6 is the newer renderer.
import { spawnSync } from 'node:child_process'
import { decodeReferences } from './summary-html.js'

export const CMARK_ARGS = ['-e', 'autolink', '-e', 'table', '-e', 'strikethrough', '-e', 'tagfilter', '--unsafe']

/** The HTML cmark-gfm makes of Markdown, raw HTML kept (GitHub sanitises it afterwards, and keeps `<a href>`). */
export function renderGfm(markdown: string): string {
  const result = spawnSync('cmark-gfm', CMARK_ARGS, { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error || result.status !== 0) {
    throw new Error(
      `cmark-gfm did not run (${result.error?.message ?? result.stderr}): install Debian's cmark-gfm package (apt-get install cmark-gfm)`
    )
  }
  return result.stdout
}

/** Every link's address in rendered HTML. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?href="([^"]*)"/gi)].map((m) => decodeReferences(m[1]!))
}

/**
 * The text GitHub reads for mentions and references: the rendered page's text outside links and code, references
 * decoded, as GitHub's filters read the HTML after rendering.
 */
export function readableText(html: string): string {
  return decodeReferences(
    html
      .replace(/<a\b[^>]*>[\s\S]*?<\/a>/gi, ' ')
      .replace(/<code>[\s\S]*?<\/code>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
  )
}

/** GitHub's issue references (`#1`, `owner/repo#1`, `GH-1`) and mentions (`@login`) in rendered text. */
export const GITHUB_REFERENCE = /(?:^|\W)(?:[\w.-]+\/[\w.-]+)?#\d+|(?:^|\W)GH-\d+|(?:^|[^\w`])@[a-z\d]/gi
