// Before any test: build the UIs whose sources changed, so browser tests see the current code.
// MOTCUA_SKIP_UI_BUILD=1 skips it, for quick runs of tests that open no page.
// @ts-expect-error plain ESM helper shared with `npm start`
import { buildStaleUis } from '../../server/scripts/ui-build.mjs';

export default function setup(): void {
  if (process.env.MOTCUA_SKIP_UI_BUILD === '1') return;
  (buildStaleUis as (log: (line: string) => void) => string[])(() => {});
}
