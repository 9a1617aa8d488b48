// A QR code drawn as one SVG path: crisp at any size (set by CSS), no canvas, no data URL.
import QRCode from 'qrcode';
import { useMemo } from 'react';

export function Qr({ text, label }: { text: string; label: string }) {
  const { path, modules } = useMemo(() => {
    const { modules: m } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < m.size; row++) {
      for (let col = 0; col < m.size; col++) if (m.get(row, col)) d += `M${col} ${row}h1v1h-1z`;
    }
    return { path: d, modules: m.size };
  }, [text]);
  const quiet = 3;
  return (
    <svg className="qr" viewBox={`${-quiet} ${-quiet} ${modules + 2 * quiet} ${modules + 2 * quiet}`}
      role="img" aria-label={label} shapeRendering="crispEdges">
      <rect x={-quiet} y={-quiet} width={modules + 2 * quiet} height={modules + 2 * quiet} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
