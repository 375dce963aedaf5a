/**
 * The JSON shapes the tests and the benchmark read, from DocSpace (or the emulator) and from the action's
 * outputs. Only the fields something reads are declared; parsed JSON is cast to these once, where it is parsed.
 */

/** The envelope around every DocSpace answer: `response` on success, `error` on most failures. */
export interface Envelope<T = unknown> {
  response: T
  count?: number
  status: number
  statusCode: number
  error?: { message: string; type?: string }
}

/** A room (`FolderDto`) as DocSpace sends it in full. */
export interface RoomDto {
  id: number
  title: string
  roomType: number
  rootFolderType: number
  tags: string[]
  created: string
  updated: string
  createdBy?: { id: string }
  security?: Record<string, boolean>
}

/** One page of `GET /files/rooms` (`FolderContentDto`). */
export interface RoomPage {
  folders: RoomDto[]
  count: number
  total: number
  current: { id: number; title: string; rootFolderType: number }
}

/** A long-running file operation (`FileOperationDto`). */
export interface FileOperation {
  id: string
  Operation: number
  progress: number
  error: string
  finished: boolean
  status: number
  folders?: { id: number; title: string }[]
}

/** The ProblemDetails DocSpace answers a request that fails validation with. */
export interface ProblemDetails {
  title: string
  status: number
  errors: Record<string, string[]>
}

/** A room in the action's `rooms` output. */
export interface CompactRoom {
  id: number
  title: string
  type: string
  tags: string[]
  created: string
  updated: string
  archived: boolean
  url: string
}
