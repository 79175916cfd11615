/** Interface text, in one place so wording stays consistent across pages. */
export const ui = {
  siteName: 'Cổng PBGDPL',
  siteLongName: 'Phổ biến, giáo dục pháp luật',
  tagline: 'Kế hoạch phổ biến, giáo dục pháp luật của các bộ, ngành và địa phương, ở một nơi, dễ tìm.',
  skipLink: 'Bỏ qua, đến nội dung chính',
  nav: {
    plans: 'Kế hoạch',
    provinces: 'Tỉnh, thành',
    quarters: 'Chủ đề theo quý',
    legalDocuments: 'Văn bản',
    news: 'Tin tức',
    search: 'Tìm kiếm',
  },
  searchLabel: 'Tìm kế hoạch, văn bản',
  searchPlaceholder: 'Ví dụ: hòa giải, 176/KH-UBND',
  searchButton: 'Tìm',
  breadcrumbHome: 'Trang chủ',
  pagination: { label: 'Phân trang', prev: 'Trang trước', next: 'Trang sau', page: (n: number, total: number) => `Trang ${n}/${total}` },
  noPlans: 'Chưa có kế hoạch nào.',
  // A plan published from a text that stops before its tasks (legal databases often show only the first page).
  tasksInOriginal: { before: 'Văn bản Cổng PBGDPL có được không cho thấy nhiệm vụ và thời hạn của kế hoạch này; xem ', link: 'văn bản gốc', after: '.' },
} as const;
