// Key names of the Keyboard/Keypad usage page (0x07) of the USB HID Usage Tables: the keys call
// keypads and rating boxes send. Configuration names keys by these names (or by a raw usage code
// such as "0x59"), so a keymap reads like the keypad's labels.

const NAMED: Record<string, number> = {
  Enter: 0x28, Escape: 0x29, Backspace: 0x2a, Tab: 0x2b, Space: 0x2c,
  '-': 0x2d, '=': 0x2e, '.': 0x37, '/': 0x38,
  NumLock: 0x53,
  KP_Divide: 0x54, KP_Multiply: 0x55, KP_Subtract: 0x56, KP_Add: 0x57, KP_Enter: 0x58,
  KP_0: 0x62, KP_Decimal: 0x63, KP_00: 0xb0, KP_000: 0xb1, KP_Backspace: 0xbb,
};
// Main-row digits 1–9 then 0 are 0x1e–0x27; keypad 1–9 are 0x59–0x61; F1–F12 are 0x3a–0x45.
for (let d = 1; d <= 9; d += 1) {
  NAMED[String(d)] = 0x1e + d - 1;
  NAMED[`KP_${d}`] = 0x59 + d - 1;
}
NAMED['0'] = 0x27;
for (let f = 1; f <= 12; f += 1) NAMED[`F${f}`] = 0x3a + f - 1;

const NAMES = new Map(Object.entries(NAMED).map(([name, usage]) => [usage, name]));

/** The usage code of a key name ("KP_Enter", "F1", "5") or of a raw code ("0x58", 88); undefined if neither. */
export function usageOf(key: string | number): number | undefined {
  if (typeof key === 'number') return Number.isInteger(key) && key > 0x03 && key <= 0xff ? key : undefined;
  if (/^0x[0-9a-f]{1,2}$/i.test(key)) return usageOf(Number.parseInt(key, 16));
  return NAMED[key];
}

/** The name of a usage code for log lines: "KP_Enter", or "0x04" for a key without a name here. */
export function keyName(usage: number): string {
  return NAMES.get(usage) ?? `0x${usage.toString(16).padStart(2, '0')}`;
}
