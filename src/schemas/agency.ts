/** A body that issues plans or leads tasks: a ministry, a provincial people's committee, a department. */
import { z } from 'astro/zod';
import { choice, entry, entryReference, text, type ReferenceFn } from './fields';

export const AGENCY_LEVELS = {
  'trung-uong': 'Trung ương',
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện (đến 30/6/2025)',
  xa: 'Cấp xã',
} as const;

/** The members of the Government: the coverage of a directive lists those of today's Government. */
export const AGENCY_KINDS = {
  bo: 'Bộ',
  'co-quan-ngang-bo': 'Cơ quan ngang bộ',
} as const;

export function agencySchema(reference: ReferenceFn) {
  return entry('Cơ quan', {
    name: text('Tên cơ quan (name)', 'Ủy ban nhân dân tỉnh Lạng Sơn'),
    shortName: text('Tên viết tắt (shortName)', 'UBND tỉnh Lạng Sơn').optional(),
    level: choice('Cấp (level)', AGENCY_LEVELS),
    kind: choice('Bộ, cơ quan ngang bộ (kind)', AGENCY_KINDS).optional(),
    successor: entryReference(reference, 'agencies', 'Cơ quan kế thừa (successor)').optional(),
    province: entryReference(reference, 'provinces', 'Tỉnh (province)').optional(),
  }).superRefine((agency, ctx) => {
    if (agency.level !== 'trung-uong' && !agency.province) {
      ctx.addIssue({
        code: 'custom',
        path: ['province'],
        message: 'Tỉnh (province): cơ quan cấp tỉnh, huyện, xã phải ghi tỉnh, ví dụ province: lang-son',
      });
    }
    if (agency.kind && agency.level !== 'trung-uong') {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'Bộ, cơ quan ngang bộ (kind): chỉ ghi cho cơ quan trung ương (level: trung-uong), ví dụ kind: bo',
      });
    }
  });
}

export type AgencyData = z.output<ReturnType<typeof agencySchema>>;
