// Renders the sample tickets to PNG files for a look, and times render + encode.
// Usage: npx tsx drivers/scripts/sample-tickets.ts [outDir=/tmp]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeTicket } from '../src/escpos/encode.ts';
import { renderTicket } from '../src/ticket/render.ts';
import type { PaperWidth } from '../src/ticket/types.ts';
import { justiceTicket, labourTicket } from '../src/testing/index.ts';

const outDir = process.argv[2] ?? '/tmp';
const samples = { justice: justiceTicket, labour: labourTicket, 'labour-en': { ...labourTicket, lang: 'en' as const } };

for (const [name, ticket] of Object.entries(samples)) {
  for (const width of [576, 384] as PaperWidth[]) {
    const file = join(outDir, `ticket-${name}${width === 576 ? '' : '-58mm'}.png`);
    const { png, raster } = renderTicket(ticket, { width });
    writeFileSync(file, png);
    console.log(`${file}: ${raster.width}×${raster.height} dots, ${png.length} bytes PNG, ${encodeTicket(raster).length} bytes ESC/POS`);
  }
}

// wall time suffers when other processes share the cores; CPU time says what a ticket costs
const runs = 100;
const times: number[] = [];
const cpuBefore = process.cpuUsage();
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  encodeTicket(renderTicket({ ...justiceTicket, number: String(1000 + i) }).raster);
  times.push(performance.now() - started);
}
const cpu = process.cpuUsage(cpuBefore);
times.sort((a, b) => a - b);
const at = (q: number): string => (times[Math.floor(q * (runs - 1))] ?? 0).toFixed(1);
console.log(`render + encode over ${runs} tickets: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms wall; ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms CPU each`);
