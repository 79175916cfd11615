/** A legal or Party document that plans cite as their basis. */
import { z } from 'astro/zod';
import { choice, date, documentNumber, entry, entryReference, list, prose, text, url, redirectFrom, type ReferenceFn } from './fields';

export const LEGAL_DOCUMENT_TYPES = {
  luat: 'Luật',
  'nghi-quyet': 'Nghị quyết',
  'nghi-dinh': 'Nghị định',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'ket-luan': 'Kết luận',
  'thong-tu': 'Thông tư',
} as const;

export function legalDocumentSchema(reference: ReferenceFn) {
  return entry('Văn bản pháp luật', {
    number: documentNumber('Số ký hiệu (number)'),
    type: choice('Loại văn bản (type)', LEGAL_DOCUMENT_TYPES),
    title: text('Tên văn bản (title)', 'Luật Phổ biến, giáo dục pháp luật'),
    issuer: entryReference(reference, 'agencies', 'Cơ quan ban hành (issuer)'),
    issuedOn: date('Ngày ban hành (issuedOn)'),
    inForceOn: date('Ngày có hiệu lực (inForceOn)').optional(),
    replacedBy: entryReference(reference, 'legalDocuments', 'Được thay thế bởi (replacedBy)').optional(),
    summary: prose('Tóm tắt (summary)'),
    highlights: list('Điểm chính (highlights)', text('Điểm chính (highlights)')),
    officialUrl: url('Địa chỉ văn bản gốc (officialUrl)').optional(),
    redirectFrom: redirectFrom(),
  }).superRefine((doc, ctx) => {
    if (doc.inForceOn && doc.inForceOn < doc.issuedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['inForceOn'],
        message: 'Ngày có hiệu lực (inForceOn): đứng trước ngày ban hành (issuedOn); kiểm tra lại hai ngày',
      });
    }
  });
}

export type LegalDocumentData = z.output<ReturnType<typeof legalDocumentSchema>>;
