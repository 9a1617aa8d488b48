// A short label that may need two lines on a button: it breaks after a comma or a slash, between
// its phrases ("Chữ lớn, / rõ nét", "Gọi nhân viên / / Call staff"), never inside one.
import { Fragment } from 'react';

export function Phrases({ text }: { text: string }) {
  return text.split(/(?<=[,/]) /).map((phrase, i) => (
    <Fragment key={i}>{i > 0 && ' '}<span className="phrase">{phrase}</span></Fragment>
  ));
}
