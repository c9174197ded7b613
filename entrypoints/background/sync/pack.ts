/**
 * One sync item: the notes and tombstones of one bucket, as positional JSON,
 * deflated with the browser's CompressionStream and written as base64 after
 * the format number ("1:eJy…"). Base64 is the cheapest text here: both
 * browsers count an item's JSON in UTF-8 bytes, and Chrome writes `<` as six.
 * Reading is as strict as an import: a corrupt, truncated or foreign item is
 * refused whole, with a reason, and nothing in it is used.
 */
import * as v from 'valibot';
import { type Note, NoteSchema } from '../../../data/notes';
import {
  BucketPayloadSchema,
  type PackedNote,
  PackedNoteSchema,
  type PackedTombstone,
  PackedTombstoneSchema,
  SYNC_FORMAT,
} from '../../../data/sync';
import type { NoteRecord, SyncRecord, TombstoneRecord } from './sync-record';

/** An item inflates to at most this much: a small item must not unpack into a huge one. */
const MAX_INFLATED_BYTES = 1024 * 1024;

export type Unpacked =
  | { kind: 'ok'; format: number; records: SyncRecord[] }
  /** Written by a newer Stackpeek: not readable here, and never to be overwritten. */
  | { kind: 'newer'; format: number }
  | { kind: 'invalid'; reason: string };

export async function packRecords(records: SyncRecord[], format = SYNC_FORMAT): Promise<string> {
  const bytes = await deflate(new TextEncoder().encode(payloadJson(records)));
  return `${format}:${toBase64(bytes)}`;
}

/** The size of the records before compression, in UTF-8 bytes. */
export function payloadBytes(records: SyncRecord[]): number {
  return new TextEncoder().encode(payloadJson(records)).byteLength;
}

export function payloadJson(records: SyncRecord[]): string {
  const payload = { n: [] as PackedNote[], t: [] as PackedTombstone[] };
  for (const record of records) {
    if (record.kind === 'note') payload.n.push(packNote(record));
    else payload.t.push([record.id, record.vv, record.seen, record.deletedAt]);
  }
  return JSON.stringify(payload);
}

function packNote({ note, vv, cv }: NoteRecord): PackedNote {
  return [
    note.id,
    vv,
    cv ?? null,
    note.frameworkId,
    note.text,
    note.tags,
    note.pageUrl,
    note.pageTitle,
    note.createdAt,
    note.updatedAt,
  ];
}

export async function unpackRecords(value: unknown, format = SYNC_FORMAT): Promise<Unpacked> {
  if (typeof value !== 'string') return invalid(`it holds ${describe(value)}, not Stackpeek sync data`);
  const match = /^(\d{1,6}):([A-Za-z0-9+/]*={0,2})$/.exec(value);
  if (!match) return invalid('it is not Stackpeek sync data (no format number, or not base64)');
  const itemFormat = Number(match[1]);
  if (itemFormat > format) return { kind: 'newer', format: itemFormat };
  if (itemFormat < 1) return invalid(`its format ${itemFormat} is unknown`);
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await inflate(fromBase64(match[2] ?? '')));
    json = JSON.parse(text);
  } catch (error) {
    return invalid(`it is corrupt or truncated (${(error as Error).message || 'it does not inflate'})`);
  }
  const payload = v.safeParse(BucketPayloadSchema, json);
  if (!payload.success) return invalid('it is not a list of notes');
  const records: SyncRecord[] = [];
  const ids = new Set<string>();
  for (const [index, packed] of payload.output.n.entries()) {
    const note = readNote(packed);
    if (typeof note === 'string') return invalid(`note ${index + 1}: ${note}`);
    records.push(note);
  }
  for (const [index, packed] of payload.output.t.entries()) {
    const parsed = v.safeParse(PackedTombstoneSchema, packed);
    if (!parsed.success) return invalid(`deletion ${index + 1}: ${issueText(parsed.issues[0])}`);
    const [id, vv, seen, deletedAt] = parsed.output;
    records.push({ kind: 'tombstone', id, vv, seen: [...new Set(seen)].sort(), deletedAt } satisfies TombstoneRecord);
  }
  for (const record of records) {
    const id = record.kind === 'note' ? record.note.id : record.id;
    if (ids.has(id)) return invalid(`the id ${JSON.stringify(id)} is used twice`);
    ids.add(id);
  }
  return { kind: 'ok', format: itemFormat, records };
}

/** A note exactly as an import would accept it, or what is wrong with it. */
function readNote(packed: unknown): NoteRecord | string {
  const parsed = v.safeParse(PackedNoteSchema, packed);
  if (!parsed.success) return issueText(parsed.issues[0]);
  const [id, vv, cv, frameworkId, text, tags, pageUrl, pageTitle, createdAt, updatedAt] = parsed.output;
  const candidate = { id, frameworkId, text, tags, pageUrl, pageTitle, createdAt, updatedAt };
  const note = v.safeParse(NoteSchema, candidate);
  if (!note.success) return issueText(note.issues[0]);
  // Trimmed tags would be a different note than the one written.
  if (JSON.stringify(note.output) !== JSON.stringify(candidate)) return 'its tags are not as Stackpeek writes them';
  if (updatedAt < createdAt) return 'updatedAt is earlier than createdAt';
  const record: NoteRecord = { kind: 'note', note: note.output as Note, vv };
  if (cv) record.cv = cv;
  return record;
}

function issueText(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'it is not valid';
  const path = v.getDotPath(issue);
  return `${path ? `${path} ` : ''}${issue.message}`;
}

function invalid(reason: string): Unpacked {
  return { kind: 'invalid', reason };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, refusing output past MAX_INFLATED_BYTES; a truncated stream throws (zlib's own check). */
async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_INFLATED_BYTES) {
      await reader.cancel();
      throw new Error('it inflates to more than 1 MB');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
