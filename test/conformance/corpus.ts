/**
 * Conformance corpus: the requests ONLYOFFICE's own clients send to DocSpace for the endpoints this action
 * uses, and the answer shapes those clients read, written down as data. Every entry cites where the request
 * or the shape comes from (repository, commit, path, lines). Nothing here is client code: the clients were
 * read, and what they send and read was transcribed.
 *
 * Sources
 * - [M] ONLYOFFICE/docspace-mcp (official MCP server) — HTTP client, zod schemas, tools, operation resolver.
 * - [N] ONLYOFFICE/onlyoffice-docspace-n8n (official n8n node).
 * - [W] ONLYOFFICE/api.onlyoffice.com — official samples under site/docspace/api-backend/samples/** and the
 *   "long-running operations" guide. Where a sample is known to be wrong, the entry asserts DocSpace's refusal.
 * - [F] /work/shared/docspace-api/API-FACTS.md — facts with DocSpace-server citations (tag v3.7.2-server).
 *
 * Shapes are JSON Schemas (checked with ajv). "Exact" objects (all keys required, no others) are used where the
 * server's `fields=` projection decides exactly which keys come back.
 */

// ---------------------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------------------

export interface Citation {
  repo: string
  commit: string
  path: string
  lines: string
}

const MCP = { repo: 'ONLYOFFICE/docspace-mcp', commit: '2d93b0656a11e9546a8b9ae93fe75725f2a0b3f7' }
const N8N = { repo: 'ONLYOFFICE/onlyoffice-docspace-n8n', commit: '12456cf8cc73bb9d6632a610218bce77a6faaf4b' }
const WEB = { repo: 'ONLYOFFICE/api.onlyoffice.com', commit: 'd563f6355753b6fac9178e316cb927ff46e96cd1' }
const FACTS = { repo: '/work/shared/docspace-api', commit: '(working copy)' }
const SERVER = {
  repo: 'ONLYOFFICE/DocSpace-server',
  commit: 'ed2994e74f9de78af63e73f425b060345a262536 (v3.7.2-server)'
}

const cite = (base: { repo: string; commit: string }, path: string, lines: string): Citation => ({
  ...base,
  path,
  lines
})

const N8N_NODE = 'nodes/OnlyofficeDocspace/OnlyofficeDocspace.node.ts'
const N8N_GENERIC = 'nodes/OnlyofficeDocspace/GenericFunctions.ts'
const SAMPLE_ROOMS = 'site/docspace/api-backend/samples/basic-samples/manage-rooms.md'
const SAMPLE_TEXT = 'site/docspace/api-backend/samples/basic-samples/create-text-file.md'
const SAMPLE_CONTENT = 'site/docspace/api-backend/samples/basic-samples/get-folder-room-content.md'
const GUIDE_OPS = 'site/docspace/api-backend/get-started/how-it-works/long-running-operations.md'

// ---------------------------------------------------------------------------------------------------------
// Shape vocabulary (JSON Schema, draft-07 as ajv's default)
// ---------------------------------------------------------------------------------------------------------

export type Schema = Record<string, unknown>

const str: Schema = { type: 'string' }
const int: Schema = { type: 'integer' }
const num: Schema = { type: 'number' }
const bool: Schema = { type: 'boolean' }
const constant = (value: unknown): Schema => ({ const: value })
const arrayOf = (items: Schema): Schema => ({ type: 'array', items })
const emptyArray: Schema = { type: 'array', maxItems: 0 }
/** Exactly these keys, all present, nothing else — what a `fields=` projection must produce. */
const exact = (properties: Record<string, Schema>): Schema => ({
  type: 'object',
  required: Object.keys(properties),
  additionalProperties: false,
  properties
})
/** These keys must be present; others may be. */
const has = (required: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  required: Object.keys(required),
  properties: { ...optional, ...required }
})
/** Keys a client reads when present (zod `.optional()` members of a loose object). */
const mayHave = (optional: Record<string, Schema>): Schema => ({ type: 'object', properties: optional })
const without = (...keys: string[]): Schema => ({ not: { anyOf: keys.map((k) => ({ required: [k] })) } })
const allOf = (...schemas: Schema[]): Schema => ({ allOf: schemas })

/** ApiDateTime as DocSpace writes it ([F] §2.1). */
const apiDate: Schema = {
  type: 'string',
  pattern: '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}(Z|[+-]\\d\\d:\\d\\d)$'
}

// --- [M] docspace-mcp zod schemas, lib/api/core/schemas.ts ------------------------------------------------

/** [M] JsonElementSchema (:24): ids may be strings (third-party rooms) or numbers. */
const mcpId: Schema = { type: ['string', 'number'] }
/** [M] RoomTypeSchema (:259-265) through unionToEnum (lib/util/zod.ts:30-122): only these numbers parse. */
const mcpRoomType: Schema = { enum: [1, 2, 5, 6, 8] }
/** [M] FolderType (:300-327). */
const mcpFolderType: Schema = {
  enum: [0, 1, 2, 3, 5, 6, 8, 10, 11, 12, 13, 14, 15, 16, 19, 20, 21, 22, 25, 26, 27, 28, 29, 30]
}
/** [M] EmployeeDtoSchema (:112-116). */
const mcpEmployee = mayHave({ id: str, displayName: str, isAnonim: bool })
/** [M] FileEntryDtoSchema (:398-412): loose, every member optional but typed. */
const mcpFileEntryMembers: Record<string, Schema> = {
  id: mcpId,
  rootFolderId: mcpId,
  canShare: bool,
  title: str,
  shared: bool,
  created: str,
  createdBy: mcpEmployee
}
const mcpFileEntry = mayHave(mcpFileEntryMembers)
/** [M] FolderDtoSchema (:600-614). */
const mcpFolderMembers: Record<string, Schema> = {
  ...mcpFileEntryMembers,
  parentId: mcpId,
  filesCount: num,
  foldersCount: num,
  isShareable: bool,
  isFavorite: bool,
  tags: arrayOf(str),
  roomType: mcpRoomType,
  private: bool,
  type: mcpFolderType,
  inRoom: bool
}
const mcpFolder = mayHave(mcpFolderMembers)
/** [M] FolderContentDtoSchema (:647-657). */
const mcpFolderContent = mayHave({
  files: arrayOf(mcpFileEntry),
  folders: arrayOf(mcpFileEntry),
  current: mcpFolder,
  startIndex: num,
  count: num,
  total: num
})
/** [M] FileOperationDtoSchema (:504-509); the resolver needs `id` to match polls and reads error/progress/finished
 * (lib/api/extra/resolver.ts:49-56, 181-192), which [F] §3 says are always sent. */
const mcpOperation = has({ id: str, progress: num, error: str, finished: bool }, { url: str })
/** [M] SuccessApiResponseSchema (:34-37, 59-72) — what lib/api/core/client.ts:479-497 parses every answer with. */
const mcpEnvelope = (response: Schema): Schema =>
  has(
    { response, status: num, statusCode: num, links: arrayOf(has({ href: str, action: str })) },
    { count: num, total: num }
  )

// --- [N] n8n node: it only reads `body.response` and the members named below ---------------------------------

const n8nEnvelope = (response: Schema): Schema => has({ response })
/** [N] GenericFunctions.ts:217-224, 244-251: error (truthy = failed), progress === 100, finished; :236 id. */
const n8nOperation = has({ id: str, error: str, progress: num, finished: bool })

