import * as v from 'valibot'
import { WebLink } from '../lib/web-link.js'

/**
 * The shapes of DocSpace's membership, link and people answers that the action reads (DocSpace-server v3.7.2), checked
 * like the others in answers.ts: lenient on fields the action does not read, strict on those it does. DocSpace leaves
 * null fields out of its JSON (`WhenWritingNull`, DynamicIgnoreResolver.cs:177), so an absent object is a null one.
 */

/** A user ID: a GUID, as System.Text.Json writes one. It goes back into request bodies, so nothing else is taken. */
const UserId = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a user ID (a GUID)')
)

const Whole = v.pipe(v.number(), v.integer())

/** A profile (`EmployeeFullDto`, EmployeeFullDto.cs:365-373): who it is and the type that decides room-manager. Only
 * these fields are kept (an object schema drops the others): a member list holds one for every member. */
export const UserAnswer = v.object({
  id: UserId,
  displayName: v.string(),
  email: v.string(),
  isOwner: v.boolean(),
  isAdmin: v.boolean(),
  isRoomAdmin: v.boolean()
})
export type DocSpaceUser = v.InferOutput<typeof UserAnswer>

/**
 * One entry of a room's share list (`FileShareDto`, FileShareDto.cs:40-64): a user, a group or a link. The owner is
 * listed first, as access 1 (ReadWrite) with `isOwner` (FileSharing.cs:1054-1094). Only the fields read are kept.
 */
export const ShareAnswer = v.object({
  access: Whole,
  isOwner: v.boolean(),
  // SubjectType: 0 user, 1 external link, 2 group, 3 invitation link, 4 primary external link.
  subjectType: Whole,
  sharedToUser: v.optional(UserAnswer),
  // Read only to tell a new page from one seen before: DocSpace lists groups with users (filterType 0).
  sharedToGroup: v.optional(v.object({ id: v.optional(v.string()) })),
  sharedLink: v.optional(v.object({ id: v.optional(v.string()) }))
})
export type Share = v.InferOutput<typeof ShareAnswer>

/** One page of `GET rooms/{id}/share` (VirtualRoomsController.cs:574-588). */
export const SharePageAnswer = v.array(ShareAnswer)

/**
 * `PUT rooms/{id}/share` (`RoomSecurityDto`, RoomAccessDto.cs:39-70): the shares of the subjects sent, and what went
 * wrong: `warning` when an invitation was skipped (FileSharing.cs:298-303, HTTP 200), `error` 1 when a form role kept
 * a member from being removed and nothing was applied (VirtualRoomsController.cs:534-542).
 */
export const RoomSecurityAnswer = v.looseObject({
  // Not read: it lacks e-mail invitees (VirtualRoomsController.cs:561-563), so the list is read again; absent when
  // `error` returns before anything is applied (:534-542, null left out).
  members: v.optional(v.array(ShareAnswer)),
  warning: v.optional(v.string()),
  error: Whole
})
export type RoomSecurity = v.InferOutput<typeof RoomSecurityAnswer>

/** DocSpace's short link, `<portal>/s/<key>` (UrlShortener.cs:91, 110; UrlShortRewriter.cs:41). */
const SHORT_LINK = /^\/s\/[A-Za-z0-9_-]+$/

/**
 * Why an external link is not one the action passes on, or undefined when it is. DocSpace writes it on the host
 * the request came to, or on the tenant's own domain when that host is a loopback (BaseCommonLinkUtility.cs
 * ServerRootPath), shortened to `/s/<key>`, or by Bitly when the portal is set up for it (UrlShortener.cs:43-58).
 * So the link is taken on portal-url's host, in the short form on another host (the tenant's domain, when the
 * runner reaches the portal by another name), or on bit.ly; never with a user name or password in it, which a
 * reader would not see for what it is. A host other than portal-url's is one the action cannot vouch for, so there
 * only https is taken: over plain http anyone on the way could swap the page a reader lands on (a sign-in page
 * asking for their DocSpace password, say). On portal-url's own host the scheme is the portal's business: one
 * behind a proxy that ends TLS may well write http links.
 */
export function linkProblem(link: string, portalUrl: string): string | undefined {
  const url = new URL(link)
  if (url.username || url.password) return 'with a user name or password in it'
  if (url.hostname === new URL(portalUrl).hostname) return undefined
  if (url.protocol !== 'https:') {
    return `over ${url.protocol.slice(0, -1)} on ${url.hostname} (a host other than portal-url's, taken over https only)`
  }
  if (SHORT_LINK.test(url.pathname) && !url.search && !url.hash) return undefined
  if (url.hostname === 'bit.ly') return undefined
  return `on ${url.hostname}, neither portal-url's host nor DocSpace's short link (…/s/<key>)`
}

/** `GET rooms/{id}/link`: the primary external link (`FileShareDto.sharedLink`, FileShareDto.cs:124-205). */
export const PrimaryLinkAnswer = v.looseObject({
  sharedLink: v.looseObject({ shareLink: WebLink })
})
