/** How cytoscape draws the graph: entity types by colour, focus and expanded nodes by border, evidence and paths by edge colour. */
import type { StylesheetJson } from 'cytoscape';
import { typeColour } from '../ui/format';

const accent = '#ea580c';
const path = '#dc2626';

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'background-color': (node) => typeColour(node.data('type') as string),
      width: 'mapData(weight, 0, 20, 22, 46)',
      height: 'mapData(weight, 0, 20, 22, 46)',
      color: '#0f172a',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.expanded', style: { 'border-color': '#0f172a', 'border-style': 'dashed', 'border-width': 3 } },
  { selector: 'node.focus', style: { 'border-color': '#0f172a', 'border-width': 4, 'font-weight': 'bold', 'font-size': 14 } },
  { selector: 'node.path-end', style: { 'border-color': path, 'border-width': 4 } },
  { selector: 'node:selected', style: { 'overlay-color': accent, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      label: 'data(type)',
      width: 'mapData(support, 1, 10, 1.5, 6)',
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 10,
      color: '#334155',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge.path', style: { 'line-color': path, 'target-arrow-color': path, width: 4, color: path } },
  { selector: 'edge.selected', style: { 'line-color': accent, 'target-arrow-color': accent, width: 5, color: accent, 'font-weight': 'bold' } },
];
