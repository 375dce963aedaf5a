// Deterministic bulk seeding, shared by the CLI and benchmarks. Test data, not
// DocSpace behaviour: about a fifth of the rooms belong to 'user-other', whom the
// emulator treats as a room admin who created them (see EmulatorState.canRead).
import { ADMIN_USER_ID, type EmulatedRoom, type RoomInit, type RoomTypeValue } from './state.js'

export interface SeedOptions {
  /** fraction of rooms created archived; default 0.2 */
  archivedShare?: number
  /** PRNG seed so runs are repeatable; default 1 */
  seed?: number
  /** newest `updated` stamp; default now */
  now?: Date
}

const TYPES: RoomTypeValue[] = [1, 2, 5, 6, 8]
const TAGS = ['ci', 'team-a', 'team-b', 'release', 'customer', 'stale', 'q1', 'q2']
const WORDS = [
  'Alpha',
  'Budget',
  'Contracts',
  'Design',
  'Engineering',
  'Finance',
  'Growth',
  'Hiring',
  'Legal',
  'Marketing',
  'Ops',
  'Sales'
]
const DAY = 86_400_000

/** mulberry32: tiny, fast, good enough to spread test data */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function seedRooms(
  target: { addRoom(init: Partial<RoomInit> & { title: string }): EmulatedRoom },
  count: number,
  options: SeedOptions = {}
): EmulatedRoom[] {
  const rand = prng(options.seed ?? 1)
  const now = (options.now ?? new Date()).getTime()
  const archivedShare = options.archivedShare ?? 0.2
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
  const rooms: EmulatedRoom[] = []
  for (let i = 1; i <= count; i++) {
    const created = new Date(now - Math.floor(rand() * 730 * DAY))
    const updated = new Date(created.getTime() + Math.floor(rand() * (now - created.getTime())))
    const tags = TAGS.filter(() => rand() < 0.2)
    rooms.push(
      target.addRoom({
        title: `${pick(WORDS)} ${pick(WORDS)} ${String(i).padStart(5, '0')}`,
        roomType: pick(TYPES),
        tags,
        createdBy: rand() < 0.8 ? ADMIN_USER_ID : 'user-other',
        created,
        updated,
        archived: rand() < archivedShare
      })
    )
  }
  return rooms
}
