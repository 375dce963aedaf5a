import { ACCESS_LEVELS, ROOM_TYPES_WITH_EXTERNAL_LINKS, userAccessesFor, type AccessLevel } from '../docspace/access.js'
import type { RoomTypeInfo } from '../docspace/types.js'
import { InputError } from '../lib/errors.js'
import { clipSafely } from '../lib/redact.js'
import type { PullRequest } from '../github/event.js'
import { maskEmails } from '../lib/safe-text.js'

/** One person the step gives access to (or removes): from a line of `members`, or one of the pull request's people. */
export interface MemberRequest {
  email: string
  access: AccessLevel
  /** The input it came from: a line of `members`, or `pull-request-members` (its access is `pull-request-access`). */
  input: 'members' | 'pull-request-members'
  /** Where in it, as an error names it: `line 2 ("@octocat: editor")`, `(author @octocat)`. */
  where: string
}

/** Where a member came from, for messages: `members line 2 ("@octocat: editor")`. */
export function origin(member: MemberRequest): string {
  return `${member.input} ${member.where}`
}

export type PullRequestRole = 'author' | 'reviewers' | 'assignees'
const PULL_REQUEST_ROLES: readonly PullRequestRole[] = ['author', 'reviewers', 'assignees']

/** How the step shares the room: read once with the other inputs. */
export interface SharingConfig {
  members: MemberRequest[]
  notify: boolean
  inviteMessage?: string
  externalLink: boolean
  /** The access the pull request's people get (pull-request-access). */
  pullRequestAccess: AccessLevel
}

/** DocSpace takes at most 255 characters of an e-mail (EmailInvitationDto.cs, `[MaxLength(255)]`). */
const MAX_EMAIL_LENGTH = 255
/** One address, no display name: a local part and a dotted domain, nothing that could split or quote it. */
const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\.]+$/u
/** GitHub's login rules: letters, digits, single inner hyphens, at most 39; `name[bot]` for apps. */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(\[bot\])?$/i

export function isEmail(text: string): boolean {
  return text.length <= MAX_EMAIL_LENGTH && EMAIL.test(text)
}

/** Lines of a multi-line input with their numbers, blank ones and `#` comments left out. */
function lines(raw: string): { number: number; text: string }[] {
  return raw
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ number: i + 1, text: text.trim() }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'))
}

function lineLabel(line: { number: number; text: string }): string {
  return `line ${line.number} ("${clipSafely(maskEmails(line.text), 81)}")`
}

/** `login: email` a line; logins compared as GitHub does, ignoring case. */
export function parseGithubUsers(raw: string): Map<string, string> {
  const users = new Map<string, { email: string; line: number }>()
  for (const line of lines(raw)) {
    const at = lineLabel(line)
    const match = /^@?([^:\s]+)\s*:\s*(.*)$/.exec(line.text)
    if (!match) throw new InputError('github-users', `${at} is not "login: email"`)
    const [, login, email] = match as unknown as [string, string, string]
    if (!LOGIN.test(login)) throw new InputError('github-users', `${at}: "${login}" is not a GitHub login`)
    if (!isEmail(email)) throw new InputError('github-users', `${at}: "${email}" is not an e-mail address`)
    const key = login.toLowerCase()
    const earlier = users.get(key)
    if (earlier && earlier.email.toLowerCase() !== email.toLowerCase()) {
      throw new InputError('github-users', `${at} gives @${login} another e-mail than line ${earlier.line}`)
    }
    users.set(key, { email, line: line.number })
  }
  return new Map([...users].map(([login, { email }]) => [login, email]))
}

/** An access level by the action's name, DocSpace's name or number, in any case. */
export function findAccess(text: string): AccessLevel | undefined {
  const wanted = text.trim().toLowerCase()
  return ACCESS_LEVELS.find(
    (a) => a.name === wanted || a.docspaceName.toLowerCase() === wanted || String(a.value) === wanted
  )
}

const ACCESS_CHOICES = `${ACCESS_LEVELS.map((a) => a.name).join(', ')} (or DocSpace's names ${ACCESS_LEVELS.map((a) => a.docspaceName).join(', ')} and numbers ${ACCESS_LEVELS.map((a) => a.value).join(', ')})`

/** `<who>: <access>` a line: who is an e-mail or `@login` from github-users. The same person twice is refused. */
export function parseMembers(raw: string, githubUsers: Map<string, string>): MemberRequest[] {
  const members: MemberRequest[] = []
  const seen = new Map<string, number>()
  for (const line of lines(raw)) {
    const at = lineLabel(line)
    // Split at the one `:` by hand: `^([^:]+?)\s*:` tries every length of a line of spaces without a `:`.
    const colon = line.text.indexOf(':')
    const who = line.text.slice(0, colon).trimEnd()
    const accessText = line.text.slice(colon + 1).trimStart()
    if (colon <= 0 || accessText.includes(':')) {
      throw new InputError('members', `${at} is not "<e-mail or @login>: <access>"`)
    }
    const access = findAccess(accessText)
    if (!access) throw new InputError('members', `${at}: access "${accessText}" is not one of ${ACCESS_CHOICES}`)
    let email: string
    if (who.startsWith('@')) {
      const login = who.slice(1)
      if (!LOGIN.test(login)) throw new InputError('members', `${at}: "${who}" is not a GitHub login`)
      const found = githubUsers.get(login.toLowerCase())
      if (!found) {
        throw new InputError('members', `${at}: @${login} is not in github-users, so its e-mail is not known`)
      }
      email = found
    } else {
      if (!isEmail(who)) throw new InputError('members', `${at}: "${who}" is not an e-mail address or @login`)
      email = who
    }
    const key = email.toLowerCase()
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      throw new InputError(
        'members',
        `${at} names ${maskEmails(email)} again, as line ${earlier} does; give each person one line`
      )
    }
    seen.set(key, line.number)
    members.push({ email, access, input: 'members', where: at })
  }
  return members
}

