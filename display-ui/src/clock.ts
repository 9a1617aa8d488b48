// The server's clock as the last snapshot told it, so every screen shows the same time even when
// a TV box's own clock is wrong.
export class ServerClock {
  private offset = 0;
  set(serverTime: string | undefined): void {
    if (serverTime) this.offset = Date.parse(serverTime) - Date.now();
  }
  /** Now, in server milliseconds. */
  now(): number {
    return Date.now() + this.offset;
  }
}
