/** How entities, relations and dates read on the page. */
import type { EntitySummary, RelationSummary } from '../api/queries';
import { el } from './dom';

/** One colour per entity type of the ontology; types added to the ontology later get the fallback. */
const typeColours: Record<string, string> = {
  PERSON: '#2563eb',
  ORGANIZATION: '#b45309',
  LOCATION: '#15803d',
  GROUP: '#7c3aed',
  EVENT: '#be123c',
};

export function typeColour(type: string): string {
  return typeColours[type] ?? '#475569';
}

/** A coloured badge naming an entity type. */
export function typeBadge(type: string): HTMLElement {
  const badge = el('span', { class: 'badge' }, type.toLowerCase());
  badge.style.backgroundColor = typeColour(type);
  return badge;
}

/** A date as the analyst reads it (UTC, no time: statements are dated by their article). */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "Putin —MET→ Xi Jinping", or with ↔ for a type that reads the same both ways. */
export function relationLabel(relation: Pick<RelationSummary, 'type' | 'symmetric'> & { subject: Pick<EntitySummary, 'name'>; object: Pick<EntitySummary, 'name'> }): string {
  const arrow = relation.symmetric ? `—${relation.type}—` : `—${relation.type}→`;
  return `${relation.subject.name} ${arrow} ${relation.object.name}`;
}

/** "1 mention", "2 mentions"; irregular plurals are given ("entity", "entities"). */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
