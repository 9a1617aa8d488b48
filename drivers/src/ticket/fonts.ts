import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/** Family name the ticket is drawn with. Only the files below carry it, so no system font can stand in. */
export const TICKET_FONT_FAMILY = 'Motcua Ticket Sans';

const FONT_FILES = [
  '@expo-google-fonts/be-vietnam-pro/500Medium/BeVietnamPro_500Medium.ttf',
  '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
];

let registered = false;

/** Registers Be Vietnam Pro (medium, which stays legible thresholded to 1 bit, and bold) by file path, once per process. */
export function ensureTicketFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of FONT_FILES) {
    const path = require.resolve(file);
    if (!GlobalFonts.registerFromPath(path, TICKET_FONT_FAMILY)) {
      throw new Error(`cannot register ticket font ${path}`);
    }
  }
  registered = true;
}
