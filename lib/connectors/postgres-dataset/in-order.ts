/**
 * Tasks run one after the other, in the order they were added; whoever adds one waits only while more
 * than `ahead` are still queued (backpressure), so the reader upstream keeps going meanwhile instead
 * of waiting for each task in turn. A failure fails every task queued after it, and comes out of the
 * next `add` that waits or of `settled`.
 */
export class InOrder {
  private readonly queued: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly ahead: number) {}

  async add(task: () => Promise<void>): Promise<void> {
    const run = this.tail.then(task);
    run.catch(() => undefined); // comes out of a later add or settled
    this.tail = run;
    this.queued.push(run);
    while (this.queued.length > this.ahead) await this.queued.shift();
  }

  /** Every task added so far is done (or the first failure is thrown). */
  async settled(): Promise<void> {
    while (this.queued.length > 0) await this.queued.shift();
    await this.tail;
  }
}