// --- Samples read `response` (and the fields named per entry) --------------------------------------------------

const sampleEnvelope = (response: Schema): Schema => has({ response })

// --- [F] facts ---------------------------------------------------------------------------------------------

/** [F] §2.6: model-validation failures are wrapped in the success envelope with status 1. */
const validationEnvelope: Schema = has({
  status: constant(1),
  statusCode: constant(400),
  response: has({ status: constant(400), errors: { type: 'object' } })
})
/** [F] §3 FileOperationDto without `fields`: the type key is `Operation` (JsonPropertyName), not `operation`. */
const factsOperation = (type: 0 | 2): Schema =>
  allOf(
    has({ id: str, Operation: constant(type), progress: num, error: str, processed: str, finished: bool }),
    without('operation', 'operationType')
  )

// ---------------------------------------------------------------------------------------------------------
// Corpus types
// ---------------------------------------------------------------------------------------------------------

export type Client = 'docspace-mcp' | 'n8n' | 'api-samples' | 'api-facts'

/** Query as ordered pairs so repeated names (`type=2&type=5`, `fields=a&fields=b`) are preserved. Values may
 * hold placeholders: `{plan}` (seeded room id, see SEED_ROOMS), `{missing}`, `{result}` (the `id` of the
 * entry's main answer) or a name captured by a setup step. */
export type Query = [string, string][]

export interface Check {
  /** what the check asserts, in words */
  what: string
  source: Citation
  /** validated against the parsed JSON body */
  schema?: Schema
  /** values at a path of the parsed JSON body; `[*]` maps over an array */
  values?: { path: string; equals?: unknown; sameMembers?: unknown[] }[]
  /** substring of the raw body text */
  textIncludes?: string
}

export interface Step {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** path after /api/2.0, with placeholders */
  path: string
  query?: Query
  /** the headers the client sends besides Authorization (added by the runner as `Bearer <key>`) */
  headers?: Record<string, string>
  /** JSON body; absent = the client sends no body */
  body?: unknown
  /** wait this long before sending (lets an operation finish) */
  waitMs?: number
  expectStatus: number
  checks?: Check[]
  /** store `response.id` of the answer under this placeholder name */
  capture?: string
}

/** A client's wait for a file operation: poll `GET /files/fileops` until the operation started by the entry's
 * request is done (error non-empty, progress 100 or finished — both clients use this rule). */
export interface PollSpec {
  source: Citation
  query?: Query
  headers?: Record<string, string>
  attempts: number
  delayMs: number
  /** the client checks the initial answer and returns without polling when it is already done */
  returnsEarlyWhenInitialDone: boolean
  /** shape of each poll answer the client reads */
  answer: Schema
  /** where in the operation's answer the operation is ([N] accepts an object or an array) */
  operationAt: 'response'
}

export interface CorpusEntry {
  id: string
  client: Client
  /** the request in words */
  what: string
  sources: Citation[]
  setup?: Step[]
  request: Step
  poll?: PollSpec
  /** follow-up reads that confirm the effect ([F] where noted) */
  after?: Step[]
}

// ---------------------------------------------------------------------------------------------------------
// Seed: the portal every entry runs against (a fresh emulator per entry)
// ---------------------------------------------------------------------------------------------------------

export interface SeedRoom {
  key: string
  title: string
  roomType: 1 | 2 | 5 | 6 | 8
  tags: string[]
  archived: boolean
  created: string
  updated: string
}

export const SEED_ROOMS: SeedRoom[] = [
  {
    key: 'plan',
    title: 'Marketing Plan',
    roomType: 2,
    tags: ['ci', 'team-a'],
    archived: false,
    created: '2025-03-01T10:00:00Z',
    updated: '2025-06-01T10:00:00Z'
  },
  {
    key: 'pipeline',
    title: 'Sales Pipeline',
    roomType: 6,
    tags: ['team-b'],
    archived: false,
    created: '2025-02-01T10:00:00Z',
    updated: '2025-05-01T10:00:00Z'
  },
  {
    key: 'archive2024',
    title: 'Marketing Archive 2024',
    roomType: 5,
    tags: ['ci'],
    archived: true,
    created: '2024-01-01T10:00:00Z',
    updated: '2024-12-01T10:00:00Z'
  },
  {
    key: 'public',
    title: 'Marketing Public Site',
    roomType: 6,
    tags: ['ci'],
    archived: false,
    created: '2025-01-01T10:00:00Z',
    updated: '2025-04-01T10:00:00Z'
  },
  {
    key: 'vdr',
    title: 'Engineering VDR',
    roomType: 8,
    tags: [],
    archived: false,
    created: '2024-06-01T10:00:00Z',
    updated: '2025-03-01T10:00:00Z'
  }
]
const ACTIVE_TITLES = ['Marketing Plan', 'Sales Pipeline', 'Marketing Public Site', 'Engineering VDR']
export const MISSING_ROOM_ID = 999999

// ---------------------------------------------------------------------------------------------------------
// Client request conventions
// ---------------------------------------------------------------------------------------------------------

/** [M] lib/api/core/client.ts:215-254: Accept always, Content-Type only with a body. Array query values become
 * repeated names (:188-210; CHANGELOG 3.1.0 "repeated parameter names instead of comma-separated values"). */
const MCP_GET = { Accept: 'application/json' }
const MCP_JSON = { Accept: 'application/json', 'Content-Type': 'application/json' }
const MCP_CLIENT = cite(MCP, 'lib/api/core/client.ts', '178-254, 479-497')

/** [N] GenericFunctions.ts:161-197: Accept + User-Agent n8n, Content-Type only with a body. */
const N8N_GET = { Accept: 'application/json', 'User-Agent': 'n8n' }
const N8N_JSON = { Accept: 'application/json', 'User-Agent': 'n8n', 'Content-Type': 'application/json' }
const N8N_CLIENT = cite(N8N, N8N_GENERIC, '161-197')

/** [W] manage-rooms.md:30-34 and create-text-file.md:30-34: HEADERS = Authorization + Content-Type on every call,
 * including the bodiless GET, archive and delete. */
const SAMPLE_HEADERS = { 'Content-Type': 'application/json' }

/** MCP's `fields` lists: each array item is one repeated `fields=` parameter ([M] client.ts:196-200). */
const repeated = (name: string, values: string[]): Query => values.map((v) => [name, v])

/** [M] resolver: 20 polls, 100 ms apart, always at least one poll (the loop polls before it checks,
 * lib/api/extra/resolver.ts:30-32, 58-129), `GET api/2.0/files/fileops` without query (files-service.ts:494-518). */
const MCP_RESOLVER: PollSpec = {
  source: cite(MCP, 'lib/api/extra/resolver.ts', '30-32, 40-129, 181-192'),
  headers: MCP_GET,
  attempts: 20,
  delayMs: 100,
  returnsEarlyWhenInitialDone: false,
  answer: mcpEnvelope(arrayOf(mcpOperation)),
  operationAt: 'response'
}

/** [N] docspaceResolveAsyncApiResponse: checks the initial answer first, then 20 polls of
 * `GET api/2.0/files/fileops`, 100 ms apart (GenericFunctions.ts:199-263). */
const N8N_RESOLVER: PollSpec = {
  source: cite(N8N, N8N_GENERIC, '199-263'),
  headers: N8N_GET,
  attempts: 20,
  delayMs: 100,
  returnsEarlyWhenInitialDone: true,
  answer: n8nEnvelope(arrayOf(n8nOperation)),
  operationAt: 'response'
}

