import { together, mapWithConcurrency } from '../lib/concurrency.js'
import { ACCESS, accessName, mayManageRooms, ROOM_TYPES_WITH_EXTERNAL_LINKS } from '../docspace/access.js'
import {
  findUserByEmail,
  listShares,
  primaryExternalLink,
  setShares,
  type DocSpaceUser,
  type Invitation,
  type UserShare
} from '../docspace/sharing.js'
import { isArchived, ROOM_TYPES, type Room } from '../docspace/types.js'
import { InputError } from '../lib/errors.js'
import { accessProblem, externalLinkProblem, origin, type MemberRequest } from '../inputs/members.js'
import { maskEmails, personName } from '../lib/safe-text.js'
import type { Member, MemberChange, OperationContext } from './context.js'

/** What sharing a room comes to: the requests to send, and what the room's members must be afterwards. */
export interface SharingPlan {
  room: Room
  invitations: Invitation[]
  /** Each change: the access it must leave (undefined: no longer a member), the access before, and who it is for. */
  changes: PlannedChange[]
  /** The member list as read before, when it was (a new room's is not: only its owner is in it). */
  before?: UserShare[]
}

/** One person's change, as planned. */
interface PlannedChange {
  email: string
  access: number | undefined
  was?: number
  /** The person's name in DocSpace, when known before the change. */
  name?: string
  /** Where the person came from, without an e-mail: `members line 2`, `the pull request's author @octocat`. */
  source: string
  /** The change as an error names it, with the input's line. */
  line: string
}

export interface SharingOutcome {
  /** Every member afterwards, when the step names members. */
  members?: Member[]
  externalLink?: string
  /** How many changes were sent. */
  changed: number
  /** The changes sent, each confirmed in the member list read back. */
  changes: MemberChange[]
}

/**
 * Where a member came from, for the log: a line of members is named by its number only, since the line may hold an
 * e-mail address and the log of a public repository is public; the pull request's people by login.
 */
function source(member: MemberRequest): string {
  if (member.input === 'members') return `members ${/^line \d+/.exec(member.where)?.[0] ?? member.where}`
  return `the pull request's ${member.where.replace(/^\((.*)\)$/, '$1')}`
}

/** The room's members, when the step will need them: read beside the room itself. */
export function readMembersIfNamed(ctx: OperationContext, roomId: Room['id']): Promise<UserShare[] | undefined> {
  return ctx.config.sharing.members.length > 0 ? listShares(ctx.client, roomId) : Promise.resolve(undefined)
}

/** Whether the step does anything to the room's members or link. */
export function sharesRoom(ctx: OperationContext): boolean {
  return ctx.config.sharing.members.length > 0 || ctx.config.sharing.externalLink
}

export function roomTypeName(value: number | undefined): string {
  return ROOM_TYPES.find((t) => t.value === value)?.name ?? (value === 9 ? 'AI' : `type ${value}`)
}

/**
 * What can be told from the room alone, right after reading it and before anything is written: whether its type takes
 * every access asked for and has an external link, and whether it is archived (DocSpace changes no member or link of
 * an archived room, FileSecurity.cs:1752-1764).
 */
export function checkRoom(ctx: OperationContext, room: Room, beforeUnarchiving = false): void {
  const { sharing } = ctx.config
  const type = roomTypeName(room.roomType)
  if (sharing.externalLink && !ROOM_TYPES_WITH_EXTERNAL_LINKS.includes(room.roomType ?? -1)) {
    throw new InputError('external-link', externalLinkProblem(`room ${room.id} is a ${type} room, which has`))
  }
  for (const member of sharing.members) {
    const problem = accessProblem(member.access, room.roomType ?? -1, `room ${room.id} is a ${type} room, which`)
    if (!problem) continue
    if (member.input === 'members') throw new InputError('members', `${member.where} cannot be applied: ${problem}`)
    throw new InputError('pull-request-access', `is ${member.access.name}, which cannot be applied: ${problem}`)
  }
  if (isArchived(room) && !beforeUnarchiving && sharesRoom(ctx)) {
    throw new InputError(
      sharing.members.length > 0 ? 'members' : 'external-link',
      `cannot be applied: room ${room.id} is archived, and DocSpace changes no member or link of an archived room; unarchive it first`
    )
  }
}

/**
 * Looks up, by e-mail, the people to be made room managers who are not members yet: DocSpace takes RoomManager only
 * by user ID (an e-mail invitation is checked as if for a guest, FileSharing.cs:263-270 with UserExtensions.cs:141-146),
 * and only for DocSpace admins and room admins. Someone who cannot be one fails the step here, before anything is
 * written.
 */
