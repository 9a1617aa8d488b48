// The rating faces, drawn (no emoji font needed), on the ladder of the official 5-level scale:
// 5 rất hài lòng … 1 rất không hài lòng. A score of the 4-level scale (4 rất hài lòng … 1 không hài
// lòng) takes the face of the same words (4 → 5, 1 → 2).
import type { RatingScale, RatingScore } from '@motcua/protocol';

const FACE: Record<RatingScore, { color: string; mouth: string; open?: boolean }> = {
  5: { color: '#1b8a3a', mouth: 'M28 58 Q50 92 72 58 Z', open: true },
  4: { color: '#6aa51c', mouth: 'M33 64 Q50 76 67 64' },
  3: { color: '#d99a00', mouth: 'M33 67 L67 67' },
  2: { color: '#c62828', mouth: 'M32 72 Q50 56 68 72' },
  1: { color: '#8e1010', mouth: 'M30 76 Q50 50 70 76' },
};

export function Face({ score, scale, size = 96 }: { score: RatingScore; scale: RatingScale; size?: number }) {
  const { color, mouth, open } = FACE[scale === 4 ? ((score + 1) as RatingScore) : score];
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true">
      <circle cx="50" cy="50" r="46" fill={color} />
      <circle cx="35" cy="40" r="6" fill="#fff" />
      <circle cx="65" cy="40" r="6" fill="#fff" />
      <path d={mouth} stroke="#fff" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" fill={open ? '#fff' : 'none'} />
    </svg>
  );
}
