/**
 * The page's controller: turns the URL's view state into a drawing and panels, and the analyst's actions into
 * new view states. Every render starts from the state alone, so reload, Back and a shared link all land on the
 * same view.
 */
import { fetchRelation, fetchRelationTypes, type EntitySummary } from '../api/queries';
import { GraphView } from '../graph/graphView';
import { EntityPanel } from '../panels/entityPanel';
import { EntityPicker } from '../panels/entityPicker';
import { EvidencePanel } from '../panels/evidencePanel';
import { FilterPanel } from '../panels/filterPanel';
import { InViewPanel } from '../panels/inViewPanel';
import { Legend } from '../panels/legend';
import { PathPanel } from '../panels/pathPanel';
import { StatusBar } from '../panels/statusBar';
import { ViewHistory } from '../state/history';
import type { ViewState } from '../state/viewState';
import { byId } from '../ui/dom';
import { forgetCache, loadView, neighbourhoodLimit, type LoadedView } from './loadView';

export class Explorer {
  private readonly history: ViewHistory;
  private readonly status = new StatusBar(byId('status'));
  readonly graph: GraphView;
  private readonly search: EntityPicker;
  private readonly filters: FilterPanel;
  private readonly paths: PathPanel;
  private readonly entity: EntityPanel;
  private readonly inView: InViewPanel;
  private readonly evidence: EvidencePanel;
  private readonly legend = new Legend(byId('legend'));
  private readonly emptyHint = byId('graph-empty');
  /** Bumped by every render, so a slow answer for an older view is dropped. */
  private generation = 0;
  private view: LoadedView | null = null;
  private selectedNode: string | null = null;
  /** Set when the analyst opened evidence, so focus follows them to it (not on reload or Back). */
  private focusEvidence = false;

  constructor() {
    this.history = new ViewHistory((state) => void this.render(state));
    const onError = (error: unknown) => this.status.error('The search failed', error);
    this.search = new EntityPicker(byId('search'), {
      id: 'search',
      label: 'Search entities by name',
      placeholder: 'a person, organisation, place…',
      size: 10,
      onPick: (hit) => {
        this.selectedNode = hit.key;
        this.history.navigate({ focus: hit.key, expanded: [], edge: null });
      },
      onError,
    });
    this.graph = new GraphView(byId('graph'), {
      selectNode: (key) => this.selectNode(key),
      expandNode: (key) => this.expand(key),
      selectEdge: (id) => this.openEdge(id),
    });
    this.filters = new FilterPanel(byId('filters'), (change) => this.history.navigate(change));
    this.paths = new PathPanel(byId('path-finder'), {
      setEnds: (change) => this.history.navigate(change),
      openEdge: (id) => this.openEdge(id),
      onError,
    });
    this.entity = new EntityPanel(byId('entity'), {
      expand: (key) => this.expand(key),
      centre: (key) => {
        this.selectedNode = key;
        this.history.navigate({ focus: key, expanded: [], edge: null });
      },
      pathFrom: (key) => this.history.navigate({ from: key }),
      pathTo: (key) => this.history.navigate({ to: key }),
    });
    this.inView = new InViewPanel(byId('in-view'), {
      // Picked from the list (keyboard or screen reader): take focus to the entity's panel, where its actions are.
      selectNode: (key) => {
        this.selectNode(key);
        this.entity.focus();
      },
      openEdge: (id) => this.openEdge(id),
    });
    this.evidence = new EvidencePanel(byId('evidence'), () => this.history.navigate({ edge: null }));
    byId('fit').addEventListener('click', () => this.graph.fit());
  }

  async start(): Promise<void> {
    void this.loadTypes();
    await this.render(this.history.state);
  }

  private async loadTypes(): Promise<void> {
    try {
      this.filters.setTypes(await fetchRelationTypes());
      this.filters.show(this.history.state);
    } catch {
      this.filters.failedTypes();
    }
  }

  private openEdge(id: string): void {
    this.focusEvidence = true;
    this.history.navigate({ edge: id });
  }