export async function lookUpManagers(ctx: OperationContext, members: UserShare[]): Promise<Map<string, DocSpaceUser>> {
  const inRoom = new Set(members.map((m) => m.sharedToUser.email.toLowerCase()))
  const wanted = ctx.config.sharing.members.filter(
    (m) => m.access.value === ACCESS.roomManager && !inRoom.has(m.email.toLowerCase())
  )
  const found = await mapWithConcurrency(wanted, ctx.config.concurrency, async (member) => {
    const user = await findUserByEmail(ctx.client, member.email)
    if (!user) {
      throw new InputError(
        blamed(member),
        `${member.where} cannot be applied: no DocSpace user has this e-mail, and DocSpace makes room managers only of its admins and room admins (an unknown e-mail would become a guest)`
      )
    }
    checkManager(member, user)
    return [member.email.toLowerCase(), user] as const
  })
  return new Map(found)
}

/** The input a member's problem is reported against: their line of members, or the access the pull request's people get. */
function blamed(member: MemberRequest): 'members' | 'pull-request-access' {
  return member.input === 'members' ? 'members' : 'pull-request-access'
}

function checkManager(member: MemberRequest, user: DocSpaceUser): void {
  if (mayManageRooms(user)) return
  // DocSpace gives the e-mail as the name of someone who has set none; the log masks an address wherever it is.
  const name = maskEmails(user.displayName.trim())
  throw new InputError(
    blamed(member),
    `${member.where} cannot be applied: ${name || 'this user'} is not a DocSpace admin or room admin, and DocSpace makes room managers only of those (give another access, or change the user's type in DocSpace)`
  )
}

/** Reads the room's members and works out what to send; a line that cannot work fails here, before anything is written. */
export async function planSharing(ctx: OperationContext, room: Room, read?: UserShare[]): Promise<SharingPlan> {
  checkRoom(ctx, room)
  if (ctx.config.sharing.members.length === 0) return { room, invitations: [], changes: [] }
  const before = read ?? (await listShares(ctx.client, room.id))
  const managers = await lookUpManagers(ctx, before)
  return plan(ctx, room, before, managers)
}

/**
 * The changes that bring the named people to the access asked for, and nothing else: members not named are left
 * alone, and someone who already has the access asked for is not sent at all, so a re-run changes nothing and DocSpace
 * mails nobody. Access goes by number; removal and room-manager by user ID (a removal by e-mail does nothing in
 * DocSpace, FileSharing.cs:273).
 */
export function plan(
  ctx: OperationContext,
  room: Room,
  before: UserShare[] | undefined,
  managers: Map<string, DocSpaceUser>
): SharingPlan {
  const invitations: Invitation[] = []
  const changes: SharingPlan['changes'] = []
  const byEmail = new Map((before ?? []).map((s) => [s.sharedToUser.email.toLowerCase(), s]))
  for (const member of ctx.config.sharing.members) {
    const key = member.email.toLowerCase()
    const current = byEmail.get(key)
    const wanted = member.access.value
    const label = origin(member)
    const from = source(member)
    const who = current && `${personName(current.sharedToUser.displayName)} (${from})`
    if (current?.isOwner) {
      // The owner has every right in the room, and DocSpace lists no share of theirs to change.
      if (wanted === ACCESS.roomManager || member.input === 'pull-request-members') {
        ctx.log(`${who}: the room's owner; left as owner`)
        continue
      }
      throw new InputError(
        'members',
        `${member.where} cannot be applied: this is room ${room.id}'s owner, whose access DocSpace does not change`
      )
    }
    if (wanted === ACCESS.none) {
      if (!current) {
        ctx.log(`${from}: not a member; nothing to remove`)
        continue
      }
      invitations.push({ id: current.sharedToUser.id, access: ACCESS.none })
      changes.push({
        email: key,
        access: undefined,
        was: current.access,
        name: current.sharedToUser.displayName,
        source: from,
        line: `${label}: removed (was ${accessName(current.access)})`
      })
      continue
    }
    if (current) {
      if (current.access === wanted) {
        ctx.log(`${who}: already ${member.access.name}; unchanged`)
        continue
      }
      if (wanted === ACCESS.roomManager) checkManager(member, current.sharedToUser)
      invitations.push({ id: current.sharedToUser.id, access: wanted })
      changes.push({
        email: key,
        access: wanted,
        was: current.access,
        name: current.sharedToUser.displayName,
        source: from,
        line: `${label}: ${accessName(current.access)} → ${member.access.name}`
      })
      continue
    }
    if (wanted === ACCESS.roomManager) {
      const user = managers.get(key)
      if (!user) throw new Error(`${label}: the user was not looked up before planning`)
      invitations.push({ id: user.id, access: wanted })
    } else {
      // An e-mail invitation is checked as if for a guest, and a guest cannot create content in an AI room
      // (FileSharing.cs:256-261).
      if (room.roomType === 9 && wanted === ACCESS.contentCreator) {
        throw new InputError(
          blamed(member),
          `${member.where} cannot be applied: DocSpace invites an e-mail to an AI room as a guest, and guests cannot be content creators there`
        )
      }
      invitations.push({ email: member.email, access: wanted })
    }
    changes.push({ email: key, access: wanted, source: from, line: `${label}: invited as ${member.access.name}` })
  }
  return { room, invitations, changes, before }
}

