/**
 * Provinces across the 2025 reorganisation: since 01/7/2025 Vietnam has 34
 * provincial units. A plan keeps the province that issued it; browsing goes
 * by today's province, which gathers the former ones merged into it.
 */

export type ProvinceKind = 'tinh' | 'thanh-pho';

export interface ProvinceRecord {
  id: string;
  name: string;
  kind: ProvinceKind;
  /** The province this one joined; absent while it is still a province of its own. */
  mergedInto?: string;
}

/** Today's province for any province, former or current. */
export function currentProvinceOf<P extends ProvinceRecord>(id: string, byId: ReadonlyMap<string, P>): P {
  const seen = new Set<string>();
  let province = byId.get(id);
  while (province?.mergedInto !== undefined) {
    if (seen.has(province.id)) throw new Error(`Tỉnh "${id}": chuỗi sáp nhập bị vòng lặp`);
    seen.add(province.id);
    province = byId.get(province.mergedInto);
  }
  if (!province) throw new Error(`Không có tỉnh "${id}" trong danh sách tỉnh, thành`);
  return province;
}

/** "tỉnh Lạng Sơn", "TP Cần Thơ": how the province is named in running text. */
export function provinceLabel(province: ProvinceRecord): string {
  return province.kind === 'thanh-pho' ? `TP ${province.name}` : `tỉnh ${province.name}`;
}

/** "Tỉnh Lạng Sơn", "TP Cần Thơ": the name at the start of a line or a heading. */
export function provinceTitle(province: ProvinceRecord): string {
  return province.kind === 'thanh-pho' ? `TP ${province.name}` : `Tỉnh ${province.name}`;
}

/** "nay thuộc TP Cần Thơ" for a former province; undefined when nothing changed. */
export function mergerNote<P extends ProvinceRecord>(id: string, byId: ReadonlyMap<string, P>): string | undefined {
  const current = currentProvinceOf(id, byId);
  return current.id === id ? undefined : `nay thuộc ${provinceLabel(current)}`;
}
