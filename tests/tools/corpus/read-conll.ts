/**
 * Reads StackOverflowNER's CoNLL files (tests/fixtures/corpus/stackoverflow-ner):
 * one token a line, `word<TAB>entity tag<TAB>word<TAB>markdown tag`, a blank line
 * between sentences. A post starts with `Question_ID : N` or
 * `Answer_to_Question_ID : N` and `Question_URL : …`; code blocks appear as
 * `CODE_BLOCK : Q_1327 ( code omitted for annotation )` (output as `OP_BLOCK`).
 */

export interface Token {
  word: string;
  /** The entity type without its B-/I- prefix ("Library", "Application", "O"…). */
  entity: string;
  /** First token of its entity. */
  begins: boolean;
  /** In code by either tag column (entity Code_Block/Output_Block, or markdown code): not judged. */
  code: boolean;
  /** Written as code in the post (the markdown column): shown in `<code>`. */
  markdownCode: boolean;
}

export type Block = { type: 'text'; sentences: Token[][] } | { type: 'code'; text: string };

export interface Post {
  kind: 'question' | 'answer';
  questionId: string;
  url: string;
  blocks: Block[];
}

/** A question with its answers, as one page shows them. */
export interface Thread {
  questionId: string;
  url: string;
  posts: Post[];
}

const CODE_TYPES = new Set(['Code_Block', 'Output_Block']);
const typeOf = (tag: string) => (tag === 'O' || !tag ? 'O' : tag.slice(2));

function toToken(columns: string[]): Token {
  const [word = '', entityTag = 'O', , markdownTag = 'O'] = columns;
  const entity = typeOf(entityTag);
  return {
    word,
    entity,
    begins: entityTag.startsWith('B-'),
    code: CODE_TYPES.has(entity) || CODE_TYPES.has(typeOf(markdownTag)),
    markdownCode: CODE_TYPES.has(typeOf(markdownTag)),
  };
}

/** Sentences of the file, in order, each a list of tokens. */
function sentencesOf(text: string): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    current.push(toToken(line.split('\t')));
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

const words = (sentence: Token[]) => sentence.map((token) => token.word);
const PLACEHOLDER = /^(?:CODE_BLOCK|OP_BLOCK)$/;

export function readThreads(text: string): Thread[] {
  const threads = new Map<string, Thread>();
  let post: Post | undefined;
  let pendingKind: Post['kind'] | undefined;
  let pendingId = '';
  for (const sentence of sentencesOf(text)) {
    const [first = '', , third = ''] = words(sentence);
    if (first === 'Question_ID' || first === 'Answer_to_Question_ID') {
      pendingKind = first === 'Question_ID' ? 'question' : 'answer';
      pendingId = third;
      continue;
    }
    if (first === 'Question_URL' && pendingKind) {
      post = { kind: pendingKind, questionId: pendingId, url: third, blocks: [] };
      let thread = threads.get(pendingId);
      if (!thread) {
        thread = { questionId: pendingId, url: third, posts: [] };
        threads.set(pendingId, thread);
      }
      thread.posts.push(post);
      pendingKind = undefined;
      continue;
    }
    if (!post) continue;
    if (PLACEHOLDER.test(first)) {
      post.blocks.push({ type: 'code', text: words(sentence).join(' ') });
      continue;
    }
    const last = post.blocks.at(-1);
    if (last?.type === 'text') last.sentences.push(sentence);
    else post.blocks.push({ type: 'text', sentences: [sentence] });
  }
  return [...threads.values()];
}