  private expand(key: string): void {
    const state = this.history.state;
    if (!state.focus) {
      this.history.navigate({ focus: key, expanded: [] });
    } else if (key !== state.focus && !state.expanded.includes(key)) {
      this.selectedNode = key;
      this.history.navigate({ expanded: [...state.expanded, key] });
    }
  }

  private selectNode(key: string): void {
    this.selectedNode = key;
    this.showEntity(this.history.state);
    this.graph.cy.getElementById(key).select();
  }

  private async render(state: ViewState): Promise<void> {
    const generation = ++this.generation;
    this.status.clear();
    this.filters.show(state);
    byId('main').setAttribute('aria-busy', 'true');
    try {
      const view = await loadView(state);
      if (generation !== this.generation) return;
      this.view = view;
      this.draw(state, view);
    } catch (error) {
      if (generation !== this.generation) return;
      this.status.error('The graph could not be loaded', error, () => {
        forgetCache();
        this.history.reload();
      });
    } finally {
      if (generation === this.generation) byId('main').removeAttribute('aria-busy');
    }
    await this.showEvidence(state, generation);
  }

  private draw(state: ViewState, view: LoadedView): void {
    const pathNodes = new Set(view.paths?.flatMap((p) => p.nodes.map((n) => n.key)) ?? []);
    const pathEdges = new Set(view.paths?.flatMap((p) => p.edges.map((e) => e.id)) ?? []);
    this.graph.draw({
      nodes: view.nodes,
      edges: view.edges,
      focus: state.focus,
      expanded: new Set(state.expanded),
      pathNodes,
      pathEdges,
      pathEnds: new Set([state.from, state.to].filter((k): k is string => Boolean(k))),
      selectedEdge: state.edge,
    });
    this.emptyHint.hidden = view.nodes.length > 0;
    this.legend.show(view.nodes, pathEdges.size > 0, state.edge !== null && view.edges.some((e) => e.id === state.edge));
    this.inView.show(view.nodes, view.edges, state.edge);
    this.paths.show(view.from ?? state.from, view.to ?? state.to, state.from && state.to ? view.paths : null);
    this.showEntity(state);

    const focus = view.nodes.find((n) => n.key === state.focus);
    document.title = focus ? `${focus.name} · Graph explorer` : 'Graph explorer';
    if (focus) this.search.show(focus.name);

    const notices: string[] = [];
    if (view.unknown.length) notices.push(`The graph has no entity ${view.unknown.map((k) => `“${k}”`).join(', ')}.`);
    if (view.truncated.length) notices.push(`Only the ${neighbourhoodLimit} closest neighbours of ${view.truncated.length === 1 ? 'one entity are' : `${view.truncated.length} entities are`} drawn.`);
    if (view.hiddenByTime) notices.push(`${view.hiddenByTime} relation(s) outside the time window are hidden.`);
    if (notices.length) this.status.notice(notices.join(' '));
  }

  private showEntity(state: ViewState): void {
    const nodes = this.view?.nodes ?? [];
    const key = nodes.some((n) => n.key === this.selectedNode) ? this.selectedNode : state.focus;
    const entity: EntitySummary | undefined = nodes.find((n) => n.key === key);
    if (!entity) {
      this.entity.hide();
      return;
    }
    const drawn = this.view?.edges.filter((e) => e.subject.key === entity.key || e.object.key === entity.key).length ?? 0;
    this.entity.show(entity, drawn, state.expanded.includes(entity.key) || state.focus === entity.key, state.focus === entity.key);
  }

  private async showEvidence(state: ViewState, generation: number): Promise<void> {
    if (!state.edge) {
      this.evidence.hide();
      return;
    }
    const moveFocus = this.focusEvidence;
    this.focusEvidence = false;
    this.evidence.loading();
    try {
      const relation = await fetchRelation(state.edge, 50);
      if (generation !== this.generation) return;
      if (!relation) this.evidence.missing();
      else this.evidence.show(relation);
      if (moveFocus) this.evidence.focus();
    } catch (error) {
      if (generation !== this.generation) return;
      this.evidence.hide();
      this.status.error('The evidence could not be loaded', error, () => this.history.reload());
    }
  }
}
