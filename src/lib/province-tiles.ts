/**
 * The tile-grid map of Vietnam's 34 provinces since 01/7/2025: one square per
 * province at a column and row chosen to keep neighbours near each other —
 * the north-west mountains across the top, the Red River delta under them,
 * the central coast stepping south-east, the Mekong delta at the bottom left.
 * Equal tiles show every province alike, whatever its area. `abbr` is the
 * tile's label, short enough for a square 44 px wide.
 */

export interface ProvinceTile {
  id: string;
  abbr: string;
  col: number;
  row: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { id: 'lai-chau', abbr: 'LC', col: 1, row: 0 },
  { id: 'lao-cai', abbr: 'LCa', col: 2, row: 0 },
  { id: 'tuyen-quang', abbr: 'TQ', col: 3, row: 0 },
  { id: 'cao-bang', abbr: 'CB', col: 4, row: 0 },
  { id: 'dien-bien', abbr: 'ĐB', col: 0, row: 1 },
  { id: 'son-la', abbr: 'SL', col: 1, row: 1 },
  { id: 'phu-tho', abbr: 'PT', col: 2, row: 1 },
  { id: 'thai-nguyen', abbr: 'TN', col: 3, row: 1 },
  { id: 'lang-son', abbr: 'LS', col: 4, row: 1 },
  { id: 'ha-noi', abbr: 'HN', col: 2, row: 2 },
  { id: 'bac-ninh', abbr: 'BN', col: 3, row: 2 },
  { id: 'quang-ninh', abbr: 'QN', col: 4, row: 2 },
  { id: 'thanh-hoa', abbr: 'TH', col: 1, row: 3 },
  { id: 'ninh-binh', abbr: 'NB', col: 2, row: 3 },
  { id: 'hung-yen', abbr: 'HY', col: 3, row: 3 },
  { id: 'hai-phong', abbr: 'HP', col: 4, row: 3 },
  { id: 'nghe-an', abbr: 'NA', col: 1, row: 4 },
  { id: 'ha-tinh', abbr: 'HT', col: 2, row: 4 },
  { id: 'quang-tri', abbr: 'QT', col: 2, row: 5 },
  { id: 'hue', abbr: 'Huế', col: 3, row: 5 },
  { id: 'da-nang', abbr: 'ĐN', col: 3, row: 6 },
  { id: 'quang-ngai', abbr: 'QNg', col: 4, row: 6 },
  { id: 'gia-lai', abbr: 'GL', col: 3, row: 7 },
  { id: 'dak-lak', abbr: 'ĐL', col: 4, row: 7 },
  { id: 'lam-dong', abbr: 'LĐ', col: 3, row: 8 },
  { id: 'khanh-hoa', abbr: 'KH', col: 4, row: 8 },
  { id: 'tay-ninh', abbr: 'TNi', col: 1, row: 9 },
  { id: 'ho-chi-minh', abbr: 'HCM', col: 2, row: 9 },
  { id: 'dong-nai', abbr: 'ĐNa', col: 3, row: 9 },
  { id: 'an-giang', abbr: 'AG', col: 0, row: 10 },
  { id: 'dong-thap', abbr: 'ĐT', col: 1, row: 10 },
  { id: 'vinh-long', abbr: 'VL', col: 2, row: 10 },
  { id: 'can-tho', abbr: 'CT', col: 1, row: 11 },
  { id: 'ca-mau', abbr: 'CM', col: 0, row: 12 },
];

export const TILE_COLUMNS = 1 + Math.max(...PROVINCE_TILES.map((t) => t.col));
export const TILE_ROWS = 1 + Math.max(...PROVINCE_TILES.map((t) => t.row));
