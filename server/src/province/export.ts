// The province report as a file: one row per site and department, per site, and the province
// total. CSV (UTF-8 with BOM, waits in seconds) or XLSX (waits in minutes).
import type { ProvinceStats } from '@motcua/protocol';
import { csvTable } from '../services/reports.ts';

type Row = [string, string, string, number, number, number, number | null, number | null];

const HEAD = ['Mã điểm / Site', 'Tên điểm / Name', 'Đơn vị / Department', 'Số phát ra / Issued', 'Đã phục vụ / Served', 'Vắng mặt / No-show'];

function rows(stats: ProvinceStats): Row[] {
  const out: Row[] = [];
  for (const s of stats.sites) {
    for (const d of s.departments) out.push([s.code, s.name, d.code, d.issued, d.served, d.noShow, d.waitP50, d.waitP90]);
    out.push([s.code, s.name, 'Cả điểm / All', s.issued, s.served, s.noShow, s.waitP50, s.waitP90]);
  }
  const t = stats.total;
  out.push(['Tỉnh / Province', '', '', t.issued, t.served, t.noShow, t.waitP50, t.waitP90]);
  return out;
}

export function provinceCsv(stats: ProvinceStats): string {
  const head = [...HEAD, 'Chờ P50 / Wait P50 (giây / s)', 'Chờ P90 / Wait P90 (giây / s)'];
  return `\uFEFF${csvTable([[`Báo cáo toàn tỉnh / Province report ${stats.from} – ${stats.to}`], head, ...rows(stats)])}\r\n`;
}

export async function provinceXlsx(stats: ProvinceStats): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  const sheet = wb.addWorksheet('Toàn tỉnh');
  sheet.addRow([`Báo cáo toàn tỉnh / Province report ${stats.from} – ${stats.to}`]).font = { bold: true, size: 14 };
  sheet.addRow([...HEAD, 'Chờ P50 / Wait P50 (phút / min)', 'Chờ P90 / Wait P90 (phút / min)']).font = { bold: true };
  for (const r of rows(stats)) {
    const row = sheet.addRow([...r.slice(0, 6), ...r.slice(6).map((v) => (v === null ? null : (v as number) / 60))]);
    row.getCell(7).numFmt = '0.0';
    row.getCell(8).numFmt = '0.0';
  }
  sheet.columns.forEach((col, i) => {
    col.width = i === 1 ? 40 : 16;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
