// Procedures and results return through the real server: search without diacritics, a ticket for a
// procedure, the import (one bad row: nothing applied), and return tickets from the demo lookup.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KIOSK_KEY } from '../../server/src/config/demo.ts';
import { login, refusal, send, startServer, type Running } from '../support/server.ts';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const kiosk = DEMO_KIOSK_KEY;
const HEADER = 'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện';
const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n')).toString('base64');
const procedureCount = () => server.store.db.prepare('SELECT count(*) FROM procedures WHERE retired = 0').pluck().get() as number;

describe('GET /api/procedures', () => {
  it('finds a procedure typed without diacritics, by acronym and by code, best first', async () => {
    const { body } = await send(server.url, 'GET /api/procedures', { query: { q: 'ly lich tu phap cong dan' } });
    expect(body.procedures[0]!.name.vi).toBe('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam');
    expect(body.procedures[0]!.departmentCode).toBe('TP');
    const byAcronym = await send(server.url, 'GET /api/procedures', { query: { q: 'LLTP' } });
    expect(byAcronym.body.procedures.map((p) => p.field)).toContain('Lý lịch tư pháp');
    const code = body.procedures[0]!.code;
    expect((await send(server.url, 'GET /api/procedures', { query: { q: code } })).body.procedures[0]!.code).toBe(code);
    const work = await send(server.url, 'GET /api/procedures', { query: { q: 'cap giay phep lao dong' } });
    expect(work.body.procedures[0]!.name.vi).toBe('Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam');
  });

  it('lists the whole catalog of at least 150 real procedures, and one department', async () => {
    const all = await send(server.url, 'GET /api/procedures', { query: { limit: 5000 } });
    expect(all.body.total).toBeGreaterThanOrEqual(150);
    expect(new Set(all.body.procedures.map((p) => p.departmentCode))).toEqual(new Set(['TP', 'YT', 'TNMT', 'LDTBXH']));
    const health = await send(server.url, 'GET /api/procedures', { query: { departmentCode: 'YT', limit: 5 } });
    expect(health.body.procedures).toHaveLength(5);
    expect(health.body.procedures.every((p) => p.departmentCode === 'YT')).toBe(true);
  });
});

describe('POST /api/tickets with a procedure', () => {
  it('issues the ticket of the procedure\'s service, carrying the procedure', async () => {
    const [p] = (await send(server.url, 'GET /api/procedures', { query: { q: 'khai sinh nuoc ngoai' } })).body.procedures;
    const { status, body } = await send(server.url, 'POST /api/tickets', { body: { procedureId: p!.id }, token: kiosk });
    expect(status).toBe(201);
    expect(body).toMatchObject({ serviceId: p!.serviceId, procedureCode: p!.code, procedureName: p!.name, departmentCode: 'TP' });
    expect(server.store.db.prepare('SELECT procedure_code, kind FROM tickets WHERE id = ?').get(body.id)).toEqual({ procedure_code: p!.code, kind: 'submit' });
    const officer = await login(server.url, 'officer01');
    const seen = await send(server.url, 'GET /api/tickets/:id', { params: { id: body.id }, token: officer });
    expect(seen.body.ticket).toMatchObject({ procedureCode: p!.code, procedureName: p!.name });
  });

  it('404s an unknown procedure', async () => {
    const { status, body } = await refusal(server.url, 'POST /api/tickets', { body: { procedureId: 999999 }, token: kiosk });
    expect([status, body.error.code]).toEqual([404, 'unknown_procedure']);
  });
});

