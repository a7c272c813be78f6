/**
 * The GraphQL documents the page sends, and the shapes of their results. Entities are addressed by their
 * store key (e.g. `person:…`), which every ID argument of the API accepts and which reads well in a URL.
 */
import { request } from './client';

export interface EntitySummary {
  key: string;
  name: string;
  type: string;
  aliases: string[];
  mentionCount: number;
}

export interface SearchHit extends EntitySummary {
  relationCount: number;
}

export interface RelationSummary {
  id: string;
  type: string;
  symmetric: boolean;
  subject: EntitySummary;
  object: EntitySummary;
  support: number;
  confidence: number;
  firstSeen: string;
  lastSeen: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Evidence {
  sentence: string;
  confidence: number;
  offsets: { sentence: Span | null; subject: Span | null; object: Span | null };
  article: { key: string; title: string | null; url: string | null; publishedAt: string | null };
}

export interface RelationDetail extends RelationSummary {
  evidence: Evidence[];
}

export interface Neighborhood {
  nodes: EntitySummary[];
  edges: RelationSummary[];
  truncated: boolean;
}

export interface Path {
  nodes: EntitySummary[];
  edges: RelationSummary[];
  length: number;
}

export interface TypeCount {
  type: string;
  count: number;
}

const entityFields = 'key name type aliases mentionCount';
const relationFields = `id type symmetric support confidence firstSeen lastSeen subject { ${entityFields} } object { ${entityFields} }`;

/** Entities whose name or alias matches, best first, with how many match in all. */
export async function searchEntities(search: string, first: number, signal?: AbortSignal): Promise<{ total: number; hits: SearchHit[] }> {
  const data = await request<{ entities: { totalCount: number; nodes: (EntitySummary & { relations: { totalCount: number } })[] } }>(
    `query SearchEntities($search: String!, $first: Int!) {
      entities(search: $search, first: $first) {
        totalCount
        nodes { ${entityFields} relations(first: 1) { totalCount } }
      }
    }`,
    { search, first },
    signal,
  );
  return {
    total: data.entities.totalCount,
    hits: data.entities.nodes.map(({ relations, ...entity }) => ({ ...entity, relationCount: relations.totalCount })),
  };
}

/** One entity by key; null when the graph has none. */
export async function fetchEntity(key: string): Promise<EntitySummary | null> {
  const data = await request<{ entity: EntitySummary | null }>(
    `query Entity($id: ID!) { entity(id: $id) { ${entityFields} } }`,
    { id: key },
  );
  return data.entity;
}

/** The entity, its direct neighbours and the relations among them; null for an unknown entity. */
export async function fetchNeighborhood(key: string, types: string[], limit: number): Promise<Neighborhood | null> {
  const data = await request<{ neighborhood: Neighborhood | null }>(
    `query Neighborhood($id: ID!, $types: [String!], $limit: Int!) {
      neighborhood(id: $id, hops: 1, types: $types, limit: $limit) {
        truncated
        nodes { ${entityFields} }
        edges { ${relationFields} }
      }
    }`,
    { id: key, types: types.length ? types : null, limit },
  );
  return data.neighborhood;
}

/** A relation with the sentences behind it; null when it no longer exists. */
export async function fetchRelation(id: string, evidence: number): Promise<RelationDetail | null> {
  const data = await request<{ relation: RelationDetail | null }>(
    `query Relation($id: ID!, $evidence: Int!) {
      relation(id: $id) {
        ${relationFields}
        evidence(first: $evidence) {
          sentence confidence
          offsets { sentence { start end } subject { start end } object { start end } }
          article { key title url publishedAt }
        }
      }
    }`,
    { id, evidence },
  );
  return data.relation;
}

/** The shortest chains of relations between two entities. */
export async function fetchPaths(from: string, to: string, maxHops: number, types: string[]): Promise<Path[]> {
  const data = await request<{ paths: Path[] }>(
    `query Paths($from: ID!, $to: ID!, $maxHops: Int!, $types: [String!]) {
      paths(from: $from, to: $to, maxHops: $maxHops, types: $types, limit: 10) {
        length
        nodes { ${entityFields} }
        edges { ${relationFields} }
      }
    }`,
    { from, to, maxHops, types: types.length ? types : null },
  );
  return data.paths;
}

/** The relation types present in the graph, with how many relations each has. */
export async function fetchRelationTypes(): Promise<TypeCount[]> {
  const data = await request<{ stats: { relationsByType: TypeCount[] } }>('query RelationTypes { stats { relationsByType { type count } } }');
  return data.stats.relationsByType;
}
