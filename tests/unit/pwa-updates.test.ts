/** The update flow: offered, taken when the player says so, never in the middle of a question. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUpdateFlow, type UpdateView } from '../../src/pwa/updates';

function setup(busy = false) {
  const state = { busy, views: [] as UpdateView[], activated: 0, reloaded: 0, listeners: new Set<() => void>() };
  const flow = createUpdateFlow({
    isBusy: () => state.busy,
    watch: (l) => {
      state.listeners.add(l);
      return () => state.listeners.delete(l);
    },
    activate: () => {
      state.activated++;
    },
    reload: () => {
      state.reloaded++;
    },
    show: (v) => state.views.push(v),
    settleMs: 300,
    pollMs: 1000,
  });
  const emit = () => {
    for (const l of state.listeners) l();
  };
  return { state, flow, emit };
}

describe('createUpdateFlow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers a waiting update and does nothing until the player chooses', () => {
    const { state, flow } = setup();
    flow.needRefresh();
    expect(flow.view).toBe('ready');
    vi.advanceTimersByTime(60_000);
    expect(state.activated).toBe(0);
    expect(state.reloaded).toBe(0);
  });

  it('"Update now" between questions activates the new version at once, and reloads once it controls the page', async () => {
    const { state, flow } = setup(false);
    flow.needRefresh();
    flow.updateNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(flow.view).toBe('applying');
    expect(state.activated).toBe(1);
    flow.needReload();
    // Storage gets a moment to finish saving before the page goes.
    expect(state.reloaded).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(state.reloaded).toBe(1);
  });

  it('"Update now" mid-question waits for the answer, then updates', async () => {
    const { state, flow, emit } = setup(true);
    flow.needRefresh();
    flow.updateNow();
    expect(flow.view).toBe('deferred');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.activated).toBe(0);
    state.busy = false; // the answer is revealed
    emit();
    await vi.advanceTimersByTimeAsync(299);
    expect(state.activated).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.activated).toBe(1);
    expect(flow.view).toBe('applying');
  });

  it('waits again if the next question opens before things settle', async () => {
    const { state, flow, emit } = setup(true);
    flow.needRefresh();
    flow.updateNow();
    state.busy = false;
    emit();
    await vi.advanceTimersByTimeAsync(100);
    state.busy = true; // the player went straight on to the next question
    emit();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.activated).toBe(0);
    state.busy = false;
    await vi.advanceTimersByTimeAsync(1_300); // noticed by polling, without an event
    expect(state.activated).toBe(1);
  });

  it('never reloads mid-question, even when another tab took the update', async () => {
    const { state, flow } = setup(true);
    flow.needReload();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(state.reloaded).toBe(0);
    state.busy = false;
    await vi.advanceTimersByTimeAsync(1_300);
    expect(state.reloaded).toBe(1);
  });

  it('"Later" hides the offer and cancels a deferred update', async () => {
    const { state, flow, emit } = setup(true);
    flow.needRefresh();
    flow.updateNow();
    flow.later();
    expect(flow.view).toBe('hidden');
    state.busy = false;
    emit();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.activated).toBe(0);
    expect(state.listeners.size).toBe(0);
  });

  it('offers the update again if activating it fails', async () => {
    const { flow } = setup(false);
    const failing = createUpdateFlow({
      isBusy: () => false,
      activate: () => Promise.reject(new Error('no waiting worker')),
      reload: () => undefined,
      show: () => undefined,
    });
    failing.needRefresh();
    failing.updateNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(failing.view).toBe('ready');
    expect(flow.view).toBe('hidden');
  });
});
