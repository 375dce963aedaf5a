import * as v from 'valibot'

/** A link a person opens: only http(s), so that an answer cannot hand out a `javascript:` one. */
export function isWebLink(text: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(text) && URL.canParse(text)
}

export const WebLink = v.pipe(v.string(), v.check(isWebLink, 'an http(s) link'))
