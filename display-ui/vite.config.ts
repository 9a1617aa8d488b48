import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the motcua server: pages at /display, built files under /display-assets/.
export default defineConfig({
  base: '/display-assets/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true }, '/audio': 'http://localhost:3000' } },
});
