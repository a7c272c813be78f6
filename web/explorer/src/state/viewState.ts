/**
 * What the page shows, as plain data: everything needed to redraw the view, and nothing else. It round-trips
 * through the URL's query string, so a view can be shared, bookmarked and restored by reload or the back button.
 */

export interface ViewState {
  /** The entity at the centre (a store key), or null for the empty start page. */
  focus: string | null;
  /** Further entities whose neighbours were added to the drawing, in the order they were expanded. */
  expanded: string[];
  /** Relation types to show; empty means all. */
  types: string[];
  /** The time window (YYYY-MM-DD, inclusive): relations seen within it are shown. */
  since: string | null;
  until: string | null;
  /** The relation whose evidence is open (its GraphQL id). */
  edge: string | null;
  /** The path finder's two ends (store keys). */
  from: string | null;
  to: string | null;
}

export const emptyState: ViewState = { focus: null, expanded: [], types: [], since: null, until: null, edge: null, from: null, to: null };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value ? [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))] : [];
}

function date(value: string | null): string | null {
  return value && datePattern.test(value) ? value : null;
}

/** Reads a state from a query string; unknown or malformed parameters are ignored. */
export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const focus = params.get('entity') || null;
  return {
    focus,
    expanded: list(params.get('expand')).filter((key) => key !== focus),
    types: list(params.get('types')),
    since: date(params.get('since')),
    until: date(params.get('until')),
    edge: params.get('edge') || null,
    from: params.get('from') || null,
    to: params.get('to') || null,
  };
}

/** Writes a state as a query string (with its leading "?", or "" for the empty state); a stable order, so equal states give equal URLs. */
export function formatState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('entity', state.focus);
  if (state.expanded.length) params.set('expand', state.expanded.join(','));
  if (state.types.length) params.set('types', state.types.join(','));
  if (state.since) params.set('since', state.since);
  if (state.until) params.set('until', state.until);
  if (state.edge) params.set('edge', state.edge);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a relation seen from `firstSeen` to `lastSeen` (RFC 3339) falls in the state's time window (the API's own rule for since/until). */
export function inTimeWindow(state: Pick<ViewState, 'since' | 'until'>, firstSeen: string, lastSeen: string): boolean {
  if (state.since && lastSeen.slice(0, 10) < state.since) return false;
  if (state.until && firstSeen.slice(0, 10) > state.until) return false;
  return true;
}
