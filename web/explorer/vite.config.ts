import { defineConfig } from 'vite';

// Built into dist/, which the Cli build copies beside graph.dll (folder "explorer") for `graph serve` to serve at /.
// Assets get content hashes in their names, so the server may cache them forever; index.html is never cached.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // cytoscape alone is ~450 kB minified; one chunk is fine for a page served from the same machine.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    // `npm run dev` proxies the API to a running `graph serve` (default port).
    proxy: { '/graphql': process.env.GRAPH_URL ?? 'http://127.0.0.1:5000' },
  },
});
