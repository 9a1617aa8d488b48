// The four rating faces, drawn (no emoji font needed): 4 rất hài lòng … 1 không hài lòng.
import type { RatingScore } from '@motcua/protocol';

export const SCORES: RatingScore[] = [4, 3, 2, 1];

const FACE: Record<RatingScore, { color: string; mouth: string; open?: boolean }> = {
  4: { color: '#1b8a3a', mouth: 'M28 58 Q50 92 72 58 Z', open: true },
  3: { color: '#6aa51c', mouth: 'M33 64 Q50 76 67 64' },
  2: { color: '#d99a00', mouth: 'M33 67 L67 67' },
  1: { color: '#c62828', mouth: 'M32 72 Q50 56 68 72' },
};

export function Face({ score, size = 96 }: { score: RatingScore; size?: number }) {
  const { color, mouth, open } = FACE[score];
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true">
      <circle cx="50" cy="50" r="46" fill={color} />
      <circle cx="35" cy="40" r="6" fill="#fff" />
      <circle cx="65" cy="40" r="6" fill="#fff" />
      <path d={mouth} stroke="#fff" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" fill={open ? '#fff' : 'none'} />
    </svg>
  );
}