export function parsePullRequestRoles(raw: string): PullRequestRole[] {
  const roles = raw
    .split(/[,\n]/)
    .map((r) => r.trim().toLowerCase())
    .filter((r) => r !== '')
  for (const role of roles) {
    if (!(PULL_REQUEST_ROLES as readonly string[]).includes(role)) {
      throw new InputError('pull-request-members', `must name any of ${PULL_REQUEST_ROLES.join(', ')}; got "${role}"`)
    }
  }
  return [...new Set(roles)] as PullRequestRole[]
}

export function parsePullRequestAccess(raw: string): AccessLevel {
  const access = findAccess(raw)
  if (!access || access.value === 0) {
    throw new InputError(
      'pull-request-access',
      `must be one of ${ACCESS_LEVELS.filter((a) => a.value !== 0)
        .map((a) => a.name)
        .join(', ')} (or DocSpace's names and numbers for them); got "${raw.trim()}"`
    )
  }
  return access
}

/**
 * The pull request's people in `roles`, with their e-mails from github-users. A login missing there is a warning, a
 * team a notice; someone a line of `members` names already is left to that line.
 */
export function pullRequestMembers(
  pullRequest: PullRequest,
  roles: PullRequestRole[],
  access: AccessLevel,
  githubUsers: Map<string, string>,
  named: MemberRequest[]
): { members: MemberRequest[]; warnings: string[]; notices: string[] } {
  const members: MemberRequest[] = []
  const warnings: string[] = []
  const notices: string[] = []
  const taken = new Set(named.map((m) => m.email.toLowerCase()))
  const people: { role: string; login: string }[] = []
  if (roles.includes('author') && pullRequest.author) people.push({ role: 'author', login: pullRequest.author })
  if (roles.includes('reviewers')) {
    for (const login of pullRequest.reviewers) people.push({ role: 'reviewer', login })
    for (const team of pullRequest.teamReviewers) {
      notices.push(
        `Team ${team} is a requested reviewer of the pull request; teams are not invited to the room (name their people in members)`
      )
    }
  }
  if (roles.includes('assignees')) for (const login of pullRequest.assignees) people.push({ role: 'assignee', login })

  const missing = new Set<string>()
  for (const { role, login } of people) {
    const email = githubUsers.get(login.toLowerCase())
    if (!email) {
      if (!missing.has(login.toLowerCase())) {
        missing.add(login.toLowerCase())
        warnings.push(
          `@${login} (the pull request's ${role}) is not in github-users, so was not invited to the room; add a line "${login}: <e-mail>" to github-users`
        )
      }
      continue
    }
    if (taken.has(email.toLowerCase())) continue
    taken.add(email.toLowerCase())
    members.push({ email, access, input: 'pull-request-members', where: `(${role} @${login})` })
  }
  return { members, warnings, notices }
}

/**
 * What can be told from the inputs alone: on create, whether the new room's type takes each access and has an
 * external link. A reused or restored room of another type is checked again once it is read.
 */
export function checkForRoomType(sharing: SharingConfig, roomType: RoomTypeInfo): void {
  if (sharing.externalLink && !ROOM_TYPES_WITH_EXTERNAL_LINKS.includes(roomType.value)) {
    throw new InputError('external-link', externalLinkProblem(`a ${roomType.name} room has`))
  }
  for (const member of sharing.members) {
    const problem = accessProblem(member.access, roomType.value, `a ${roomType.name} room`)
    if (!problem) continue
    if (member.input === 'members') throw new InputError('members', `${member.where}: ${problem}`)
    throw new InputError('pull-request-access', `is ${member.access.name}, but ${problem}`)
  }
}

/** `subject` says which room: "a collaboration room has", "room 12 is a collaboration room, which has". */
export function externalLinkProblem(subject: string): string {
  return `is true, but ${subject} no external link in DocSpace (only custom, public and form-filling rooms have one)`
}

/**
 * Why a room of this type cannot take the access, or undefined when it can. `subject` names the room the way the
 * message needs: "a public room", "room 12 is a public room, which".
 */
export function accessProblem(access: AccessLevel, roomType: number, subject: string): string | undefined {
  const accepted = userAccessesFor(roomType)
  if (!accepted) return `${subject} is of a type this action does not know how to share`
  if (accepted.includes(access.value)) return undefined
  const names = accepted
    .filter((v) => v !== 0)
    .map((v) => ACCESS_LEVELS.find((a) => a.value === v)!.name)
    .join(', ')
  return `${subject} does not take ${access.name} (DocSpace gives its members ${names} or remove)`
}
