// A thread of the render pool (pool.ts): draws a ticket with @napi-rs/canvas and encodes it to
// ESC/POS, off the event loop of the server or the device agent. piscina loads this file as
// TypeScript (through tsx) or, once the server is compiled, as its JavaScript sibling.
import type { TicketPrintContent } from '@motcua/protocol';
import { encodeTicket } from '../escpos/encode.ts';
import { renderTicket } from '../ticket/render.ts';
import { lowerThreadPriority } from '../thread-entry.ts';
import { NICE_INCREMENT } from './pool.ts';
import type { PaperWidth, Raster } from '../ticket/types.ts';

let niced = false;
/** See NICE_INCREMENT. */
function lowerPriority(): void {
  if (niced) return;
  niced = true;
  lowerThreadPriority(NICE_INCREMENT);
}

/** Makes a job fail on purpose (tests only): `throw` a render error, or `exit` the thread in the middle of the job. */
export type TestFault = 'throw' | 'exit';

export interface RenderTask {
  content: TicketPrintContent;
  width: PaperWidth;
  testFault?: TestFault;
}

/** What a printer and the file printer need of a ticket: its PNG preview and its ESC/POS bytes. */
export interface RenderedJob {
  png: Buffer;
  escpos: Buffer;
}

/** Renders and encodes a ticket in this thread (the pool's job, and test helpers that need the raster too). */
export function renderJob(content: TicketPrintContent, width: PaperWidth): RenderedJob & { raster: Raster } {
  const { png, raster } = renderTicket(content, { width });
  return { png, escpos: encodeTicket(raster), raster };
}

/** The pool's job (only pool threads run it: the first one lowers its thread's priority). */
export default function render(task: RenderTask): RenderedJob {
  lowerPriority();
  if (task.testFault === 'throw') throw new Error(`test fault: rendering ticket ${task.content.number} failed on purpose`);
  if (task.testFault === 'exit') process.exit(70);
  const { png, escpos } = renderJob(task.content, task.width);
  return { png, escpos };
}
