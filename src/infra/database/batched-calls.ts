/**
 * Many small database calls from concurrent requests or jobs, made as few statements:
 * group commit for writes (intake), group reads (triage). A call that arrives while
 * `maxInFlight` batches are under way waits for one of them and then goes with the others
 * that waited, as one statement: one round trip (for a write, one transaction and one WAL
 * flush) for the lot. When the system is quiet every call goes alone and at once, so
 * batching costs no latency; under a burst the batches grow by themselves.
 *
 * Each caller still gets its own answer: if a batch fails (a unique key taken, a value
 * Postgres refuses, the server gone), nothing of it took effect, and every entry is
 * run again on its own, so one entry's fault is never another's.
 */
export interface BatchedCallsOptions<I, O> {
  maxBatch: number;
  maxInFlight: number;
  /** Runs all inputs in one statement; returns one output per input, in order. */
  runBatch: (inputs: I[]) => Promise<O[]>;
  runOne: (input: I) => Promise<O>;
}

interface Waiting<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

export class BatchedCalls<I, O> {
  private readonly waiting: Array<Waiting<I, O>> = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly options: BatchedCallsOptions<I, O>) {}

  call(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.schedule();
    });
  }

  /** Calls arriving in the same turn of the event loop start together. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.options.maxBatch);
        this.inFlight += 1;
        void this.run(batch).finally(() => {
          this.inFlight -= 1;
          this.schedule();
        });
      }
    });
  }

  private async run(batch: Array<Waiting<I, O>>): Promise<void> {
    if (batch.length > 1) {
      let outputs: O[] | null = null;
      try {
        outputs = await this.options.runBatch(batch.map((w) => w.input));
      } catch {
        // Nothing of the batch took effect: each entry is run on its own below.
      }
      if (outputs) {
        batch.forEach((w, i) => w.resolve(outputs[i]!));
        return;
      }
    }
    await Promise.all(
      batch.map(async (w) => {
        try {
          w.resolve(await this.options.runOne(w.input));
        } catch (error) {
          w.reject(error);
        }
      }),
    );
  }
}