/** [F] §1.3/§3: confirm an archive by re-reading the room (rootFolderType 20 = Archive). */
const roomIsArchived = (key: string): Step => ({
  method: 'GET',
  path: `/files/rooms/{${key}}`,
  expectStatus: 200,
  checks: [
    {
      what: 'the room now sits in the Archive (rootFolderType 20)',
      source: cite(FACTS, 'API-FACTS.md', '§1.3, §2.3, §3'),
      values: [{ path: 'response.rootFolderType', equals: 20 }]
    }
  ]
})
const roomIsActive = (key: string, title?: string): Step => ({
  method: 'GET',
  path: `/files/rooms/{${key}}`,
  expectStatus: 200,
  checks: [
    {
      what: 'the room is (still) active (rootFolderType 14)',
      source: cite(FACTS, 'API-FACTS.md', '§2.3'),
      values: [
        { path: 'response.rootFolderType', equals: 14 },
        ...(title === undefined ? [] : [{ path: 'response.title', equals: title }])
      ]
    }
  ]
})
/** [F] §3: an operation held with deleteAfter:false is reported once after it finished, then dequeued. */
const operationNoLongerListed: Step = {
  method: 'GET',
  path: '/files/fileops',
  query: [['id', '{result}']],
  expectStatus: 200,
  checks: [
    {
      what: 'a finished operation that was reported once is no longer listed',
      source: cite(FACTS, 'API-FACTS.md', '§3 Listing semantics'),
      schema: has({ response: emptyArray })
    }
  ]
}
const noOperationStarted: Step = {
  method: 'GET',
  path: '/files/fileops',
  expectStatus: 200,
  checks: [
    {
      what: 'the refused request started no file operation',
      source: cite(FACTS, 'API-FACTS.md', '§1.3 (fails before the controller)'),
      schema: has({ response: emptyArray })
    }
  ]
}

/** A text file created with the sample's request, so folder-content entries have something to list. */
const createTextFile = (title: string): Step => ({
  method: 'POST',
  path: '/files/{plan}/text',
  headers: SAMPLE_HEADERS,
  body: { title, content: `Content of ${title}` },
  expectStatus: 200
})

// ---------------------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------------------

const MCP_LIST_FIELDS = [
  'folders.id',
  'folders.title',
  'folders.roomType',
  'folders.tags',
  'folders.parentId',
  'folders.createdBy.displayName',
  'startIndex',
  'count',
  'total'
]

