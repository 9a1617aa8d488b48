import { conflict } from './errors.ts';

export interface NumberBlock { start: number; end: number }

/**
 * The next ticket number of a department's block: one after the last issued today (the block's
 * start on a new day), wrapping at the block's end and skipping numbers still live.
 */
export function nextNumber(lastIssued: number | null, block: NumberBlock, isLive: (n: number) => boolean): number {
  const size = block.end - block.start + 1;
  const first = lastIssued === null || lastIssued < block.start || lastIssued >= block.end ? block.start : lastIssued + 1;
  for (let i = 0; i < size; i++) {
    const candidate = block.start + ((first - block.start + i) % size);
    if (!isLive(candidate)) return candidate;
  }
  throw conflict('block_exhausted', `Every number from ${block.start} to ${block.end} is in use today. Close or finish waiting tickets, or widen the department's number block.`, `Tất cả các số từ ${block.start} đến ${block.end} đều đang được sử dụng hôm nay. Vui lòng báo cán bộ hướng dẫn.`);
}

export function assertBlock(block: NumberBlock): void {
  if (!Number.isInteger(block.start) || !Number.isInteger(block.end) || block.start < 1 || block.end < block.start || block.end > 99999) {
    throw new RangeError(`invalid number block ${block.start}–${block.end}`);
  }
}
