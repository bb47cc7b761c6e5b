/**
 * Counts each user's commands in a sliding window. `hit` says whether the user is within the
 * limit, and whether this is the first refusal of the window (so the notice is sent once).
 */
export class UserRateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly warned = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(userId: string): { allowed: boolean; notify: boolean; retryInMs: number } {
    const t = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.max) {
      const retryInMs = this.windowMs - (t - (recent[0] as number));
      const lastWarned = this.warned.get(userId) ?? -Infinity;
      const notify = t - lastWarned >= this.windowMs;
      if (notify) this.warned.set(userId, t);
      this.hits.set(userId, recent);
      return { allowed: false, notify, retryInMs };
    }
    recent.push(t);
    this.hits.set(userId, recent);
    if (this.hits.size > 50_000) this.prune(t);
    return { allowed: true, notify: false, retryInMs: 0 };
  }

  private prune(t: number): void {
    for (const [user, times] of this.hits) if (times.every((x) => t - x >= this.windowMs)) this.hits.delete(user);
  }
}
