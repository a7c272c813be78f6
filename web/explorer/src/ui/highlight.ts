/**
 * Marks the entity names in an evidence sentence. Where the statement's offsets are known they are used (they
 * point at the very mention the extraction read, pronouns included); the names and aliases of both ends are then
 * marked wherever else they occur. Imported facts have no offsets: the names alone are marked.
 */
import type { Span } from '../api/queries';

export type Role = 'subject' | 'object';

export interface Segment {
  text: string;
  role: Role | null;
}

interface Mark extends Span {
  role: Role;
}

export interface HighlightInput {
  sentence: string;
  /** The sentence's span in its article; the mention spans are article offsets too. */
  sentenceSpan: Span | null;
  subjectSpan: Span | null;
  objectSpan: Span | null;
  subjectNames: string[];
  objectNames: string[];
}

function fromOffsets(input: HighlightInput): Mark[] {
  const base = input.sentenceSpan;
  if (!base) return [];
  const marks: Mark[] = [];
  for (const [span, role] of [[input.subjectSpan, 'subject'], [input.objectSpan, 'object']] as const) {
    if (!span) continue;
    const start = span.start - base.start;
    const end = span.end - base.start;
    if (start >= 0 && end <= input.sentence.length && start < end) marks.push({ start, end, role });
  }
  return marks;
}

/**
 * The offsets name the statement's subject and object as the sentence has them; a relation that reads the same both
 * ways stores its ends in a canonical order, which may be the other way round. A mention that reads as the other
 * end's name swaps the roles back.
 */
function reconcile(marks: Mark[], input: HighlightInput): Mark[] {
  const reads = (mark: Mark, names: string[]) => names.some((name) => sameName(input.sentence.slice(mark.start, mark.end), name));
  const swapped = marks.some((mark) => reads(mark, mark.role === 'subject' ? input.objectNames : input.subjectNames) && !reads(mark, mark.role === 'subject' ? input.subjectNames : input.objectNames));
  return swapped ? marks.map((mark) => ({ ...mark, role: mark.role === 'subject' ? 'object' : 'subject' })) : marks;
}

function sameName(mention: string, name: string): boolean {
  const a = mention.trim().toLowerCase();
  const b = name.trim().toLowerCase();
  return a.length > 1 && b.length > 1 && (a === b || b.endsWith(` ${a}`) || a.endsWith(` ${b}`));
}

function fromNames(sentence: string, names: string[], role: Role): Mark[] {
  const lower = sentence.toLowerCase();
  const marks: Mark[] = [];
  // Longest names first, so "Xi Jinping" wins over a shorter alias inside it.
  for (const name of [...new Set(names)].filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length)) {
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const before = at === 0 ? '' : lower[at - 1];
      const after = lower[at + needle.length] ?? '';
      // Whole words only: "Xi" must not light up inside "taxi".
      if (/\p{L}|\p{N}/u.test(before) || /\p{L}|\p{N}/u.test(after)) continue;
      marks.push({ start: at, end: at + needle.length, role });
    }
  }
  return marks;
}

/** Splits a sentence into plain and marked segments; overlapping marks keep the earlier-found one. */
export function highlight(input: HighlightInput): Segment[] {
  const candidates = [
    ...reconcile(fromOffsets(input), input),
    ...fromNames(input.sentence, input.subjectNames, 'subject'),
    ...fromNames(input.sentence, input.objectNames, 'object'),
  ];
  const kept: Mark[] = [];
  for (const mark of candidates) {
    if (!kept.some((k) => mark.start < k.end && k.start < mark.end)) kept.push(mark);
  }
  kept.sort((a, b) => a.start - b.start);

  const segments: Segment[] = [];
  let at = 0;
  for (const mark of kept) {
    if (mark.start > at) segments.push({ text: input.sentence.slice(at, mark.start), role: null });
    segments.push({ text: input.sentence.slice(mark.start, mark.end), role: mark.role });
    at = mark.end;
  }
  if (at < input.sentence.length) segments.push({ text: input.sentence.slice(at), role: null });
  return segments;
}
