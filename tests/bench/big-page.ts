/**
 * A 5 MB Stack Overflow-like question, generated from a real one: the saved
 * 742 kB question's answers are cloned (new ids) until the page reaches the
 * size, and each clone gets a paragraph naming frameworks, plus a few
 * everyday uses of the same words, so the matcher and disambiguation work as
 * on a long, busy thread. Deterministic: the same page every run.
 */
import { JSDOM } from 'jsdom';
import { fixture } from '../e2e/serve-pages';

export const BIG_PAGE_SOURCE = 'stackoverflow/so-js-import-statement-module.html';
/** Served at a question URL of its own, so the Stack Overflow adapter applies. */
export const BIG_PAGE_URL = 'https://stackoverflow.com/questions/99999999/stackpeek-bench-generated-5mb-question';

const SENTENCES = [
  'We moved the API from Flask to FastAPI and kept Celery for the background jobs.',
  'With Tornado 6 the IOLoop is the asyncio event loop, so aiohttp clients work inside handlers.',
  'In Node.js the same code would use Express; Django Channels solves it for Django.',
  'gevent.monkey.patch_all() must run before importing requests, otherwise the sockets block.',
  'Spring Boot with WebFlux gives you Netty underneath; Ruby on Rails uses Puma by default.',
  'Twisted had Deferreds long before asyncio had futures; Trio and AnyIO came later.',
  'The tornado warning kept us indoors, and the old flask of coffee went cold.',
  'Spring came early this year; express delivery took three days anyway.',
  'I twisted my ankle walking to the pyramids, then read about Starlette and Sanic.',
  'Pin it in requirements.txt: tornado==6.4.1, uvicorn[standard], gunicorn, nest-asyncio.',
];

function pick(seed: number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(SENTENCES[(seed * 7 + i * 3) % SENTENCES.length] as string);
  return out.join(' ');
}

export function generateBigPage(targetBytes = 5 * 1024 * 1024): string {
  const source = fixture(`pages/${BIG_PAGE_SOURCE}`);
  // jsdom only to cut the answers out; the page is then assembled as text (fast).
  const dom = new JSDOM(source);
  const answers = [...dom.window.document.querySelectorAll('#answers .answer')].map((answer) => answer.outerHTML);
  dom.window.close();
  const opening = '<div id="answers">';
  const at = source.indexOf(opening);
  if (at < 0 || answers.length === 0) throw new Error(`No answers found in ${BIG_PAGE_SOURCE}`);
  const clones: string[] = [];
  let bytes = source.length;
  for (let serial = 1; bytes < targetBytes; serial++) {
    const answer = answers[(serial - 1) % answers.length] as string;
    const id = `9${String(serial).padStart(7, '0')}`;
    const clone = answer
      .replace(/(id="answer-|data-answerid="|data-post-id=")\d+/g, `$1${id}`)
      .replace(/(class="s-prose js-post-body"[^>]*>)/, `$1<p>${pick(serial, 3)}</p>`);
    clones.push(clone);
    bytes += clone.length;
  }
  const end = at + opening.length;
  return source.slice(0, end) + clones.join('\n') + source.slice(end);
}