export const CORPUS: CorpusEntry[] = [
  // ======================================= docspace-mcp ===================================================
  {
    id: 'mcp-list-rooms-filtered',
    client: 'docspace-mcp',
    what: 'get_rooms_folder with every filter the action uses and a dotted `fields` list, sent as repeated names',
    sources: [
      cite(MCP, 'lib/api/core/schemas.ts', '887-904 (GetRoomsFolderFiltersSchema, key order = query order)'),
      cite(MCP, 'lib/api/core/schemas.ts', '659-668, 616-647, 414-442, 121-133 (the `fields` values it allows)'),
      cite(MCP, 'lib/api/core/schemas.ts', '738-744, 876-882, 26-29 (searchArea names, sortBy names, sortOrder 0/1)'),
      cite(MCP, 'lib/api/core/files-service.ts', '796-820 (GET api/2.0/files/rooms, parsed as FolderContentDto)'),
      cite(MCP, 'lib/mcp/regular-tools.ts', '910-925'),
      MCP_CLIENT
    ],
    request: {
      method: 'GET',
      path: '/files/rooms',
      headers: MCP_GET,
      query: [
        ['type', '2'],
        ['type', '5'],
        ['searchArea', 'Any'],
        ['tags', '["ci"]'],
        ['count', '30'],
        ['startIndex', '0'],
        ['sortBy', 'AZ'],
        ['sortOrder', '0'],
        ['filterValue', 'marketing'],
        ...repeated('fields', MCP_LIST_FIELDS)
      ],
      expectStatus: 200,
      checks: [
        {
          what: '[M] parses the envelope and a FolderContentDto',
          source: cite(MCP, 'lib/api/core/schemas.ts', '59-72, 647-657'),
          schema: mcpEnvelope(mcpFolderContent)
        },
        {
          what: 'repeated `fields` values are all applied, depth by depth: exactly the selected keys come back',
          source: cite(FACTS, 'API-FACTS.md', '§2.2 (DIR:52-151; ApiContext.cs:67-94)'),
          schema: has({
            response: exact({
              folders: arrayOf(
                exact({
                  id: int,
                  title: str,
                  roomType: int,
                  tags: arrayOf(str),
                  parentId: int,
                  createdBy: exact({ displayName: str })
                })
              ),
              startIndex: int,
              count: int,
              total: int
            })
          })
        },
        {
          what: 'Any area, type 2 OR 5, ANY of the tags, title substring (case-insensitive), A-Z ascending',
          source: cite(FACTS, 'API-FACTS.md', '§1.4'),
          values: [
            { path: 'response.folders[*].title', equals: ['Marketing Archive 2024', 'Marketing Plan'] },
            { path: 'response.total', equals: 2 },
            { path: 'response.count', equals: 2 },
            { path: 'response.startIndex', equals: 0 }
          ]
        }
      ]
    }
  },
  {
    id: 'mcp-list-rooms-no-fields',
    client: 'docspace-mcp',
    what: 'get_rooms_folder with an empty `fields` array (no fields parameter) and the default count=30',
    sources: [
      cite(MCP, 'lib/api/core/schemas.ts', '898 (count default 30), 903 (fields array may be empty)'),
      cite(MCP, 'lib/api/core/client.ts', '188-210 (an empty array adds no parameter)')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms',
      headers: MCP_GET,
      query: [['count', '30']],
      expectStatus: 200,
      checks: [
        {
          what: '[M] parses the envelope and a FolderContentDto with typed members (current = a FolderDto)',
          source: cite(MCP, 'lib/api/core/schemas.ts', '398-412, 600-614, 647-657'),
          schema: mcpEnvelope(allOf(mcpFolderContent, has({ folders: arrayOf(has({ id: mcpId, title: str })) })))
        },
        {
          what: 'without searchArea only active rooms are listed',
          source: cite(FACTS, 'API-FACTS.md', '§1.4 (searchArea default Active)'),
          values: [
            { path: 'response.folders[*].title', sameMembers: ACTIVE_TITLES },
            { path: 'response.total', equals: ACTIVE_TITLES.length }
          ]
        }
      ]
    }
  },
  {
    id: 'mcp-get-room-fields',
    client: 'docspace-mcp',
    what: 'get_room_info with a `fields` list (repeated names, one dotted leaf)',
    sources: [
      cite(MCP, 'lib/api/core/schemas.ts', '850-852 (GetRoomInfoFiltersSchema), 616-647'),
      cite(MCP, 'lib/api/core/files-service.ts', '651-675'),
      cite(MCP, 'lib/mcp/regular-tools.ts', '815-829')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms/{plan}',
      headers: MCP_GET,
      query: repeated('fields', ['id', 'title', 'roomType', 'tags', 'createdBy.displayName']),
      expectStatus: 200,
      checks: [
        {
          what: '[M] parses the envelope and a FolderDto',
          source: cite(MCP, 'lib/api/core/schemas.ts', '59-72, 600-614'),
          schema: mcpEnvelope(mcpFolder)
        },
        {
          what: 'exactly the selected keys, createdBy reduced to displayName',
          source: cite(FACTS, 'API-FACTS.md', '§2.2 (single-room example)'),
          schema: has({
            response: exact({
              id: int,
              title: str,
              roomType: int,
              tags: arrayOf(str),
              createdBy: exact({ displayName: str })
            })
          })
        },
        {
          what: 'values of the seeded room',
          source: cite(FACTS, 'API-FACTS.md', '§2.3'),
          values: [
            { path: 'response.id', equals: '{plan}' },
            { path: 'response.title', equals: 'Marketing Plan' },
            { path: 'response.roomType', equals: 2 },
            { path: 'response.tags', sameMembers: ['ci', 'team-a'] }
          ]
        }
      ]
    }
  },
  {
    id: 'mcp-get-room-access-levels',
    client: 'docspace-mcp',
    what: 'get_room_access_levels: get_room_info without filters, then a switch on `roomType`',
    sources: [
      cite(MCP, 'lib/mcp/regular-tools.ts', '930-970 (getRoomInfo(roomId) with no filters; `if (!gd.roomType)` fails)')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms/{vdr}',
      headers: MCP_GET,
      expectStatus: 200,
      checks: [
        {
          what: '[M] parses a full FolderDto (roomType within 1,2,5,6,8; `type`, if sent, a known FolderType)',
          source: cite(MCP, 'lib/api/core/schemas.ts', '259-265, 300-327, 600-614'),
          schema: mcpEnvelope(allOf(mcpFolder, has({ id: mcpId, title: str, roomType: mcpRoomType })))
        },
        {
          what: 'roomType of a Virtual Data Room',
          source: cite(FACTS, 'API-FACTS.md', '§1.1 RoomType'),
          values: [{ path: 'response.roomType', equals: 8 }]
        }
      ]
    }
  },
  {
    id: 'mcp-create-room',
    client: 'docspace-mcp',
    what: 'create_room: body {title, roomType} (roomType defaults to 6), `fields` as repeated names',
    sources: [
      cite(MCP, 'lib/mcp/regular-tools.ts', '243-246 (roomType default 6), 794-813 (body {title, roomType})'),
      cite(MCP, 'lib/api/core/files-service.ts', '622-646 (POST api/2.0/files/rooms)'),
      cite(MCP, 'lib/api/core/schemas.ts', '846-848 (CreateRoomFiltersSchema)')
    ],
    request: {
      method: 'POST',
      path: '/files/rooms',
      headers: MCP_JSON,
      query: repeated('fields', ['id', 'title', 'roomType']),
      body: { title: 'Room from MCP', roomType: 6 },
      expectStatus: 200,
      checks: [
        {
          what: '[M] parses the envelope (it parses the room with its FolderContentDto schema, which any object passes)',
          source: cite(MCP, 'lib/api/core/files-service.ts', '640'),
          schema: mcpEnvelope(mcpFolderContent)
        },
        {
          what: 'the created room, projected to the selected keys',
          source: cite(FACTS, 'API-FACTS.md', '§1 (create returns FolderDto), §2.2'),
          schema: has({ response: exact({ id: int, title: str, roomType: int }) }),
          values: [
            { path: 'response.title', equals: 'Room from MCP' },
            { path: 'response.roomType', equals: 6 }
          ]
        }
      ]
    },
    after: [
      {
        method: 'GET',
        path: '/files/rooms/{result}',
        expectStatus: 200,
        checks: [
          {
            what: 'the room exists and is active',
            source: cite(FACTS, 'API-FACTS.md', '§2.3'),
            values: [
              { path: 'response.title', equals: 'Room from MCP' },
              { path: 'response.rootFolderType', equals: 14 }
            ]
          }
        ]
      }
    ]
  },
  {
    id: 'mcp-rename-room',
    client: 'docspace-mcp',
    what: 'update_room: body {title}, `fields` as repeated names',
    sources: [
      cite(MCP, 'lib/mcp/regular-tools.ts', '262-266, 831-849 (body {title})'),
      cite(MCP, 'lib/api/core/files-service.ts', '680-704 (PUT api/2.0/files/rooms/{id})')
    ],
    request: {
      method: 'PUT',
      path: '/files/rooms/{plan}',
      headers: MCP_JSON,
      query: repeated('fields', ['id', 'title']),
      body: { title: 'Marketing Plan (renamed by MCP)' },
      expectStatus: 200,
      checks: [
        {
          what: '[M] parses the envelope and a FolderDto',
          source: cite(MCP, 'lib/api/core/schemas.ts', '59-72, 600-614'),
          schema: mcpEnvelope(mcpFolder)
        },
        {
          what: 'exactly id and the new title',
          source: cite(FACTS, 'API-FACTS.md', '§1.2, §2.2'),
          schema: has({ response: exact({ id: int, title: str }) }),
          values: [{ path: 'response.title', equals: 'Marketing Plan (renamed by MCP)' }]
        }
      ]
    }
  },
  {
    id: 'mcp-archive-room',
    client: 'docspace-mcp',
    what: 'archive_room: PUT …/archive with body {}, then its resolver polls GET /files/fileops',
    sources: [
      cite(MCP, 'lib/mcp/regular-tools.ts', '851-869 (archiveRoom(roomId, {}) then resolver.resolve)'),
      cite(
        MCP,
        'lib/api/core/files-service.ts',
        '709-733 (parsed as FileOperationDto), 494-518 (GET api/2.0/files/fileops)'
      ),
      cite(MCP, 'lib/api/extra/resolver.ts', '30-192')
    ],
    request: {
      method: 'PUT',
      path: '/files/rooms/{plan}/archive',
      headers: MCP_JSON,
      body: {},
      expectStatus: 200,
      checks: [
        {
          what: '[M] parses the envelope and one FileOperationDto',
          source: cite(MCP, 'lib/api/core/schemas.ts', '504-509'),
          schema: mcpEnvelope(mcpOperation)
        },
        {
          what: 'a Move operation under the `Operation` key',
          source: cite(FACTS, 'API-FACTS.md', '§1.3, §2.1, §3'),
          schema: has({ response: factsOperation(0) })
        }
      ]
    },
    poll: MCP_RESOLVER,
    after: [roomIsArchived('plan'), operationNoLongerListed]
  },

  {
    id: 'mcp-get-missing-room',
    client: 'docspace-mcp',
    what: 'get_room_info for an id that does not exist: [M] turns the error envelope into its error message',
    sources: [
      cite(MCP, 'lib/api/core/client.ts', '408-433, 435-466 (error envelope parsed before the status is checked)'),
      cite(MCP, 'lib/api/core/schemas.ts', '34-54 (ErrorApiResponseSchema: message, type, stack, hresult)')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms/{missing}',
      headers: MCP_GET,
      expectStatus: 404,
      checks: [
        {
          what: '[M] reads error.message only if error has message, type and stack (strings) and hresult (number)',
          source: cite(MCP, 'lib/api/core/schemas.ts', '42-54'),
          schema: has({
            status: num,
            statusCode: num,
            error: has({ message: str, type: str, stack: str, hresult: num })
          })
        },
        {
          what: 'a missing room on GET is 404 ItemNotFoundException',
          source: cite(FACTS, 'API-FACTS.md', '§2.6 (per operation; error example)'),
          values: [
            { path: 'status', equals: 1 },
            { path: 'statusCode', equals: 404 },
            { path: 'error.message', equals: 'The required folder was not found' }
          ]
        }
      ]
    }
  },
  {
    id: 'mcp-rename-missing-room',
    client: 'docspace-mcp',
    what: 'update_room for an id that does not exist: 403, not 404',
    sources: [
      cite(MCP, 'lib/api/core/files-service.ts', '680-704'),
      cite(MCP, 'lib/api/core/client.ts', '435-466'),
      cite(FACTS, 'API-FACTS.md', '§1.2, §2.6, §7 #7')
    ],
    request: {
      method: 'PUT',
      path: '/files/rooms/{missing}',
      headers: MCP_JSON,
      query: repeated('fields', ['id', 'title']),
      body: { title: 'Nobody home' },
      expectStatus: 403,
      checks: [
        {
          what: '[M] reads error.message from a complete error object',
          source: cite(MCP, 'lib/api/core/schemas.ts', '42-54'),
          schema: has({ error: has({ message: str, type: str, stack: str, hresult: num }) })
        },
        {
          what: 'InvalidOperationException "The required folder was not found" maps to 403',
          source: cite(FACTS, 'API-FACTS.md', '§1.2 (FSS:1196-1200), §2.6'),
          values: [{ path: 'error.message', equals: 'The required folder was not found' }]
        }
      ]
    }
  },

  {
    id: 'mcp-folder-content',
    client: 'docspace-mcp',
    what: 'get_folder_content of a room: GET /files/{folderId}, count=30, `fields` over files.* and total',
    sources: [
      cite(MCP, 'lib/api/core/schemas.ts', '805-821 (GetFolderFiltersSchema), 466-499 (files.* fields)'),
      cite(MCP, 'lib/api/core/files-service.ts', '287-311 (GET api/2.0/files/{id}, parsed as FolderContentDto)'),
      cite(MCP, 'lib/mcp/regular-tools.ts', '722-736')
    ],
    setup: [createTextFile('Meeting notes'), createTextFile('Budget')],
    request: {
      method: 'GET',
      path: '/files/{plan}',
      headers: MCP_GET,
      query: [['count', '30'], ...repeated('fields', ['files.id', 'files.title', 'files.fileExst', 'total'])],
      expectStatus: 200,
      checks: [
        {
          what: '[M] parses the envelope and a FolderContentDto',
          source: cite(MCP, 'lib/api/core/schemas.ts', '647-657'),
          schema: mcpEnvelope(mcpFolderContent)
        },
        {
          what: 'exactly files (id, title, fileExst) and total',
          source: cite(FACTS, 'API-FACTS.md', '§2.2'),
          schema: has({
            response: exact({ files: arrayOf(exact({ id: int, title: str, fileExst: str })), total: int })
          }),
          values: [
            { path: 'response.files[*].title', sameMembers: ['Meeting notes.txt', 'Budget.txt'] },
            { path: 'response.total', equals: 2 }
          ]
        }
      ]
    }
  },

  // ============================================ n8n ======================================================
  {
    id: 'n8n-create-room',
    client: 'n8n',
    what: 'Create Room with the node defaults: body {title: "Room from n8n", roomType: 6}',
    sources: [
      cite(N8N, N8N_NODE, '1255-1313 (title default, roomType default 6, options 1,2,5,6,8)'),
      cite(N8N, N8N_NODE, '3555-3575 (POST api/2.0/files/rooms, returns body.response)'),
      N8N_CLIENT
    ],
    request: {
      method: 'POST',
      path: '/files/rooms',
      headers: N8N_JSON,
      body: { title: 'Room from n8n', roomType: 6 },
      expectStatus: 200,
      checks: [
        {
          what: '[N] returns body.response: the created room',
          source: cite(N8N, N8N_NODE, '3574'),
          schema: n8nEnvelope(has({ id: int, title: str, roomType: int, rootFolderType: int, created: apiDate })),
          values: [
            { path: 'response.title', equals: 'Room from n8n' },
            { path: 'response.roomType', equals: 6 },
            { path: 'response.rootFolderType', equals: 14 }
          ]
        }
      ]
    }
  },
  {
    id: 'n8n-get-room',
    client: 'n8n',
    what: 'Get Room Info / listAccessLevels: GET /files/rooms/{id} without query, switch on response.roomType',
    sources: [
      cite(N8N, N8N_NODE, '3578-3591 (getRoomInfo)'),
      cite(N8N, N8N_NODE, '2373-2405 (listAccessLevels reads response.roomType 1,2,5,6,8)')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms/{plan}',
      headers: N8N_GET,
      expectStatus: 200,
      checks: [
        {
          what: '[N] reads response.roomType (one of its five cases) and returns the room',
          source: cite(N8N, N8N_NODE, '2388-2405'),
          schema: n8nEnvelope(has({ id: int, title: str, roomType: { enum: [1, 2, 5, 6, 8] } })),
          values: [
            { path: 'response.id', equals: '{plan}' },
            { path: 'response.roomType', equals: 2 }
          ]
        }
      ]
    }
  },
  {
    id: 'n8n-rename-room',
    client: 'n8n',
    what: 'Update Room: PUT /files/rooms/{id} with body {title}',
    sources: [cite(N8N, N8N_NODE, '3850-3869')],
    request: {
      method: 'PUT',
      path: '/files/rooms/{plan}',
      headers: N8N_JSON,
      body: { title: 'Marketing Plan renamed by n8n' },
      expectStatus: 200,
      checks: [
        {
          what: '[N] returns body.response: the updated room',
          source: cite(N8N, N8N_NODE, '3867'),
          schema: n8nEnvelope(has({ id: int, title: str })),
          values: [{ path: 'response.title', equals: 'Marketing Plan renamed by n8n' }]
        }
      ]
    },
    after: [roomIsActive('plan', 'Marketing Plan renamed by n8n')]
  },
  {
    id: 'n8n-archive-room',
    client: 'n8n',
    what: 'Archive Room: GET the room, PUT …/archive {deleteAfter:false}, then poll GET /files/fileops',
    sources: [cite(N8N, N8N_NODE, '3525-3553'), cite(N8N, N8N_GENERIC, '199-263 (docspaceResolveAsyncApiResponse)')],
    setup: [{ method: 'GET', path: '/files/rooms/{plan}', headers: N8N_GET, expectStatus: 200 }],
    request: {
      method: 'PUT',
      path: '/files/rooms/{plan}/archive',
      headers: N8N_JSON,
      body: { deleteAfter: false },
      expectStatus: 200,
      checks: [
        {
          what: '[N] reads data.response as one operation (id, error, progress, finished)',
          source: cite(N8N, N8N_GENERIC, '207-224'),
          schema: n8nEnvelope(n8nOperation)
        },
        {
          what: 'a Move operation under the `Operation` key',
          source: cite(FACTS, 'API-FACTS.md', '§1.3, §3'),
          schema: has({ response: factsOperation(0) })
        }
      ]
    },
    poll: N8N_RESOLVER,
    after: [roomIsArchived('plan'), operationNoLongerListed]
  },
  {
    id: 'n8n-search-room',
    client: 'n8n',
    what: 'Search Room / listRooms: GET /files/rooms?filterValue=<query>',
    sources: [
      cite(N8N, N8N_NODE, '3807-3825 (searchRoom returns body.response)'),
      cite(N8N, N8N_NODE, '2645-2675 (listRooms reads response.folders[].title and .id)')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms',
      headers: N8N_GET,
      query: [['filterValue', 'Marketing']],
      expectStatus: 200,
      checks: [
        {
          what: '[N] reads response.folders[].id and .title',
          source: cite(N8N, N8N_NODE, '2664-2669'),
          schema: n8nEnvelope(has({ folders: arrayOf(has({ id: int, title: str })) }))
        },
        {
          what: 'active rooms whose title contains the value (case-insensitive)',
          source: cite(FACTS, 'API-FACTS.md', '§1.4 (filterValue: title only; searchArea default Active)'),
          values: [{ path: 'response.folders[*].title', sameMembers: ['Marketing Plan', 'Marketing Public Site'] }]
        }
      ]
    }
  },
  {
    id: 'n8n-list-rooms',
    client: 'n8n',
    what: 'listRooms without a filter: GET /files/rooms with no query at all',
    sources: [cite(N8N, N8N_NODE, '2645-2663 (filters = {} when no filter)')],
    request: {
      method: 'GET',
      path: '/files/rooms',
      headers: N8N_GET,
      expectStatus: 200,
      checks: [
        {
          what: '[N] reads response.folders[].id and .title; every active room is listed',
          source: cite(N8N, N8N_NODE, '2664-2669'),
          schema: n8nEnvelope(has({ folders: arrayOf(has({ id: int, title: str })) })),
          values: [{ path: 'response.folders[*].title', sameMembers: ACTIVE_TITLES }]
        }
      ]
    }
  },
  {
    id: 'n8n-folder-contents',
    client: 'n8n',
    what: 'Get Folder Contents of a room: GET /files/{folderId} without a query',
    sources: [cite(N8N, N8N_NODE, '3343-3369')],
    setup: [createTextFile('Meeting notes'), createTextFile('Budget')],
    request: {
      method: 'GET',
      path: '/files/{plan}',
      headers: N8N_GET,
      expectStatus: 200,
      checks: [
        {
          what: '[N] returns body.response: a FolderContentDto whose `current` is the room',
          source: cite(FACTS, 'API-FACTS.md', '§1.4 (FolderContentDto members)'),
          schema: n8nEnvelope(
            has({
              files: arrayOf(has({ id: int, title: str })),
              folders: { type: 'array' },
              current: has({ id: int, title: str }),
              total: int
            })
          ),
          values: [
            { path: 'response.current.id', equals: '{plan}' },
            { path: 'response.files[*].title', sameMembers: ['Meeting notes.txt', 'Budget.txt'] }
          ]
        }
      ]
    }
  },

  // ======================================== official samples ================================================
  {
    id: 'sample-create-room',
    client: 'api-samples',
    what: 'manage-rooms.md full example: POST /files/rooms {title, description, roomType: 2}',
    sources: [cite(WEB, SAMPLE_ROOMS, '30-51')],
    request: {
      method: 'POST',
      path: '/files/rooms',
      headers: SAMPLE_HEADERS,
      body: { title: 'New Room', description: 'This is a test room.', roomType: 2 },
      expectStatus: 200,
      checks: [
        {
          what: 'the sample reads json.response (Python: response.id); `description` is ignored',
          source: cite(WEB, SAMPLE_ROOMS, '49-50, 156'),
          schema: sampleEnvelope(has({ id: int, title: str })),
          values: [
            { path: 'response.title', equals: 'New Room' },
            { path: 'response.roomType', equals: 2 }
          ]
        }
      ]
    }
  },
  {
    id: 'sample-create-room-without-roomtype',
    client: 'api-samples',
    what: 'manage-rooms.md step 1 (Node snippet and Python): body {title, description} without roomType — refused',
    sources: [cite(WEB, SAMPLE_ROOMS, '148-161, 241-255, 260-274'), cite(FACTS, 'API-FACTS.md', '§1.1, §2.6')],
    request: {
      method: 'POST',
      path: '/files/rooms',
      headers: SAMPLE_HEADERS,
      body: { title: 'New Room', description: 'This is a test room.' },
      expectStatus: 400,
      checks: [
        {
          what: '`roomType` is required: 400 with a validation ProblemDetails in a status-1 envelope',
          source: cite(FACTS, 'API-FACTS.md', '§1.1 (roomType required), §2.6'),
          schema: validationEnvelope
        }
      ]
    },
    after: [
      {
        method: 'GET',
        path: '/files/rooms',
        query: [['filterValue', 'New Room']],
        expectStatus: 200,
        checks: [
          {
            what: 'no room was created',
            source: cite(FACTS, 'API-FACTS.md', '§1.1'),
            values: [{ path: 'response.total', equals: 0 }]
          }
        ]
      }
    ]
  },
  {
    id: 'sample-get-room',
    client: 'api-samples',
    what: 'manage-rooms.md step 2: GET /files/rooms/{id} (with the Content-Type header it always sends)',
    sources: [cite(WEB, SAMPLE_ROOMS, '53-64, 163-173')],
    request: {
      method: 'GET',
      path: '/files/rooms/{plan}',
      headers: SAMPLE_HEADERS,
      expectStatus: 200,
      checks: [
        {
          what: 'the sample reads roomInfo.response',
          source: cite(WEB, SAMPLE_ROOMS, '62-63'),
          schema: sampleEnvelope(has({ id: int, title: str })),
          values: [{ path: 'response.title', equals: 'Marketing Plan' }]
        }
      ]
    }
  },
  {
    id: 'sample-rename-room',
    client: 'api-samples',
    what: 'manage-rooms.md step 3: PUT /files/rooms/{id} {title}',
    sources: [cite(WEB, SAMPLE_ROOMS, '66-79, 175-185')],
    request: {
      method: 'PUT',
      path: '/files/rooms/{plan}',
      headers: SAMPLE_HEADERS,
      body: { title: 'Updated Room Name' },
      expectStatus: 200
    },
    after: [roomIsActive('plan', 'Updated Room Name')]
  },
  {
    id: 'sample-archive-without-body',
    client: 'api-samples',
    what: 'manage-rooms.md step 4: PUT …/archive with Content-Type: application/json and no body — refused',
    sources: [cite(WEB, SAMPLE_ROOMS, '30-34, 81-90, 187-194'), cite(FACTS, 'API-FACTS.md', '§1.3, §7 #4')],
    request: {
      method: 'PUT',
      path: '/files/rooms/{plan}/archive',
      headers: SAMPLE_HEADERS,
      expectStatus: 400,
      checks: [
        {
          what: 'the required [FromBody] is missing: 400 "A non-empty request body is required."',
          source: cite(FACTS, 'API-FACTS.md', '§1.3 (ArchiveRoomRequestDto.cs:64-65)'),
          textIncludes: 'A non-empty request body is required.'
        }
      ]
    },
    after: [roomIsActive('plan'), noOperationStarted]
  },
  {
    id: 'sample-delete-without-body',
    client: 'api-samples',
    what: 'manage-rooms.md step 5: DELETE /files/rooms/{id} with Content-Type: application/json and no body — refused',
    sources: [cite(WEB, SAMPLE_ROOMS, '30-34, 92-101, 196-203'), cite(FACTS, 'API-FACTS.md', '§1.3, §7 #4')],
    request: {
      method: 'DELETE',
      path: '/files/rooms/{archive2024}',
      headers: SAMPLE_HEADERS,
      expectStatus: 400,
      checks: [
        {
          what: 'the required [FromBody] is missing: 400 "A non-empty request body is required."',
          source: cite(FACTS, 'API-FACTS.md', '§1.3 (DeleteRoomRequestDto.cs:63-64)'),
          textIncludes: 'A non-empty request body is required.'
        }
      ]
    },
    after: [
      {
        method: 'GET',
        path: '/files/rooms/{archive2024}',
        expectStatus: 200,
        checks: [
          {
            what: 'the room still exists',
            source: cite(FACTS, 'API-FACTS.md', '§1.3'),
            values: [{ path: 'response.rootFolderType', equals: 20 }]
          }
        ]
      },
      noOperationStarted
    ]
  },
  {
    id: 'sample-archive-without-body-or-content-type',
    client: 'api-samples',
    what: 'the same bodiless archive without a Content-Type header (e.g. with the Accept-only headers of get-folder-room-content.md) — refused',
    sources: [
      cite(WEB, SAMPLE_ROOMS, '81-90'),
      cite(WEB, SAMPLE_CONTENT, '31-34'),
      cite(FACTS, 'API-FACTS.md', '§1.3')
    ],
    request: {
      method: 'PUT',
      path: '/files/rooms/{plan}/archive',
      headers: { Accept: 'application/json' },
      expectStatus: 415
    },
    after: [roomIsActive('plan'), noOperationStarted]
  },
  {
    id: 'sample-delete-without-body-or-content-type',
    client: 'api-samples',
    what: 'the same bodiless delete without a Content-Type header — refused',
    sources: [cite(WEB, SAMPLE_ROOMS, '92-101'), cite(FACTS, 'API-FACTS.md', '§1.3')],
    request: {
      method: 'DELETE',
      path: '/files/rooms/{archive2024}',
      headers: { Accept: 'application/json' },
      expectStatus: 415
    },
    after: [
      {
        method: 'GET',
        path: '/files/rooms/{archive2024}',
        expectStatus: 200,
        checks: [
          {
            what: 'the room still exists',
            source: cite(FACTS, 'API-FACTS.md', '§1.3'),
            values: [{ path: 'response.id', equals: '{archive2024}' }]
          }
        ]
      }
    ]
  },
  {
    id: 'sample-create-text-file',
    client: 'api-samples',
    what: 'create-text-file.md: POST /files/{folderId}/text {title: "ExampleFile.txt", content}',
    sources: [cite(WEB, SAMPLE_TEXT, '30-47, 67-70, 125-133')],
    request: {
      method: 'POST',
      path: '/files/{plan}/text',
      headers: SAMPLE_HEADERS,
      body: { title: 'ExampleFile.txt', content: 'This is the content of the example text file.' },
      expectStatus: 200,
      checks: [
        {
          what: 'the sample reads the file metadata (FileDto) from the answer',
          source: cite(WEB, SAMPLE_TEXT, '49-59, 133'),
          schema: sampleEnvelope(has({ id: int, title: str, folderId: int, fileExst: str, created: apiDate }))
        },
        {
          what: 'a title already ending in .txt gets no second extension',
          source: cite(FACTS, 'API-FACTS.md', '§1.8'),
          values: [
            { path: 'response.title', equals: 'ExampleFile.txt' },
            { path: 'response.fileExst', equals: '.txt' },
            { path: 'response.folderId', equals: '{plan}' }
          ]
        }
      ]
    }
  },
  {
    id: 'sample-folder-content',
    client: 'api-samples',
    what: 'get-folder-room-content.md: GET /files/{folderId} with Accept: application/json',
    sources: [cite(WEB, SAMPLE_CONTENT, '30-72')],
    setup: [createTextFile('Meeting notes')],
    request: {
      method: 'GET',
      path: '/files/{plan}',
      headers: { Accept: 'application/json' },
      expectStatus: 200,
      checks: [
        {
          what: 'the sample reads response.files[].title/.fileExst/.contentLength and response.folders[].title',
          source: cite(WEB, SAMPLE_CONTENT, '51-70'),
          schema: sampleEnvelope(
            has({
              files: arrayOf(has({ title: str, fileExst: str, contentLength: str })),
              folders: arrayOf(has({ title: str }))
            })
          ),
          values: [{ path: 'response.files[*].title', equals: ['Meeting notes.txt'] }]
        }
      ]
    }
  },
  {
    id: 'guide-archive-deleteafter-true',
    client: 'api-samples',
    what: 'long-running-operations.md: PUT …/archive {"DeleteAfter": true}, then poll GET /files/fileops',
    sources: [cite(WEB, GUIDE_OPS, '10-37, 45-55'), cite(FACTS, 'API-FACTS.md', '§3 (guide is misleading)')],
    request: {
      method: 'PUT',
      path: '/files/rooms/{plan}/archive',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: { DeleteAfter: true },
      expectStatus: 200,
      checks: [
        {
          what: "PascalCase binds; the operation is wrapped in the envelope and its type key is `Operation`, not the guide's `operation`",
          source: cite(FACTS, 'API-FACTS.md', '§1.1 (case-insensitive JSON), §2.1, §3'),
          schema: has({ response: factsOperation(0), status: constant(0), statusCode: constant(200) })
        }
      ]
    },
    after: [
      {
        method: 'GET',
        path: '/files/fileops',
        waitMs: 300,
        expectStatus: 200,
        checks: [
          {
            what: "with deleteAfter:true the finished operation is never listed, so the guide's loop cannot see `finished`",
            source: cite(FACTS, 'API-FACTS.md', '§3 Listing semantics'),
            schema: has({ response: emptyArray })
          }
        ]
      },
      roomIsArchived('plan')
    ]
  },

  // ============================== facts the action relies on (API-FACTS.md) ================================
  {
    id: 'facts-list-fields-flat',
    client: 'api-facts',
    what: 'GET /files/rooms?fields=id,title — depth 1 is the FolderContentDto, which has no id/title',
    sources: [
      cite(FACTS, 'API-FACTS.md', '§2.2 example 1'),
      cite(SERVER, 'common/ASC.Api.Core/Core/DynamicIgnoreResolver.cs', '52-151')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms',
      query: [['fields', 'id,title']],
      expectStatus: 200,
      checks: [
        {
          what: '`response` is an empty object; the envelope is kept whole',
          source: cite(FACTS, 'API-FACTS.md', '§2.2'),
          schema: has({ response: exact({}), count: constant(1), status: constant(0), statusCode: constant(200) })
        }
      ]
    }
  },
  {
    id: 'facts-list-fields-dotted',
    client: 'api-facts',
    what: 'GET /files/rooms?fields=folders.id,folders.title,folders.updated,folders.rootFolderType,total (one comma list)',
    sources: [
      cite(FACTS, 'API-FACTS.md', '§2.2 example 1'),
      cite(SERVER, 'common/ASC.Api.Core/Core/ApiContext.cs', '67-94')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms',
      query: [['fields', 'folders.id,folders.title,folders.updated,folders.rootFolderType,total']],
      expectStatus: 200,
      checks: [
        {
          what: 'exactly folders[{id,title,updated,rootFolderType}] and total',
          source: cite(FACTS, 'API-FACTS.md', '§2.2'),
          schema: has({
            response: exact({
              folders: arrayOf(exact({ id: int, title: str, updated: apiDate, rootFolderType: constant(14) })),
              total: int
            })
          }),
          values: [
            { path: 'response.total', equals: ACTIVE_TITLES.length },
            { path: 'response.folders[*].title', sameMembers: ACTIVE_TITLES }
          ]
        }
      ]
    }
  },
  {
    id: 'facts-room-fields',
    client: 'api-facts',
    what: 'GET /files/rooms/{id}?fields=id,title,tags,createdBy.displayName',
    sources: [cite(FACTS, 'API-FACTS.md', '§2.2 example 2')],
    request: {
      method: 'GET',
      path: '/files/rooms/{plan}',
      query: [['fields', 'id,title,tags,createdBy.displayName']],
      expectStatus: 200,
      checks: [
        {
          what: 'exactly id, title, tags and createdBy.displayName',
          source: cite(FACTS, 'API-FACTS.md', '§2.2'),
          schema: has({
            response: exact({ id: int, title: str, tags: arrayOf(str), createdBy: exact({ displayName: str }) })
          })
        }
      ]
    }
  },
  {
    id: 'facts-room-fields-wrong-depth',
    client: 'api-facts',
    what: 'GET /files/rooms/{id}?fields=folders.id — a list path on a single room',
    sources: [cite(FACTS, 'API-FACTS.md', '§2.2 example 2')],
    request: {
      method: 'GET',
      path: '/files/rooms/{plan}',
      query: [['fields', 'folders.id']],
      expectStatus: 200,
      checks: [
        {
          what: '`response` is an empty object',
          source: cite(FACTS, 'API-FACTS.md', '§2.2'),
          schema: has({ response: exact({}) })
        }
      ]
    }
  },
  {
    id: 'facts-room-has-no-type',
    client: 'api-facts',
    what: 'GET /files/rooms/{id}: a room is identified by roomType; FolderDto carries no `type` for rooms',
    sources: [
      cite(FACTS, 'API-FACTS.md', '§2.3'),
      cite(SERVER, 'products/ASC.Files/Core/ApiModels/ResponseDto/FolderDto.cs', '400-411')
    ],
    request: {
      method: 'GET',
      path: '/files/rooms/{plan}',
      expectStatus: 200,
      checks: [
        {
          what: 'roomType 2 and rootFolderType 14 are present, `type` is absent',
          source: cite(FACTS, 'API-FACTS.md', '§2.3'),
          schema: has({
            response: allOf(
              has({ roomType: constant(2), rootFolderType: constant(14), tags: arrayOf(str) }),
              without('type')
            )
          })
        }
      ]
    }
  },
  {
    id: 'facts-fileops-fields',
    client: 'api-facts',
    what: 'GET /files/fileops?id=<op>&fields=id,operationType,progress,finished,error,status after an archive finished',
    sources: [cite(FACTS, 'API-FACTS.md', '§2.2 example 3, §3')],
    setup: [
      {
        method: 'PUT',
        path: '/files/rooms/{plan}/archive',
        headers: { 'Content-Type': 'application/json' },
        body: { deleteAfter: false },
        expectStatus: 200,
        capture: 'op'
      }
    ],
    request: {
      method: 'GET',
      path: '/files/fileops',
      query: [
        ['id', '{op}'],
        ['fields', 'id,operationType,progress,finished,error,status']
      ],
      waitMs: 300,
      expectStatus: 200,
      checks: [
        {
          what: 'each element projected by .NET property names: `operationType`, not `Operation`',
          source: cite(FACTS, 'API-FACTS.md', '§2.2 (FileOperationDto.cs:51-52)'),
          schema: has({
            response: {
              type: 'array',
              minItems: 1,
              maxItems: 1,
              items: exact({
                id: str,
                operationType: constant(0),
                progress: constant(100),
                finished: constant(true),
                error: constant(''),
                status: constant(2)
              })
            }
          })
        }
      ]
    },
    after: [
      {
        method: 'GET',
        path: '/files/fileops',
        query: [
          ['id', '{op}'],
          ['fields', 'id,operationType,progress,finished,error,status']
        ],
        expectStatus: 200,
        checks: [
          {
            what: 'reported once, then dequeued; an empty list stays []',
            source: cite(FACTS, 'API-FACTS.md', '§2.2, §3'),
            schema: has({ response: emptyArray })
          }
        ]
      }
    ]
  },
  {
    id: 'facts-fileops-fields-Operation',
    client: 'api-facts',
    what: 'GET /files/fileops?id=<op>&fields=id,Operation — the JSON name matches nothing under `fields`',
    sources: [cite(FACTS, 'API-FACTS.md', '§2.2')],
    setup: [
      {
        method: 'PUT',
        path: '/files/rooms/{plan}/archive',
        headers: { 'Content-Type': 'application/json' },
        body: { deleteAfter: false },
        expectStatus: 200,
        capture: 'op'
      }
    ],
    request: {
      method: 'GET',
      path: '/files/fileops',
      query: [
        ['id', '{op}'],
        ['fields', 'id,Operation']
      ],
      waitMs: 300,
      expectStatus: 200,
      checks: [
        {
          what: 'only `id` survives',
          source: cite(FACTS, 'API-FACTS.md', '§2.2'),
          schema: has({ response: { type: 'array', minItems: 1, maxItems: 1, items: exact({ id: str }) } })
        }
      ]
    }
  },
  {
    id: 'facts-delete-deleteafter-false',
    client: 'api-facts',
    what: 'DELETE /files/rooms/{id} {deleteAfter:false} on an archived room',
    sources: [cite(FACTS, 'API-FACTS.md', '§1 table, §1.3')],
    request: {
      method: 'DELETE',
      path: '/files/rooms/{archive2024}',
      headers: { 'Content-Type': 'application/json' },
      body: { deleteAfter: false },
      expectStatus: 200,
      checks: [
        {
          what: 'a Delete operation (Operation 2)',
          source: cite(FACTS, 'API-FACTS.md', '§1.3, §3'),
          schema: has({ response: factsOperation(2) })
        }
      ]
    },
    after: [
      {
        method: 'GET',
        path: '/files/rooms/{archive2024}',
        waitMs: 300,
        expectStatus: 404
      }
    ]
  },
  {
    id: 'facts-delete-empty-object',
    client: 'api-facts',
    what: 'DELETE /files/rooms/{id} {} on an archived room ({} = deleteAfter false)',
    sources: [cite(FACTS, 'API-FACTS.md', '§1.3')],
    request: {
      method: 'DELETE',
      path: '/files/rooms/{archive2024}',
      headers: { 'Content-Type': 'application/json' },
      body: {},
      expectStatus: 200,
      checks: [
        {
          what: 'a Delete operation (Operation 2)',
          source: cite(FACTS, 'API-FACTS.md', '§1.3, §3'),
          schema: has({ response: factsOperation(2) })
        }
      ]
    },
    after: [
      {
        method: 'GET',
        path: '/files/rooms/{archive2024}',
        waitMs: 300,
        expectStatus: 404
      }
    ]
  },
  {
    id: 'facts-unarchive-empty-object',
    client: 'api-facts',
    what: 'PUT /files/rooms/{id}/unarchive {}',
    sources: [cite(FACTS, 'API-FACTS.md', '§1 table, §1.3')],
    request: {
      method: 'PUT',
      path: '/files/rooms/{archive2024}/unarchive',
      headers: { 'Content-Type': 'application/json' },
      body: {},
      expectStatus: 200,
      checks: [
        {
          what: 'a Move operation (Operation 0)',
          source: cite(FACTS, 'API-FACTS.md', '§1.3, §3'),
          schema: has({ response: factsOperation(0) })
        }
      ]
    },
    after: [{ ...roomIsActive('archive2024', 'Marketing Archive 2024'), waitMs: 300 }]
  }
]
