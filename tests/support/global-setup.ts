// Before any test: build the UIs whose sources changed, so browser tests see the current code.
// @ts-expect-error plain ESM helper shared with `npm start`
import { buildStaleUis } from '../../server/scripts/ui-build.mjs';

export default function setup(): void {
  (buildStaleUis as (log: (line: string) => void) => string[])(() => {});
}
