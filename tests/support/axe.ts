// axe-core (its npm package) injected into a Chromium page: the serious and critical accessibility
// faults it finds, and a readable line per fault (rule, impact, element) for a failing test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFault { id: string; impact: string; help: string; targets: string[]; summary: string }

interface AxeResult { violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }

/**
 * Runs axe-core on the page as it is now (WCAG 2.x A/AA and best practices) and answers its
 * serious and critical violations. Injected through the DevTools protocol, so the page's Content
 * Security Policy does not stop it.
 */
export async function seriousFaults(page: Page): Promise<AxeFault[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  }) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '',
    }));
}

/** The faults as lines a person can act on: `rule (impact): help — elements`. */
export function describeFaults(where: string, faults: AxeFault[]): string {
  if (faults.length === 0) return `${where}: no serious or critical fault`;
  const lines = faults.map((f) => {
    const shown = f.targets.slice(0, 5).join(', ') + (f.targets.length > 5 ? `, … (${f.targets.length} in all)` : '');
    return `  ${f.id} (${f.impact}): ${f.help} — ${shown}\n    ${f.summary}`;
  });
  return `${where}: ${faults.length} serious/critical axe-core rule(s) broken\n${lines.join('\n')}`;
}

/** Fails with the readable list when axe-core finds a serious or critical fault on the page. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const faults = await seriousFaults(page);
  if (faults.length > 0) throw new Error(describeFaults(where, faults));
}
