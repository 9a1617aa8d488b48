// Kiosk search latency at 1,500 procedures, in Chromium: a real server with the generated catalog,
// the kiosk page at 1080×1920, and words typed on its on-screen keyboard one key at a time. Each
// figure is the time from the key's click to the next animation frame after the results for the
// new query are in the page (the search runs in the page, over the whole catalog). Issue 13 asks
// for the first results within 50 ms of a key press.
// @ts-expect-error plain ESM helper shared with `npm start`
import { buildStaleUis } from '../../server/scripts/ui-build.mjs';
import { scaleProcedures } from '../../server/src/config/demo-procedures.ts';
import { launchBrowser, openPage, VIEWPORTS } from '../support/browser.ts';
import { demo, startServer } from '../support/server.ts';
import { quantile, round } from './stats.ts';

export const SEARCH_PROCEDURES = 1500;
/** What citizens type: words without diacritics, a code, an acronym; each typed key by key. */
const QUERIES = ['ly lich tu phap', 'giay phep lao dong', 'dat dai', 'khai sinh', '2.000407', 'lltp'];

export interface KioskSearchLatency { procedures: number; keys: number; p50_ms: number; p95_ms: number; max_ms: number }

/** Types every query on the kiosk's keyboard and times each key until its results are on screen. */
export async function kioskSearchLatency(log: (line: string) => void): Promise<KioskSearchLatency> {
  (buildStaleUis as (log: (line: string) => void) => string[])(log);
  const [server, browser] = await Promise.all([
    startServer({ config: () => ({ ...demo(), procedures: scaleProcedures(SEARCH_PROCEDURES) }) }),
    launchBrowser(),
  ]);
  try {
    const page = await openPage(browser, `${server.url}/kiosk?key=demo-kiosk`, VIEWPORTS.kiosk);
    await page.locator('[data-screen=home] .search-button').click();
    await page.locator('.kiosk[data-screen=search] .results[data-ready]').waitFor();
    // tsx (esbuild) wraps named inner functions in __name(), which the page lacks: a no-op one.
    await page.evaluate('window.__name = (f) => f');
    const times: number[] = [];
    for (const query of QUERIES) {
      await page.locator('.keyboard [data-key=clear]').click();
      times.push(...await page.evaluate(typeAndTime, query));
    }
    const result = { procedures: SEARCH_PROCEDURES, keys: times.length, p50_ms: round(quantile(times, 0.5)), p95_ms: round(quantile(times, 0.95)), max_ms: round(Math.max(...times)) };
    log(`kiosk search at ${SEARCH_PROCEDURES} procedures in Chromium: key → results p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms, max ${result.max_ms} ms over ${result.keys} keys (target: first results ≤ 50 ms)`);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** In the page: clicks the key of each character, resolving at the first frame after `.results` shows that query. */
async function typeAndTime(query: string): Promise<number[]> {
  const results = document.querySelector<HTMLElement>('.results')!;
  const times: number[] = [];
  let typed = '';
  for (const ch of query) {
    typed += ch;
    const key = document.querySelector<HTMLButtonElement>(`.keyboard [data-key="${ch === ' ' ? 'space' : ch}"]`)!;
    const started = performance.now();
    const shown = new Promise<number>((resolve) => {
      const check = () => {
        if (results.dataset.query !== typed) return false;
        requestAnimationFrame(() => resolve(performance.now() - started));
        return true;
      };
      const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
      observer.observe(results, { attributes: true, attributeFilter: ['data-query'] });
    });
    key.click();
    times.push(await shown);
  }
  return times;
}