/**
 * Sends the plan's changes and asks for the external link together, then reads the members back and checks that each
 * change took: DocSpace leaves out, without a word, people the key's user may not see (VirtualRoomsController.cs
 * 546-553), and nothing is reported done that was not.
 */
export async function applySharing(
  ctx: OperationContext,
  planned: SharingPlan,
  listAlways = false
): Promise<SharingOutcome> {
  const { room, invitations, changes } = planned
  const { sharing } = ctx.config
  const named = sharing.members.length > 0
  const members = async (): Promise<UserShare[] | undefined> => {
    if (invitations.length > 0) {
      await setShares(ctx.client, room.id, {
        invitations,
        notify: sharing.notify,
        message: sharing.inviteMessage
      })
    }
    if (!named && !listAlways) return undefined
    return invitations.length > 0 || !planned.before ? listShares(ctx.client, room.id) : planned.before
  }
  const [after, externalLink] = await together(
    members(),
    sharing.externalLink ? primaryExternalLink(ctx.client, room.id, ctx.config.portalUrl) : Promise.resolve(undefined)
  )
  if (after) verify(room, after, changes)
  const done = confirmed(changes, after ?? [])
  for (const change of done) ctx.log(changeLine(change))
  if (externalLink) ctx.log(`External link: ${externalLink}`)
  if (invitations.length === 0 && named) ctx.log(`Members of room ${room.id}: nothing to change`)
  return { members: after?.map(toMember), externalLink, changed: invitations.length, changes: done }
}

/** The changes as they took, each person named as DocSpace now lists them (an invited person's name is known only
 * once invited). */
function confirmed(changes: PlannedChange[], after: UserShare[]): (MemberChange & { source: string })[] {
  const byEmail = new Map(after.map((s) => [s.sharedToUser.email.toLowerCase(), s]))
  return changes.map((c) => ({
    name: c.name ?? byEmail.get(c.email)?.sharedToUser.displayName ?? '',
    access: c.access === undefined ? undefined : accessName(c.access),
    was: c.was === undefined ? undefined : accessName(c.was),
    source: c.source
  }))
}

/** `Invited Ana Lopez (members line 2) as editor`: by name, never by e-mail. */
function changeLine(change: MemberChange & { source: string }): string {
  const who = `${personName(change.name)} (${change.source})`
  if (change.access === undefined) return `Removed ${who} from the room (was ${change.was})`
  if (change.was === undefined) return `Invited ${who} as ${change.access}`
  return `Changed the access of ${who}: ${change.was} → ${change.access}`
}

function verify(room: Room, after: UserShare[], changes: SharingPlan['changes']): void {
  const byEmail = new Map(after.map((s) => [s.sharedToUser.email.toLowerCase(), s]))
  const missed = changes.filter((c) => byEmail.get(c.email)?.access !== c.access)
  if (missed.length === 0) return
  throw new Error(
    `DocSpace answered that it applied the changes to room ${room.id}, but its member list shows ${missed.length === 1 ? 'one' : missed.length} not applied: ${missed
      .map((c) => c.line)
      .join(
        '; '
      )}. Likely cause: the key's user may not see these people in DocSpace (DocSpace drops them from a change without a word); share the room as a DocSpace admin's key`
  )
}

export function toMember(share: UserShare): Member {
  const user = share.sharedToUser
  return {
    id: user.id,
    name: user.displayName,
    email: user.email,
    access: share.isOwner ? 'owner' : accessName(share.access)
  }
}
