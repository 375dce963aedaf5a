/** A browser link to a room, built the way the ONLYOFFICE apps build it (rooms have no webUrl field). */
export function roomUrl(portalUrl: string, roomId: number | string): string {
  return `${portalUrl}/rooms/shared/filter?folder=${encodeURIComponent(String(roomId))}`
}
