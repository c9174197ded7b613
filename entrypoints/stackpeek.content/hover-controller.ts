/**
 * When the card opens and closes, following WCAG 2.1 SC 1.4.13 (content on
 * hover or focus: dismissible, hoverable, persistent):
 * - it opens only after the pointer rests on a mention for the hover delay;
 * - on leaving, a grace period lets the pointer travel into the card;
 * - it stays while hovered or focused, with no timeout;
 * - Esc closes it without moving the pointer or focus (unless focus was in
 *   the card, which then returns where it was).
 * One card at a time: hovering another mention moves the card there.
 * A card that offers an undo is held: leaving it or a rescan of the page
 * does not close it until the hold ends (Esc and its close button still do).
 */
import type { Mention } from './mention';

export const GRACE_MS = 300;

export interface HoverTarget {
  /** The mention under a point, if any. */
  mentionAt(x: number, y: number): Mention | undefined;
  /** Whether the event happened inside the card. */
  inCard(event: Event): boolean;
  cardHasFocus(): boolean;
  /** The card offers an undo and must stay (card-session.ts). */
  cardHeld?(): boolean;
  open(mention: Mention): void;
  close(): void;
  hoverDelay(): number;
  /** The pointer rests on a mention: start fetching what its card will show. */
  prefetch?(mention: Mention): void;
}

export class HoverController {
  private current: Mention | null = null;
  private pending: Mention | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private lastPoint: { x: number; y: number; overCard: boolean } | null = null;

  constructor(private readonly target: HoverTarget) {}

  get openMention(): Mention | null {
    return this.current;
  }

  /** At most one hit test per animation frame, whatever the event rate. */
  onPointerMove(event: PointerEvent): void {
    // Asked now: an event's composed path is empty once its dispatch is over.
    this.lastPoint = { x: event.clientX, y: event.clientY, overCard: this.target.inCard(event) };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.lastPoint) this.check(this.lastPoint.x, this.lastPoint.y, this.lastPoint.overCard);
    });
  }

  check(x: number, y: number, overCard: boolean): void {
    if (this.current && overCard) {
      this.cancelGrace();
      this.cancelOpen();
      return;
    }
    const mention = this.target.mentionAt(x, y);
    if (mention && mention === this.current) {
      this.cancelGrace();
      this.cancelOpen();
      return;
    }
    if (mention) {
      // The open card stays until the new one replaces it: no flicker between two.
      this.cancelGrace();
      if (mention !== this.pending) this.scheduleOpen(mention);
      return;
    }
    this.cancelOpen();
    if (this.current && !this.graceTimer) this.graceTimer = setTimeout(() => this.leave(), GRACE_MS);
  }

  /** Opens at once (keyboard command, popup's "On this page"). */
  openNow(mention: Mention): void {
    this.cancelOpen();
    this.cancelGrace();
    this.current = mention;
    this.target.open(mention);
  }

  close(): void {
    this.cancelOpen();
    this.cancelGrace();
    if (!this.current) return;
    this.current = null;
    this.target.close();
  }

  /** The page was rescanned: its mentions are new, so the card closes, unless it is held. */
  reset(): void {
    if (!this.target.cardHeld?.()) this.close();
  }

  /** Forgets a mention that left the page. */
  forget(mention: Mention): void {
    if (this.pending === mention) this.cancelOpen();
    if (this.current === mention) this.close();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.close();
  }

  private scheduleOpen(mention: Mention): void {
    this.cancelOpen();
    this.pending = mention;
    this.target.prefetch?.(mention);
    this.openTimer = setTimeout(() => {
      this.openTimer = undefined;
      this.pending = null;
      this.openNow(mention);
    }, this.target.hoverDelay());
  }

  private leave(): void {
    this.graceTimer = undefined;
    if (this.target.cardHasFocus()) return;
    // Asked again when the hold may be over; coming back into the card cancels this.
    if (this.target.cardHeld?.()) this.graceTimer = setTimeout(() => this.leave(), GRACE_MS);
    else this.close();
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.pending = null;
  }

  private cancelGrace(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }
}
