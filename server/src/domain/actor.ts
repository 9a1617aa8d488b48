// Who asks for an action: an officer, supervisor or admin by session, or a device by its key. The
// rules of who may act where (counter-access.ts, rating.ts, reprint.ts) read it.

export interface Actor {
  userId: number | null;
  deviceId: number | null;
  role: 'officer' | 'supervisor' | 'admin' | 'kiosk' | 'display' | 'agent';
  departmentId: number | null;
  /** For a device bound to a counter by an admin (keypad, rating box, rating tablet). */
  deviceCounterId: number | null;
  username?: string;
}
