import './styles.css';
import { Explorer } from './app/explorer';

const explorer = new Explorer();
// A handle for the browser console and for the end-to-end tests, which click on the canvas where cytoscape drew
// a node or an edge (cytoscape draws on a canvas, so there is no element to click).
(window as unknown as { graphExplorer: { cy: unknown } }).graphExplorer = { cy: explorer.graph.cy };
void explorer.start();
