/** A province or centrally-run city, current or merged away in 2025. */
import { z } from 'astro/zod';
import { choice, date, entry, entryReference, text, type ReferenceFn } from './fields';

export const PROVINCE_KINDS = {
  tinh: 'tỉnh',
  'thanh-pho': 'thành phố trực thuộc trung ương',
} as const;

export function provinceSchema(reference: ReferenceFn) {
  return entry('Tỉnh, thành', {
    name: text('Tên (name)', 'Lạng Sơn'),
    kind: choice('Loại (kind)', PROVINCE_KINDS),
    mergedInto: entryReference(reference, 'provinces', 'Sáp nhập vào (mergedInto)').optional(),
    mergedOn: date('Ngày sáp nhập (mergedOn)').optional(),
  });
}

export type ProvinceData = z.output<ReturnType<typeof provinceSchema>>;
