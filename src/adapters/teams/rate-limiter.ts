/**
 * Teams' limits for a bot: per conversation 7 messages in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour;
 * per app and tenant 50 requests a second. `delayFor` says how long to wait before the next send so none
 * is exceeded; `record` notes a send. Sliding windows over the send times.
 */
const PER_CONVERSATION: readonly [number, number][] = [[7, 1_000], [8, 2_000], [60, 30_000], [1_800, 3_600_000]];
const PER_TENANT: readonly [number, number][] = [[50, 1_000]];
const TENANT = '\u0000tenant';

export class RateLimiter {
  private readonly sent = new Map<string, number[]>();

  delayFor(conversationId: string, now: number): number {
    return Math.max(this.wait(conversationId, PER_CONVERSATION, now), this.wait(TENANT, PER_TENANT, now));
  }

  record(conversationId: string, now: number): void {
    for (const key of [conversationId, TENANT]) {
      const times = this.sent.get(key) ?? [];
      times.push(now);
      while (times.length > 0 && times[0]! <= now - 3_600_000) times.shift();
      this.sent.set(key, times);
    }
  }

  private wait(key: string, limits: readonly [number, number][], now: number): number {
    const times = this.sent.get(key);
    if (!times) return 0;
    let wait = 0;
    for (const [count, windowMs] of limits) {
      const inWindow = times.filter((x) => x > now - windowMs);
      if (inWindow.length >= count) wait = Math.max(wait, inWindow[inWindow.length - count]! + windowMs - now);
    }
    return wait;
  }
}
