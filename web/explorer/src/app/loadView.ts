/**
 * Fetches what a view needs — the neighbourhoods of the focus and the expanded entities, the paths between the
 * path finder's ends — and merges them into one drawing. Neighbourhoods are cached per entity and type filter
 * for the page's life (until Retry), so opening evidence or going Back does not fetch them again.
 */
import { fetchEntity, fetchNeighborhood, fetchPaths, type EntitySummary, type Neighborhood, type Path, type RelationSummary } from '../api/queries';
import { inTimeWindow, type ViewState } from '../state/viewState';

/** The most nodes one neighbourhood brings in; the API allows up to 1,000, a readable drawing far fewer. */
export const neighbourhoodLimit = 60;
export const pathMaxHops = 4;

export interface LoadedView {
  nodes: EntitySummary[];
  edges: RelationSummary[];
  /** Entities named in the state that the graph does not have. */
  unknown: string[];
  /** Entities whose neighbourhood was cut at the limit. */
  truncated: string[];
  /** Relations hidden by the time window. */
  hiddenByTime: number;
  paths: Path[] | null;
  from: EntitySummary | null;
  to: EntitySummary | null;
}

const neighbourhoods = new Map<string, Promise<Neighborhood | null>>();

export function forgetCache(): void {
  neighbourhoods.clear();
}

function neighbourhood(key: string, types: string[]): Promise<Neighborhood | null> {
  const cacheKey = `${key}|${types.join(',')}`;
  let pending = neighbourhoods.get(cacheKey);
  if (!pending) {
    pending = fetchNeighborhood(key, types, neighbourhoodLimit);
    pending.catch(() => neighbourhoods.delete(cacheKey));
    neighbourhoods.set(cacheKey, pending);
  }
  return pending;
}

export async function loadView(state: ViewState): Promise<LoadedView> {
  const centres = state.focus ? [state.focus, ...state.expanded] : [];
  const wantPaths = Boolean(state.from && state.to);
  const [hoods, paths, from, to] = await Promise.all([
    Promise.all(centres.map((key) => neighbourhood(key, state.types))),
    wantPaths ? fetchPaths(state.from!, state.to!, pathMaxHops, state.types) : Promise.resolve(null),
    state.from ? fetchEntity(state.from) : Promise.resolve(null),
    state.to ? fetchEntity(state.to) : Promise.resolve(null),
  ]);

  const nodes = new Map<string, EntitySummary>();
  const edges = new Map<string, RelationSummary>();
  const unknown: string[] = [];
  const truncated: string[] = [];
  hoods.forEach((hood, i) => {
    const key = centres[i]!;
    if (!hood) {
      unknown.push(key);
      return;
    }
    if (hood.truncated) truncated.push(key);
    for (const node of hood.nodes) nodes.set(node.key, node);
    for (const edge of hood.edges) edges.set(edge.id, edge);
  });
  for (const path of paths ?? []) {
    for (const node of path.nodes) nodes.set(node.key, node);
    for (const edge of path.edges) edges.set(edge.id, edge);
  }
  for (const end of [from, to]) if (end) nodes.set(end.key, end);
  if (state.from && !from) unknown.push(state.from);
  if (state.to && !to) unknown.push(state.to);

  // The neighbourhood query has no time window (see the README): it is applied here, by the API's own rule.
  const kept = [...edges.values()].filter((edge) => inTimeWindow(state, edge.firstSeen, edge.lastSeen));
  const anchored = new Set<string>([...centres, ...(from ? [from.key] : []), ...(to ? [to.key] : [])]);
  for (const edge of kept) {
    anchored.add(edge.subject.key);
    anchored.add(edge.object.key);
  }
  return {
    nodes: [...nodes.values()].filter((node) => anchored.has(node.key)),
    edges: kept,
    unknown,
    truncated,
    hiddenByTime: edges.size - kept.length,
    paths,
    from,
    to,
  };
}
