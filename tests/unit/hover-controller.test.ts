/** The card's timing rules (WCAG 2.1 SC 1.4.13), with fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GRACE_MS, HoverController, type HoverTarget } from '../../entrypoints/stackpeek.content/hover-controller';
import type { Mention } from '../../entrypoints/stackpeek.content/mention';

function mention(frameworkId: string): Mention {
  return {
    frameworkId,
    node: document.createTextNode(frameworkId),
    start: 0,
    end: 5,
    text: frameworkId,
    confidence: 1,
    area: 'body',
  };
}

describe('HoverController', () => {
  const tornado = mention('tornado');
  const twisted = mention('twisted');
  let under: Mention | undefined;
  let inCard: boolean;
  let focused: boolean;
  let target: HoverTarget & {
    open: ReturnType<typeof vi.fn<(mention: Mention) => void>>;
    close: ReturnType<typeof vi.fn<() => void>>;
  };
  let controller: HoverController;
  const move = () => controller.check(0, 0, inCard);

  beforeEach(() => {
    vi.useFakeTimers();
    under = undefined;
    inCard = false;
    focused = false;
    target = {
      mentionAt: () => under,
      inCard: () => false,
      cardHasFocus: () => focused,
      hoverDelay: () => 300,
      open: vi.fn<(mention: Mention) => void>(),
      close: vi.fn<() => void>(),
    };
    controller = new HoverController(target);
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests on a mention for the hover delay', () => {
    under = tornado;
    move();
    vi.advanceTimersByTime(299);
    expect(target.open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(target.open).toHaveBeenCalledWith(tornado);
  });

  it('does not open when the pointer only passes over', () => {
    under = tornado;
    move();
    vi.advanceTimersByTime(150);
    under = undefined;
    move();
    vi.advanceTimersByTime(1000);
    expect(target.open).not.toHaveBeenCalled();
  });

  it('keeps the card through the grace period and while the pointer is in it', () => {
    under = tornado;
    move();
    vi.advanceTimersByTime(300);
    under = undefined;
    move();
    vi.advanceTimersByTime(GRACE_MS - 50);
    inCard = true;
    move();
    vi.advanceTimersByTime(10_000);
    expect(target.close).not.toHaveBeenCalled();
    expect(controller.openMention).toBe(tornado);
  });

  it('closes after the grace period once the pointer is elsewhere', () => {
    under = tornado;
    move();
    vi.advanceTimersByTime(300);
    under = undefined;
    move();
    vi.advanceTimersByTime(GRACE_MS);
    expect(target.close).toHaveBeenCalledOnce();
    expect(controller.openMention).toBeNull();
  });

  it('stays open while the card has focus', () => {
    under = tornado;
    move();
    vi.advanceTimersByTime(300);
    focused = true;
    under = undefined;
    move();
    vi.advanceTimersByTime(GRACE_MS * 10);
    expect(target.close).not.toHaveBeenCalled();
  });

  it('moves the one card to another mention without closing in between', () => {
    under = tornado;
    move();
    vi.advanceTimersByTime(300);
    under = twisted;
    move();
    vi.advanceTimersByTime(GRACE_MS + 10);
    expect(target.close).not.toHaveBeenCalled();
    expect(target.open).toHaveBeenLastCalledWith(twisted);
    expect(target.open).toHaveBeenCalledTimes(2);
  });

  it('closes at once on close() and forgets a mention that left the page', () => {
    under = tornado;
    move();
    vi.advanceTimersByTime(300);
    controller.forget(tornado);
    expect(target.close).toHaveBeenCalledOnce();
    under = twisted;
    move();
    controller.forget(twisted);
    vi.advanceTimersByTime(1000);
    expect(target.open).toHaveBeenCalledTimes(1);
  });
  it('keeps a held card (one offering Undo) through a rescan and after the pointer leaves, until the hold ends', () => {
    let held = true;
    target.cardHeld = () => held;
    controller.openNow(tornado);
    controller.reset();
    expect(target.close).not.toHaveBeenCalled();
    under = undefined;
    move();
    vi.advanceTimersByTime(GRACE_MS * 5);
    expect(target.close).not.toHaveBeenCalled();
    held = false;
    vi.advanceTimersByTime(GRACE_MS);
    expect(target.close).toHaveBeenCalledOnce();
    controller.openNow(twisted);
    controller.reset();
    expect(target.close).toHaveBeenCalledTimes(2);
  });
});
