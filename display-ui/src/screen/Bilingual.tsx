// Small pieces the screen parts share: a label in both languages (Vietnamese, then English in a
// smaller, quieter line or span) and the sizing of ticket numbers to their box.
import type { LocalizedText } from '@motcua/protocol';
import type { CSSProperties } from 'react';

export function Bilingual({ text, block = false }: { text: LocalizedText; block?: boolean }) {
  const Tag = block ? 'div' : 'span';
  return (
    <>
      <Tag className="vi" lang="vi">{text.vi}</Tag>
      {block ? null : ' '}
      <Tag className="en" lang="en">{text.en}</Tag>
    </>
  );
}

/** The CSS variable that sizes a ticket number to its box (see .counter-number in style.css). */
export function digits(number: string): CSSProperties {
  return { '--digits': Math.max(number.length, 4) } as CSSProperties;
}
