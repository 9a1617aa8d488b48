// A form field that does not fit (required, pattern, min, max…) is explained by the browser in the
// browser's own language, often English on an office PC whatever the page says. `validityMessages`
// gives a <form> the words in the page's language; typing in the field clears them.
import { NOT_BLANK_PATTERN } from '@motcua/protocol';
import type { FormEvent } from 'react';
import type { LangValue } from './lang.tsx';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** For a required text field: the server's rule for names (something other than spaces), as an HTML pattern (which must match the whole value). */
export const NOT_BLANK = `.*${NOT_BLANK_PATTERN}.*`;

/** Why `field` does not fit, in the page's language ('' when it fits). A pattern is explained by the field's `title`. */
function fieldProblem(field: Field, t: LangValue['t']): string {
  const v = field.validity;
  const input = field instanceof HTMLInputElement ? field : null;
  if (v.valueMissing) {
    if (field instanceof HTMLSelectElement) return t('Vui lòng chọn một mục.', 'Please choose one.');
    if (input?.type === 'checkbox') return t('Vui lòng đánh dấu ô này.', 'Please tick this box.');
    return t('Vui lòng điền ô này.', 'Please fill in this field.');
  }
  if (v.patternMismatch) {
    if (field.value.trim() === '') return t('Vui lòng điền ô này: chỉ có dấu cách là chưa đủ.', 'Please fill in this field: spaces alone are not enough.');
    return field.title ? `${t('Chưa đúng dạng', 'Not in the expected form')}: ${field.title}` : t('Chưa đúng dạng yêu cầu.', 'Not in the expected form.');
  }
  if (v.tooShort && input) return t(`Cần ít nhất ${input.minLength} ký tự (hiện có ${input.value.length}).`, `At least ${input.minLength} characters (${input.value.length} now).`);
  if (v.rangeUnderflow && input) return t(`Nhỏ nhất là ${input.min}.`, `The least allowed is ${input.min}.`);
  if (v.rangeOverflow && input) return t(`Lớn nhất là ${input.max}.`, `The most allowed is ${input.max}.`);
  if (v.stepMismatch && input) {
    const step = input.step || '1';
    return step === '1' ? t('Hãy nhập một số nguyên.', 'Enter a whole number.') : t(`Hãy nhập bội số của ${step}.`, `Enter a multiple of ${step}.`);
  }
  if (v.badInput) return input?.type === 'number' ? t('Hãy nhập một số.', 'Enter a number.') : t('Giá trị chưa hợp lệ.', 'This value is not valid.');
  if (v.valid) return '';
  return t('Giá trị chưa hợp lệ.', 'This value is not valid.');
}

const asField = (target: EventTarget): Field | null =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement ? target : null;

/** Props for a <form>: each field that does not fit says why in the page's language (`<form {...validityMessages(t)}>`). */
export function validityMessages(t: LangValue['t']): { onInvalidCapture(e: FormEvent<HTMLFormElement>): void; onInputCapture(e: FormEvent<HTMLFormElement>): void } {
  return {
    onInvalidCapture: (e) => {
      const field = asField(e.target);
      if (!field) return;
      field.setCustomValidity('');
      field.setCustomValidity(fieldProblem(field, t));
    },
    onInputCapture: (e) => asField(e.target)?.setCustomValidity(''),
  };
}
