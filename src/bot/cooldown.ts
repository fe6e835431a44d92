/** Per-user cooldown for the expensive entry points (/ask and mentions). */
export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly ms: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds left to wait, or 0 when the user may go on (and the cooldown starts now). */
  take(userId: string): number {
    const now = this.now();
    const until = this.until.get(userId) ?? 0;
    if (until > now) return Math.ceil((until - now) / 1000);
    this.until.set(userId, now + this.ms);
    if (this.until.size > 10_000) for (const [id, t] of this.until) if (t <= now) this.until.delete(id);
    return 0;
  }
}
