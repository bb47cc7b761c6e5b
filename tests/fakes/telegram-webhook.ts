// Webhook delivery for the fake Bot API: after setWebhook, updates are POSTed (with the secret
// header) instead of queued for getUpdates, and retried, as Telegram does, while not answered 2xx.

/** What setWebhook registered. */
export interface WebhookInfo {
  url: string;
  secret?: string;
  allowedUpdates?: string[];
}

/** One POST of an update, and how it ended. */
export interface WebhookAttempt {
  updateId: number;
  target: string;
  status: number | 'error';
  at: number;
}

/** Sends updates to the webhook; tests choose which instance each update reaches. */
export class WebhookDelivery {
  info: WebhookInfo | null = null;
  readonly attempts: WebhookAttempt[] = [];
  /** Where an update really goes: by default the webhook URL; tests point it at an instance. */
  route: (update: Record<string, unknown>, attempt: number) => string = () => (this.info as WebhookInfo).url;
  retries = 5;
  retryDelayMs = 200;
  timeoutMs = 15_000;
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly onAttempt: (a: WebhookAttempt) => void) {}

  /** Every update delivered, by id, so a test can send one again as Telegram does when an answer is lost. */
  readonly updates = new Map<number, Record<string, unknown>>();

  /** Delivers in the background; the update is retried until some attempt is answered 2xx. */
  deliver(update: Record<string, unknown>): void {
    this.updates.set(Number(update['update_id']), update);
    const job = this.send(update).finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
  }

  /** Resolves when every delivery started so far has ended (answered or given up). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private async send(update: Record<string, unknown>): Promise<void> {
    const info = this.info as WebhookInfo;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      const target = this.route(update, attempt);
      let status: number | 'error';
      try {
        const res = await fetch(target, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(info.secret ? { 'x-telegram-bot-api-secret-token': info.secret } : {}),
          },
          body: JSON.stringify(update),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = 'error';
      }
      const a = { updateId: Number(update['update_id']), target, status, at: Date.now() };
      this.attempts.push(a);
      this.onAttempt(a);
      if (typeof status === 'number' && status >= 200 && status < 300) return;
      await new Promise((r) => setTimeout(r, this.retryDelayMs * (attempt + 1)));
    }
  }
}
