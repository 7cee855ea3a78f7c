/**
 * The round's clocks, on the wall clock (not Phaser's frame deltas): the question's time,
 * with pauses left out (and, by buzzer, the time a team holds the question), and the
 * answer time of a team that buzzed in.
 */
import type { SessionState } from '../quiz/session';

/** A clock that can stop and go on. */
export class Stopwatch {
  private from = 0;
  private stoppedAt: number | null = null;

  /** Starts over, as if `elapsed` had already run; stopped, if `running` is false. */
  reset(now: number, elapsed = 0, running = true): void {
    this.from = now - elapsed;
    this.stoppedAt = running ? null : now;
  }

  stop(now: number): void {
    if (this.stoppedAt === null) this.stoppedAt = now;
  }

  go(now: number): void {
    if (this.stoppedAt === null) return;
    this.from += now - this.stoppedAt;
    this.stoppedAt = null;
  }

  elapsed(now: number): number {
    return (this.stoppedAt ?? now) - this.from;
  }
}

const held = (s: SessionState) => s.mode === 'buzzer' && s.buzz.holder !== null;

export class RoundClock {
  private readonly question = new Stopwatch();
  private readonly answer = new Stopwatch();
  /** The last of the final five seconds that ticked, so each ticks once. */
  private lastTick = 0;

  /** `answerMs`: how long a team that buzzed in has to answer. */
  constructor(private readonly answerMs: () => number) {}

  /** A question opens, or a saved one goes on with `elapsed` already run (and its team still holding it). */
  open(s: SessionState, now: number, elapsed = 0): void {
    this.question.reset(now, elapsed, !held(s));
    this.answer.reset(now);
    this.lastTick = 0;
  }

  /** How long the current question has been open, pauses (and held answers) left out. */
  questionMs(now: number): number {
    return this.question.elapsed(now);
  }

  pause(now: number): void {
    this.question.stop(now);
    this.answer.stop(now);
  }

  resume(s: SessionState, now: number): void {
    if (held(s)) this.answer.go(now);
    else this.question.go(now);
  }

  /** A team buzzed in: its answer time starts, and the question's waits. */
  buzzed(now: number): void {
    this.question.stop(now);
    this.answer.reset(now);
    this.lastTick = 0;
  }

  /** A team missed: the question's time goes on for the others. */
  missed(now: number): void {
    this.question.go(now);
    this.lastTick = 0;
  }

  /** Whether `ms` left is a new one of the last five seconds: the moment for a tick. */
  tick(ms: number): boolean {
    const second = Math.ceil(ms / 1000);
    if (second > 5 || second <= 0 || second === this.lastTick) return false;
    this.lastTick = second;
    return true;
  }

  /** What is left of the time that counts now, in ms and as a share (1 to 0); null where nothing is timed. */
  left(s: SessionState, now: number): { readonly ms: number; readonly share: number } | null {
    const limit = held(s) ? this.answerMs() : s.rules.timeLimitMs;
    if (!limit) return null;
    const ms = limit - (held(s) ? this.answer.elapsed(now) : this.question.elapsed(now));
    return { ms, share: Math.max(0, ms / limit) };
  }
}
