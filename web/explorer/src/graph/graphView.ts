/**
 * The interactive drawing (cytoscape): it shows a {@link GraphModel} and reports clicks. It keeps the positions of
 * nodes already drawn and lays out again only when nodes come or go, so expanding a node does not scramble the view.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { EntitySummary, RelationSummary } from '../api/queries';
import { graphStyle } from './graphStyle';

/** The largest zoom a layout leaves: labels at about 1.3× their set size. */
const readableZoom = 1.3;

export interface GraphModel {
  nodes: EntitySummary[];
  edges: RelationSummary[];
  focus: string | null;
  expanded: ReadonlySet<string>;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  pathEnds: ReadonlySet<string>;
  selectedEdge: string | null;
}

export interface GraphViewEvents {
  /** A node was clicked (or tapped). */
  selectNode(key: string): void;
  /** A node was double-clicked: expand it. */
  expandNode(key: string): void;
  /** An edge was clicked: show its evidence. */
  selectEdge(id: string): void;
}

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: graphStyle,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => events.selectNode(event.target.id() as string));
    this.cy.on('dbltap', 'node', (event) => events.expandNode(event.target.id() as string));
    this.cy.on('tap', 'edge', (event) => events.selectEdge(event.target.id() as string));
  }

  draw(model: GraphModel): void {
    const cy = this.cy;
    const wanted = new Set<string>([...model.nodes.map((n) => n.key), ...model.edges.map((e) => e.id)]);
    let changed = false;
    cy.batch(() => {
      cy.elements().forEach((element) => {
        if (!wanted.has(element.id())) {
          element.remove();
          changed = true;
        }
      });
      const added: ElementDefinition[] = [];
      for (const node of model.nodes) {
        if (cy.getElementById(node.key).nonempty()) continue;
        added.push({ group: 'nodes', data: { id: node.key, name: node.name, type: node.type, weight: node.mentionCount }, position: this.startPosition(node.key, model.edges) });
      }
      for (const edge of model.edges) {
        if (cy.getElementById(edge.id).nonempty()) continue;
        added.push({ group: 'edges', data: { id: edge.id, source: edge.subject.key, target: edge.object.key, type: edge.type, support: edge.support } });
      }
      if (added.length) {
        cy.add(added);
        changed = true;
      }
      cy.nodes().forEach((node) => {
        const key = node.id();
        node.toggleClass('focus', key === model.focus);
        node.toggleClass('expanded', model.expanded.has(key));
        node.toggleClass('path-end', model.pathEnds.has(key));
      });
      cy.edges().forEach((edge) => {
        const id = edge.id();
        const relation = model.edges.find((e) => e.id === id);
        edge.toggleClass('symmetric', relation?.symmetric ?? false);
        edge.toggleClass('path', model.pathEdges.has(id));
        edge.toggleClass('selected', id === model.selectedEdge);
      });
    });
    if (changed) this.layout();
  }

  /** Frames the whole drawing again. */
  fit(): void {
    this.cy.fit(undefined, 50);
    if (this.cy.zoom() > readableZoom) {
      this.cy.zoom(readableZoom);
      this.cy.center();
    }
  }

  /** A new node starts beside a drawn neighbour, so the layout only has to nudge it. */
  private startPosition(key: string, edges: RelationSummary[]): { x: number; y: number } {
    for (const edge of edges) {
      const other = edge.subject.key === key ? edge.object.key : edge.object.key === key ? edge.subject.key : null;
      const drawn = other ? this.cy.getElementById(other) : null;
      if (drawn && drawn.nonempty()) {
        const at = drawn.position();
        const angle = (hash(key) % 360) * (Math.PI / 180);
        return { x: at.x + 80 * Math.cos(angle), y: at.y + 80 * Math.sin(angle) };
      }
    }
    return { x: hash(key) % 400, y: hash(`${key}#`) % 400 };
  }

  private layout(): void {
    if (this.cy.nodes().empty()) return;
    this.cy
      .layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit: true,
        padding: 50,
        nodeRepulsion: () => 400000,
        idealEdgeLength: () => 100,
        edgeElasticity: () => 100,
        nodeOverlap: 20,
        gravity: 80,
        numIter: 1000,
      })
      .run();
    // A handful of nodes would otherwise be blown up to fill the screen; keep them at a readable size.
    if (this.cy.zoom() > readableZoom) {
      this.cy.zoom(readableZoom);
      this.cy.center();
    }
  }
}

/** A small stable hash: the same key starts at the same place on every load, so a shared view looks alike. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
