/**
 * Agencies as plans name them ("Sở GD&ĐT", "UBND các huyện, thành phố",
 * "Thủ trưởng các sở, ban, ngành") resolved to ids of content/agencies.yaml,
 * or drafted as new entries named the way the existing ones are.
 */
import { slugify } from '../../lib/vietnamese';

export interface KnownAgency {
  name: string;
  shortName?: string;
  province?: string;
  level: string;
}

export interface AgencyDraft {
  id: string;
  name: string;
  shortName?: string;
  level: 'trung-uong' | 'tinh' | 'huyen' | 'xa';
  province?: string;
}

/** Where a plan's agencies sit: the issuer's province, or none for a central body. */
export interface AgencyScope {
  province?: { id: string; name: string; kind: string };
  /** For a district's or commune's plan: its own unit, which suffixes the ids of its offices. */
  locality?: { level: 'huyen' | 'xa'; name: string };
}

export type AgencyResolution = { id: string; draft?: AgencyDraft } | { unresolved: string };

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bHĐPH\b/gu, 'Hội đồng phối hợp'],
  [/\bPBGDPL\b/gu, 'phổ biến, giáo dục pháp luật'],
  [/\bMTTQ(?:VN)?\b/gu, 'Mặt trận Tổ quốc Việt Nam'],
  [/\bGD ?& ?ĐT\b|\bGDĐT\b/gu, 'Giáo dục và Đào tạo'],
  [/\bTT ?& ?TT\b|\bTTTT\b/gu, 'Thông tin và Truyền thông'],
  [/\bVH,? ?TT ?& ?DL\b|\bVHTTDL\b/gu, 'Văn hóa, Thể thao và Du lịch'],
  [/\bLĐ-?TB ?& ?XH\b|\bLĐTBXH\b/gu, 'Lao động - Thương binh và Xã hội'],
  [/\bKH ?& ?ĐT\b/gu, 'Kế hoạch và Đầu tư'],
  [/\bTN ?& ?MT\b|\bTNMT\b/gu, 'Tài nguyên và Môi trường'],
  [/\bNN ?& ?PTNT\b/gu, 'Nông nghiệp và Phát triển nông thôn'],
  [/\bTP\.?(?=\s)/gu, 'thành phố'],
  [/Uỷ/gu, 'Ủy'],
];

function expandAbbreviations(name: string): string {
  return ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), name).replace(/\s+/g, ' ').trim();
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const upperFirst = (text: string) => (text ? text[0]!.toLocaleUpperCase('vi') + text.slice(1) : text);

/** A person's office stands for the body: "Chủ tịch UBND các huyện" → "UBND các huyện". */
const PERSON = /^(Thủ trưởng|Chủ tịch|Giám đốc|Người đứng đầu|Trưởng)\s+/u;
/** Phrases that name no particular body. */
const GENERIC = /^(các\s+)?(cơ quan|đơn vị|tổ chức|địa phương|cá nhân)(\s|,|$)|^các đơn vị trực thuộc|^(các\s+)?thành viên/iu;

export function resolveAgency(phrase: string, scope: AgencyScope, known: ReadonlyMap<string, KnownAgency>): AgencyResolution {
  const name = upperFirst(expandAbbreviations(phrase.replace(PERSON, '')).replace(/[.;:,]+$/u, ''));
  if (GENERIC.test(name)) return { unresolved: phrase };
  const folded = fold(name);
  const p = scope.province;

  // An existing agency whose name, or name without its province, is this one.
  const matches = [...known].filter(([, a]) => {
    if (p && a.province && a.province !== p.id) return false;
    const names = [a.name, a.shortName].filter((n): n is string => Boolean(n)).map(fold);
    const bare = p ? names.map((n) => n.replace(new RegExp(`\\s(tinh|thanh pho)\\s${fold(p.name)}$`), '').replace(/\s(tinh|thanh pho)$/, '')) : [];
    const candidate = folded.replace(/\s(tinh|thanh pho)$/, '');
    return names.includes(folded) || bare.includes(candidate);
  });
  if (matches.length > 0) return { id: matches[0]![0] };

  if (!p) {
    const id = slugify(name);
    return known.has(id) ? { id } : { id, draft: { id, name, level: 'trung-uong' } };
  }
  const kindWord = p.kind === 'thanh-pho' ? 'thành phố' : 'tỉnh';
  const inProvince = (text: string) => {
    if (fold(text).endsWith(fold(p.name))) return text;
    return /\s(tỉnh|thành phố)$/u.test(text) ? `${text} ${p.name}` : `${text} ${kindWord} ${p.name}`;
  };
  const draft = (id: string, draftName: string, level: AgencyDraft['level'] = 'tinh', shortName?: string): AgencyResolution =>
    known.has(id) ? { id } : { id, draft: { id, name: draftName, level, province: p.id, ...(shortName ? { shortName } : {}) } };

  if (/^cac so(\s|$)|^cac co quan chuyen mon|^so ban nganh/.test(folded)) {
    return draft(`so-nganh-${p.id}`, inProvince(name), 'tinh', 'Các sở, ban, ngành, đoàn thể tỉnh');
  }
  if (/^uy ban nhan dan (cac|cap) (huyen|quan)/.test(folded)) return draft(`ubnd-huyen-${p.id}`, `Ủy ban nhân dân các huyện, thành phố thuộc ${kindWord} ${p.name}`, 'huyen', 'UBND các huyện, thành phố');
  if (/^uy ban nhan dan (cac|cap) (xa|phuong)/.test(folded)) {
    // A district's plan speaks of its own communes.
    return scope.locality?.level === 'huyen'
      ? draft(`ubnd-xa-${slugify(scope.locality.name)}-${p.id}`, `Ủy ban nhân dân các xã, thị trấn thuộc huyện ${scope.locality.name}`, 'xa', 'UBND các xã, thị trấn')
      : draft(`ubnd-xa-${p.id}`, `Ủy ban nhân dân các xã, phường thuộc ${kindWord} ${p.name}`, 'xa', 'UBND cấp xã');
  }
  if (/^uy ban nhan dan (tinh|thanh pho)$/.test(folded) || folded === `uy ban nhan dan ${kindWord === 'tỉnh' ? 'tinh' : 'thanh pho'} ${fold(p.name)}`) {
    return draft(`ubnd-${p.id}`, `Ủy ban nhân dân ${kindWord} ${p.name}`, 'tinh', `UBND ${kindWord === 'tỉnh' ? 'tỉnh' : 'TP'} ${p.name}`);
  }
  if (/^hoi dong phoi hop (pho bien giao duc phap luat )?(tinh|thanh pho)/.test(folded)) {
    return draft(`hdphpbgdpl-${p.id}`, `Hội đồng phối hợp phổ biến, giáo dục pháp luật ${kindWord} ${p.name}`, 'tinh', `Hội đồng phối hợp PBGDPL ${kindWord} ${p.name}`);
  }
  const own = name.replace(/\s+(tỉnh|thành phố)(\s.*)?$/u, '');
  const level: AgencyDraft['level'] = scope.locality?.level ?? 'tinh';
  const suffix = scope.locality ? `${slugify(scope.locality.name)}-${p.id}` : p.id;
  const fullName = scope.locality ? `${own} ${scope.locality.level === 'xa' ? 'xã' : 'huyện'} ${scope.locality.name}` : inProvince(own);
  return draft(`${slugify(own)}-${suffix}`, fullName, level);
}