describe('POST /api/procedures/import', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await login(server.url, 'admin', 'admin');
  });

  it('rejects a file with one bad row, naming line and column, and applies nothing', async () => {
    const before = procedureCount();
    const content = csv(['1.099001,Thủ tục thử một,Hộ tịch,Sở Tư pháp', '1.099002,Thủ tục thử hai,Hộ tịch,Sở Xây dựng', '1.099003,Thủ tục thử ba,Dược phẩm,Sở Y tế']);
    const { body } = await send(server.url, 'POST /api/procedures/import', { body: { format: 'csv', content, apply: true }, token: admin });
    expect(body.applied).toBe(false);
    expect(body.errors).toEqual([expect.objectContaining({ line: 3, column: 'Cơ quan thực hiện' })]);
    expect(procedureCount()).toBe(before);
  });

  it('previews, then applies an XLSX export; the new procedure is found at once', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('TTHC');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['1.099010', 'Cấp giấy phép thử nghiệm nhập khẩu', 'Dược phẩm', 'Sở Y tế']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await send(server.url, 'POST /api/procedures/import', { body: { format: 'xlsx', content, apply: false }, token: admin });
    expect(preview.body).toMatchObject({ applied: false, added: 1, errors: [], changes: [expect.objectContaining({ code: '1.099010', departmentCode: 'YT', serviceCode: 'DP' })] });
    expect((await send(server.url, 'GET /api/procedures', { query: { q: '1.099010' } })).body.total).toBe(0);
    const applied = await send(server.url, 'POST /api/procedures/import', { body: { format: 'xlsx', content, apply: true }, token: admin });
    expect(applied.body.applied).toBe(true);
    expect((await send(server.url, 'GET /api/procedures', { query: { q: 'giay phep thu nghiem nhap khau' } })).body.procedures[0]!.code).toBe('1.099010');
  });

  it('exports the catalog in the configuration file; a configuration imported with a new procedure is searched at once', async () => {
    const config = (await send(server.url, 'GET /api/admin/config', { token: admin })).body;
    expect(config.procedures!.length).toBe(procedureCount());
    const added = { code: '1.099020', name: { vi: 'Thủ tục mới từ tệp cấu hình', en: 'A new procedure from the configuration file' }, field: 'Hộ tịch', department: 'TP', service: 'HT', kind: 'guidance' as const };
    await send(server.url, 'POST /api/admin/config', { body: { ...config, procedures: [...config.procedures!, added] }, token: admin });
    const found = await send(server.url, 'GET /api/procedures', { query: { q: 'thu tuc moi tu tep cau hinh' } });
    expect(found.body.procedures[0]).toMatchObject({ code: '1.099020', kind: 'guidance' });
  });

  it('400s a file that is not a workbook', async () => {
    const { status, body } = await refusal(server.url, 'POST /api/procedures/import', { body: { format: 'xlsx', content: csv([]), apply: false }, token: admin });
    expect([status, body.error.code]).toEqual([400, 'bad_import_file']);
  });
});

describe('POST /api/tickets/return with the demo lookup', () => {
  it('gives a return ticket for a ready dossier from the scanned QR, never keeping the citizen ID', async () => {
    const qr = '000.00.12.H59-260105-0001|2.000407|079123456789|05/01/2026';
    const { status, body } = await send(server.url, 'POST /api/tickets/return', { body: { qr }, token: kiosk });
    expect(status).toBe(201);
    expect(body).toMatchObject({ dossierCode: '000.00.12.H59-260105-0001', procedureCode: '2.000407', departmentCode: 'TP' });
    expect(JSON.stringify(server.store.db.prepare('SELECT * FROM tickets WHERE id = ?').get(body.id))).not.toContain('079123456789');
    expect(server.store.db.prepare('SELECT kind FROM tickets WHERE id = ?').pluck().get(body.id)).toBe('return');
    const officer = await login(server.url, 'officer01');
    const seen = await send(server.url, 'GET /api/tickets/:id', { params: { id: body.id }, token: officer });
    expect(seen.body.ticket.dossierCode).toBe('000.00.12.H59-260105-0001');
    // The same receipt scanned again: the ticket it already has, no second place in line.
    const again = await send(server.url, 'POST /api/tickets/return', { body: { dossierCode: '000.00.12.H59-260105-0001' }, token: kiosk });
    expect(again.body).toMatchObject({ id: body.id, number: body.number, print: { status: 'none' } });
  });

  it('refuses a dossier not ready with its due date, unknown and malformed codes', async () => {
    const notReady = await refusal(server.url, 'POST /api/tickets/return', { body: { dossierCode: '000.00.12.h59-260105-0002' }, token: kiosk });
    expect(notReady.status).toBe(409);
    expect(notReady.body.error).toMatchObject({ code: 'result_not_ready', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const [y, m, d] = notReady.body.error.dueDate!.split('-');
    expect(notReady.body.error.messageVi).toContain(`${d}/${m}/${y}`);
    const unknown = await refusal(server.url, 'POST /api/tickets/return', { body: { dossierCode: '000.00.12.H59-260105-0404' }, token: kiosk });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'dossier_not_found']);
    const malformed = await refusal(server.url, 'POST /api/tickets/return', { body: { qr: 'xin chao' }, token: kiosk });
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'bad_dossier_code']);
    const returned = await refusal(server.url, 'POST /api/tickets/return', { body: { dossierCode: '000.00.12.H59-260105-0004' }, token: kiosk });
    expect(returned.body.error.code).toBe('result_already_returned');
  });
});

describe('reports by kind of visit and by procedure', () => {
  it('count the tickets of each kind and the procedures most asked for', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const supervisor = await login(server.url, 'supervisor');
    const { body } = await send(server.url, 'GET /api/reports', { query: { from: today, to: today }, token: supervisor });
    const issued = Object.fromEntries(body.kinds.map((k) => [k.code, k.issued]));
    expect(issued).toMatchObject({ submit: 1, return: 1, guidance: 0, service: 0 });
    expect(body.kinds.find((k) => k.code === 'return')!.label).toEqual({ vi: 'Nhận kết quả', en: 'Collect a result' });
    expect(body.procedures.map((p) => p.code)).toEqual(expect.arrayContaining(['2.000407']));
    expect(body.procedures.length).toBeLessThanOrEqual(20);
  });
});
