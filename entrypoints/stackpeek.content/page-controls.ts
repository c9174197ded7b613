/**
 * What the card and the popup may change on this page: the narrow scopes of
 * "Not a framework here" (one mention, one word on this page) and their
 * undo, and the popup's questions about them. Wider scopes (this site,
 * everywhere, a muted framework) are settings, changed by the card itself.
 */
import type { PageMutesSummary, PageRequest } from '../../data/page-messages';
import type { PageMarks } from '../card/card-api';
import type { Mention } from './mention';
import { PageMutes } from './page-mutes';

type MuteRequest = Extract<PageRequest, { type: 'page/mutes' | 'page/unmute-word' | 'page/unmute-mentions' }>;

export function createPageControls(repaint: () => void) {
  const mutes = new PageMutes();
  const change = (action: () => void) => {
    action();
    repaint();
  };
  const marks: PageMarks = {
    muteMention: (mention: Mention) => change(() => mutes.muteMention(mention)),
    unmuteMention: (mention: Mention) => change(() => mutes.unmuteMention(mention)),
    muteWord: (word: string) => change(() => mutes.muteWord(word)),
    unmuteWord: (word: string) => change(() => mutes.unmuteWord(word)),
  };
  const answer = (request: MuteRequest): PageMutesSummary => {
    if (request.type === 'page/unmute-word') marks.unmuteWord(request.word);
    if (request.type === 'page/unmute-mentions') change(() => mutes.clearMentions());
    return mutes.summary();
  };
  const isMuteRequest = (request: PageRequest): request is MuteRequest =>
    request.type === 'page/mutes' || request.type === 'page/unmute-word' || request.type === 'page/unmute-mentions';
  return { mutes, marks, answer, isMuteRequest };
}
