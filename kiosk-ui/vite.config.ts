import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Served by the motcua server: /kiosk (index.html), the phone page /t/<code> (track.html), the
// booking pages /book and /book/<code> (book.html),
// built files under /kiosk-assets/.
export default defineConfig(() => {
  return {
    base: '/kiosk-assets/',
    plugins: [react()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'index.html'), track: resolve(import.meta.dirname, 'track.html'), book: resolve(import.meta.dirname, 'book.html') } },
    },
    server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
  };
});
