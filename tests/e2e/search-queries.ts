/**
 * Vietnamese queries as citizens type them, each with the pages a reader
 * expects among the first three results. Written against the seed content.
 */
import type { Page } from 'playwright-core';

/**
 * Runs `query` from the search box of a search page already open, as a reader's next search: the form is
 * submitted, not a new page loaded. The submit shows "Đang tìm…" at once, so the status holding a count
 * again means this query's results are shown. Used by the browser tests and by tests/build/search-parts.test.ts.
 */
export async function searchAgain(page: Page, query: string): Promise<{ links: string[]; cards: string[]; status: string }> {
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  const status = page.getByRole('status');
  await status.filter({ hasText: /kết quả/ }).waitFor();
  const items = page.locator('[data-search-results] li');
  return {
    links: await items.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    cards: await items.allInnerTexts(),
    status: (await status.textContent()) ?? '',
  };
}

const LANG_SON = '/ke-hoach/2020/lang-son-176-kh-ubnd/';
const HAI_PHONG = '/ke-hoach/2022/hai-phong-31-kh-hdphpbgdpl/';
const LAI_CHAU = '/ke-hoach/2019/lai-chau-972-kh-ubnd/';
const SOC_TRANG = '/ke-hoach/2023/soc-trang-26-kh-ubnd/';
const QD_1521 = '/van-ban/quyet-dinh-1521-qd-ttg/';
const LUAT_HOA_GIAI = '/van-ban/luat-35-2013-qh13/';
const LUAT_DAT_DAI = '/van-ban/luat-31-2024-qh15/';

export interface SearchCase {
  query: string;
  /** What the query tries: numbers, đ, phrases, people, agencies, provinces, themes, quarters, text. */
  kind: 'số' | 'không dấu' | 'có dấu' | 'cụm từ' | 'người' | 'cơ quan' | 'tỉnh' | 'tỉnh cũ' | 'lĩnh vực' | 'quý' | 'nội dung';
  top3: string[];
}

