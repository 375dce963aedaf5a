/** A browser link to a room, built the way the ONLYOFFICE apps build it (rooms have no webUrl field). */
export function roomUrl(portalUrl: string, roomId: number | string): string {
  return `${portalUrl}/rooms/shared/filter?folder=${encodeURIComponent(String(roomId))}`
}

/** A browser link to a file: DocSpace's editor page, which opens documents and offers other files for download
 * (FilesLinkUtility.cs:398, `/doceditor?fileid={id}`). */
export function fileUrl(portalUrl: string, fileId: number | string): string {
  return `${portalUrl}/doceditor?fileid=${encodeURIComponent(String(fileId))}`
}
