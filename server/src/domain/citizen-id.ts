// The citizen's identity number (CCCD, 12 digits: the 3-digit province code of the place of birth
// registration, a century-and-sex digit, two digits of the birth year, six random digits) and a
// Vietnamese mobile number, checked with messages a citizen understands. Pure.
import { invalid } from './errors.ts';

/**
 * The 63 province codes of the CCCD number as the Ministry of Public Security published them
 * (Circular 07/2016/TT-BCA, kept by Circular 59/2021/TT-BCA), before the 2025 merger of provinces.
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội', '002': 'Hà Giang', '004': 'Cao Bằng', '006': 'Bắc Kạn', '008': 'Tuyên Quang', '010': 'Lào Cai',
  '011': 'Điện Biên', '012': 'Lai Châu', '014': 'Sơn La', '015': 'Yên Bái', '017': 'Hòa Bình', '019': 'Thái Nguyên',
  '020': 'Lạng Sơn', '022': 'Quảng Ninh', '024': 'Bắc Giang', '025': 'Phú Thọ', '026': 'Vĩnh Phúc', '027': 'Bắc Ninh',
  '030': 'Hải Dương', '031': 'Hải Phòng', '033': 'Hưng Yên', '034': 'Thái Bình', '035': 'Hà Nam', '036': 'Nam Định',
  '037': 'Ninh Bình', '038': 'Thanh Hóa', '040': 'Nghệ An', '042': 'Hà Tĩnh', '044': 'Quảng Bình', '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế', '048': 'Đà Nẵng', '049': 'Quảng Nam', '051': 'Quảng Ngãi', '052': 'Bình Định', '054': 'Phú Yên',
  '056': 'Khánh Hòa', '058': 'Ninh Thuận', '060': 'Bình Thuận', '062': 'Kon Tum', '064': 'Gia Lai', '066': 'Đắk Lắk',
  '067': 'Đắk Nông', '068': 'Lâm Đồng', '070': 'Bình Phước', '072': 'Tây Ninh', '074': 'Bình Dương', '075': 'Đồng Nai',
  '077': 'Bà Rịa – Vũng Tàu', '079': 'Hồ Chí Minh', '080': 'Long An', '082': 'Tiền Giang', '083': 'Bến Tre', '084': 'Trà Vinh',
  '086': 'Vĩnh Long', '087': 'Đồng Tháp', '089': 'An Giang', '091': 'Kiên Giang', '092': 'Cần Thơ', '093': 'Hậu Giang',
  '094': 'Sóc Trăng', '095': 'Bạc Liêu', '096': 'Cà Mau',
};

/** The 12-digit CCCD number without spaces, or a 400 bad_id_number saying what is wrong. */
export function checkIdNumber(raw: string): string {
  const id = raw.replace(/[\s.-]/g, '');
  if (!/^[0-9]+$/.test(id)) {
    throw invalid('bad_id_number', 'The citizen ID number (CCCD) has digits only: type the 12 digits on your card.', 'Số định danh cá nhân (CCCD) chỉ gồm chữ số: hãy nhập đủ 12 chữ số trên thẻ.');
  }
  if (id.length !== 12) {
    throw invalid('bad_id_number', `The citizen ID number (CCCD) has 12 digits; this one has ${id.length}.`, `Số định danh cá nhân (CCCD) gồm 12 chữ số; số vừa nhập có ${id.length} chữ số.`);
  }
  if (!PROVINCE_CODES[id.slice(0, 3)]) {
    throw invalid('bad_id_number', `The citizen ID number (CCCD) starts with a province code; ${id.slice(0, 3)} is none. Check the number on your card.`, `Ba chữ số đầu của số CCCD là mã tỉnh; ${id.slice(0, 3)} không phải mã tỉnh. Hãy kiểm tra lại số trên thẻ.`);
  }
  return id;
}

/** A Vietnamese mobile number as 0 and 9 digits (from +84…, 84… or 0…, with spaces or dots), or a 400 bad_phone. */
export function checkPhone(raw: string): string {
  const digits = raw.replace(/[\s.()-]/g, '').replace(/^\+?84/, '0');
  if (!/^0[35789][0-9]{8}$/.test(digits)) {
    throw invalid('bad_phone', 'This is not a Vietnamese mobile number: type 10 digits starting with 03, 05, 07, 08 or 09.', 'Số điện thoại di động không hợp lệ: hãy nhập 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.');
  }
  return digits;
}