export const SEARCH_CASES: SearchCase[] = [
  { kind: 'số', query: '176/KH-UBND', top3: [LANG_SON] },
  { kind: 'số', query: '176 KH UBND', top3: [LANG_SON] },
  { kind: 'số', query: '176kh-ubnd', top3: [LANG_SON] },
  { kind: 'số', query: '176khubnd', top3: [LANG_SON] },
  { kind: 'số', query: 'kế hoạch 176', top3: [LANG_SON] },
  { kind: 'số', query: 'ke hoach 176', top3: [LANG_SON] },
  { kind: 'số', query: '31/KH-HĐPHPBGDPL', top3: [HAI_PHONG] },
  { kind: 'số', query: '31/KH-HDPHPBGDPL', top3: [HAI_PHONG] },
  { kind: 'số', query: '31khhdphpbgdpl', top3: [HAI_PHONG] },
  { kind: 'số', query: '972/KH-UBND', top3: [LAI_CHAU] },
  { kind: 'số', query: '26/KH-UBND', top3: [SOC_TRANG] },
  { kind: 'số', query: 'QĐ 1521', top3: [QD_1521] },
  { kind: 'số', query: 'qd 1521', top3: [QD_1521] },
  { kind: 'số', query: '1521/QĐ-TTg', top3: [QD_1521] },
  { kind: 'số', query: 'quyết định 1521', top3: [QD_1521] },
  { kind: 'số', query: '35/2013/QH13', top3: [LUAT_HOA_GIAI] },
  { kind: 'số', query: '352013qh13', top3: [LUAT_HOA_GIAI] },
  { kind: 'số', query: 'luật 35/2013/QH13', top3: [LUAT_HOA_GIAI] },
  { kind: 'số', query: '80-KL/TW', top3: ['/van-ban/ket-luan-80-kl-tw/'] },
  { kind: 'số', query: 'kết luận 80', top3: ['/van-ban/ket-luan-80-kl-tw/'] },
  { kind: 'số', query: 'chi thi 32', top3: ['/van-ban/chi-thi-32-ct-tw/'] },
  { kind: 'số', query: '32-CT/TW', top3: ['/van-ban/chi-thi-32-ct-tw/'] },
  { kind: 'số', query: '25/2021/QĐ-TTg', top3: ['/van-ban/quyet-dinh-25-2021-qd-ttg/'] },
  { kind: 'số', query: 'nghị quyết 202', top3: ['/van-ban/nghi-quyet-202-2025-qh15/'] },

  { kind: 'không dấu', query: 'dat dai', top3: [LUAT_DAT_DAI] },
  { kind: 'có dấu', query: 'đất đai', top3: [LUAT_DAT_DAI] },
  { kind: 'không dấu', query: 'luat dat dai', top3: [LUAT_DAT_DAI] },
  { kind: 'cụm từ', query: '"luật đất đai"', top3: [LUAT_DAT_DAI] },
  { kind: 'không dấu', query: 'hoa giai o co so', top3: ['/linh-vuc/hoa-giai-o-co-so/', LUAT_HOA_GIAI] },
  { kind: 'có dấu', query: 'hòa giải ở cơ sở', top3: ['/linh-vuc/hoa-giai-o-co-so/', LUAT_HOA_GIAI] },
  { kind: 'có dấu', query: 'HOÀ GIẢI Ở CƠ SỞ', top3: ['/linh-vuc/hoa-giai-o-co-so/', LUAT_HOA_GIAI] },
  { kind: 'cụm từ', query: '"luật hòa giải ở cơ sở"', top3: [LUAT_HOA_GIAI] },
  { kind: 'không dấu', query: 'hoi dong phoi hop', top3: [HAI_PHONG] },
  { kind: 'không dấu', query: 'hoi dong phoi hop hai phong', top3: [HAI_PHONG] },
  { kind: 'không dấu', query: 'luat giao thong duong bo', top3: ['/chu-de/2024/quy-2/luat-giao-thong-duong-bo-duoc-thong-qua/'] },
  { kind: 'không dấu', query: 'an toan giao thong duong bo', top3: ['/van-ban/luat-36-2024-qh15/'] },
  { kind: 'có dấu', query: 'luật đường bộ', top3: ['/van-ban/luat-35-2024-qh15/'] },
  { kind: 'không dấu', query: 'dan chu o co so', top3: ['/van-ban/luat-10-2022-qh15/'] },
  { kind: 'không dấu', query: 'phong chong bao luc gia dinh', top3: ['/van-ban/luat-13-2022-qh15/'] },
  { kind: 'không dấu', query: 'kham benh chua benh', top3: ['/van-ban/luat-15-2023-qh15/'] },
  { kind: 'không dấu', query: 'luat can cuoc', top3: ['/van-ban/luat-26-2023-qh15/'] },
  { kind: 'cụm từ', query: '"phổ biến, giáo dục pháp luật"', top3: ['/linh-vuc/pbgdpl/'] },
  { kind: 'không dấu', query: 'luat pho bien giao duc phap luat', top3: ['/van-ban/luat-14-2012-qh13/'] },

  { kind: 'lĩnh vực', query: 'chuan tiep can phap luat', top3: ['/linh-vuc/chuan-tiep-can-phap-luat/'] },
  { kind: 'lĩnh vực', query: 'chuyển đổi số', top3: ['/linh-vuc/chuyen-doi-so/'] },
  { kind: 'lĩnh vực', query: 'doi tuong dac thu', top3: ['/linh-vuc/doi-tuong-dac-thu/'] },
  { kind: 'lĩnh vực', query: 'ngày pháp luật', top3: ['/linh-vuc/ngay-phap-luat/'] },
  { kind: 'lĩnh vực', query: 'luat moi co hieu luc', top3: ['/linh-vuc/luat-moi/'] },

  { kind: 'tỉnh', query: 'Đà Nẵng', top3: ['/tinh-thanh/da-nang/'] },
  { kind: 'tỉnh', query: 'da nang', top3: ['/tinh-thanh/da-nang/'] },
  { kind: 'tỉnh', query: 'Cần Thơ', top3: ['/tinh-thanh/can-tho/'] },
  { kind: 'tỉnh', query: 'can tho', top3: ['/tinh-thanh/can-tho/'] },
  { kind: 'tỉnh', query: 'Lạng Sơn', top3: ['/tinh-thanh/lang-son/', LANG_SON] },
  { kind: 'tỉnh', query: 'lang son', top3: ['/tinh-thanh/lang-son/', LANG_SON] },
  { kind: 'tỉnh', query: 'Hải Phòng', top3: ['/tinh-thanh/hai-phong/', HAI_PHONG] },
  { kind: 'tỉnh', query: 'lai chau', top3: ['/tinh-thanh/lai-chau/', LAI_CHAU] },
  { kind: 'tỉnh', query: 'thanh hoa', top3: ['/tinh-thanh/thanh-hoa/'] },
  { kind: 'tỉnh', query: 'Khánh Hoà', top3: ['/tinh-thanh/khanh-hoa/'] },
  { kind: 'tỉnh', query: 'dak lak', top3: ['/tinh-thanh/dak-lak/'] },
  { kind: 'tỉnh cũ', query: 'Sóc Trăng', top3: [SOC_TRANG, '/tinh-thanh/can-tho/'] },
  { kind: 'tỉnh cũ', query: 'soc trang', top3: [SOC_TRANG, '/tinh-thanh/can-tho/'] },
  { kind: 'tỉnh cũ', query: 'Quảng Nam', top3: ['/tinh-thanh/da-nang/'] },
  { kind: 'tỉnh cũ', query: 'ha giang', top3: ['/tinh-thanh/tuyen-quang/'] },
  { kind: 'tỉnh cũ', query: 'Bà Rịa - Vũng Tàu', top3: ['/tinh-thanh/ho-chi-minh/'] },

  { kind: 'quý', query: 'quý 4 2024', top3: ['/chu-de/2024/quy-4/'] },
  { kind: 'quý', query: 'quy IV/2024', top3: ['/chu-de/2024/quy-4/'] },
  { kind: 'quý', query: 'Quý II/2023', top3: ['/chu-de/2023/quy-2/'] },
  { kind: 'quý', query: 'quy 3 2025', top3: ['/chu-de/2025/quy-3/'] },

  { kind: 'người', query: 'Nguyễn Long Hải', top3: [LANG_SON] },
  { kind: 'người', query: 'nguyen long hai', top3: [LANG_SON] },
  { kind: 'người', query: 'hoang quoc khanh', top3: ['/ke-hoach/2024/son-la-22-kh-ubnd/'] },

  { kind: 'cơ quan', query: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật thành phố Hải Phòng', top3: [HAI_PHONG] },
  { kind: 'cơ quan', query: 'uy ban nhan dan tinh lai chau', top3: [LAI_CHAU] },
  { kind: 'cơ quan', query: 'sở tư pháp tỉnh lai châu', top3: [LAI_CHAU] },

  { kind: 'nội dung', query: 'loa truyền thanh ở cơ sở', top3: [LAI_CHAU] },
  { kind: 'nội dung', query: 'hoat dong trong tam', top3: [LAI_CHAU] },
  { kind: 'nội dung', query: 'hậu quả dịch Covid-19', top3: [HAI_PHONG] },
  { kind: 'nội dung', query: 'ca nuoc co 34 tinh', top3: ['/chu-de/2025/quy-3/34-tinh-thanh-tu-01-7-2025/'] },
  { kind: 'nội dung', query: 'sắp xếp đơn vị hành chính', top3: ['/van-ban/nghi-quyet-202-2025-qh15/'] },
  { kind: 'nội dung', query: 'hoi nghi truc tuyen', top3: ['/tin-tuc/hoi-nghi-truc-tuyen-trien-khai-qd-1521/'] },
];
