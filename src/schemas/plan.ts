/**
 * A plan ("kế hoạch") on legal dissemination and education. Every structured
 * fact lives here and is rendered by the layout; the MDX body holds prose only.
 */
import { z } from 'astro/zod';
import { choice, date, deadline, documentNumber, entry, entryReference, list, matching, nonEmptyList, period, prose, source, text, redirectFrom, type ReferenceFn } from './fields';

export const PLAN_TYPES = {
  'ke-hoach': 'Kế hoạch',
  'chuong-trinh': 'Chương trình',
  'quyet-dinh': 'Quyết định',
  'de-an': 'Đề án',
  'huong-dan': 'Hướng dẫn',
} as const;

export const PLAN_STATUSES = {
  'dang-thuc-hien': 'Đang thực hiện',
  'da-ket-thuc': 'Đã kết thúc',
  'da-thay-the': 'Đã được thay thế',
} as const;

export function taskSchema(reference: ReferenceFn) {
  return entry('Nhiệm vụ (tasks)', {
    title: text('Nhiệm vụ (tasks.title)', 'Quán triệt, triển khai Kết luận số 80-KL/TW'),
    details: prose('Nội dung (tasks.details)').optional(),
    lead: nonEmptyList('Cơ quan chủ trì (tasks.lead)', reference('agencies')),
    partners: list('Cơ quan phối hợp (tasks.partners)', reference('agencies')),
    // Left out when the source names the task but not its deadline: a guessed deadline would read as the plan's own.
    deadline: deadline('Thời hạn (tasks.deadline)').optional(),
  });
}

/** A document kept with the entry: a path under content/attachments/. */
export const ATTACHMENT_TYPES = { pdf: 'PDF', doc: 'Word', docx: 'Word' } as const;

/** What an attached file is: the plan's original, or a summary the portal made, which never stands in for the original. */
export const ATTACHMENT_KINDS = {
  'van-ban-goc': 'Văn bản gốc',
  'ban-tom-tat': 'Bản tóm tắt do Cổng PBGDPL lập, không phải văn bản gốc',
} as const;

/**
 * How much of the original the entry was written from. The page says it in
 * one notice, and never points readers to an original it does not have.
 */
export const WRITTEN_FROM = {
  'toan-van': 'Toàn văn văn bản',
  'phan-dau': 'Phần đầu văn bản (số, ngày, căn cứ và một phần nội dung)',
  'quyet-dinh-ban-hanh': 'Quyết định ban hành, không kèm nội dung kế hoạch',
  'tin-bai': 'Tin, bài viết về văn bản, không phải văn bản gốc',
} as const;

export type WrittenFrom = keyof typeof WRITTEN_FROM;

export function attachmentSchema() {
  return entry('Văn bản gốc (attachments)', {
    file: matching('Tệp (attachments.file)', /^[a-z0-9][a-z0-9/_-]*\.(pdf|docx?)$/, 'file', {
      missing: 'cần đường dẫn trong content/attachments/, ví dụ "2020/lang-son-176-kh-ubnd.pdf"',
      expected: 'chỉ nhận .pdf, .doc, .docx, tên viết thường không dấu, ví dụ "2020/lang-son-176-kh-ubnd.pdf"',
    }),
    title: text('Tên hiển thị (attachments.title)', 'Toàn văn Kế hoạch 176/KH-UBND'),
    kind: choice('Loại tệp (attachments.kind)', ATTACHMENT_KINDS).default('van-ban-goc'),
  });
}

export function signerSchema() {
  return entry('Người ký (signer)', {
    name: text('Họ tên người ký (signer.name)', 'Nguyễn Long Hải'),
    role: text('Chức vụ (signer.role)', 'Phó Chủ tịch').optional(),
  });
}

export function planSchema(reference: ReferenceFn) {
  return entry('Kế hoạch', {
    title: text('Trích yếu (title)', 'Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2023'),
    documentNumber: documentNumber('Số ký hiệu (documentNumber)'),
    documentType: choice('Loại văn bản (documentType)', PLAN_TYPES),
    issuer: entryReference(reference, 'agencies', 'Cơ quan ban hành (issuer)'),
    signer: signerSchema().optional(),
    // Some news posts announce a plan without its date; then the post's date stands in, never a guess.
    issuedOn: date('Ngày ban hành (issuedOn)').optional(),
    effectiveOn: date('Ngày có hiệu lực (effectiveOn)').optional(),
    period: period('Thời gian thực hiện (period)'),
    status: choice('Tình trạng (status)', PLAN_STATUSES),
    summary: prose('Tóm tắt (summary)'),
    legalBasis: list('Căn cứ pháp lý (legalBasis)', reference('legalDocuments')),
    themes: nonEmptyList('Lĩnh vực (themes)', reference('themes')),
    audiences: list('Đối tượng (audiences)', text('Đối tượng (audiences)', 'Cán bộ, công chức, viên chức')),
    tasks: list('Nhiệm vụ (tasks)', taskSchema(reference)),
    related: list('Kế hoạch liên quan (related)', reference('plans')),
    attachments: list('Văn bản gốc (attachments)', attachmentSchema()),
    // Optional so that entries written before the field, and generated corpora, still load; the page then claims nothing.
    writtenFrom: choice('Văn bản nguồn (writtenFrom)', WRITTEN_FROM).optional(),
    writtenFromNote: text('Ghi chú về văn bản nguồn (writtenFromNote)', 'Trích yếu lấy theo phần thông tin của trang nguồn').optional(),
    source: source(),
    redirectFrom: redirectFrom(),
  }).superRefine((plan, ctx) => {
    if (!plan.issuedOn && !plan.source.publishedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['issuedOn'],
        message: 'Ngày ban hành (issuedOn): thiếu. Ghi ngày trên văn bản, ví dụ issuedOn: 2020-10-27; nếu nguồn không cho biết, ghi ngày đăng tin ở source.publishedOn',
      });
    }
    if (plan.writtenFromNote && !plan.writtenFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['writtenFromNote'],
        message: `Ghi chú về văn bản nguồn (writtenFromNote): chỉ ghi kèm writtenFrom; thêm writtenFrom, chọn một trong: ${Object.keys(WRITTEN_FROM).join(', ')}`,
      });
    }
    if (plan.effectiveOn && plan.issuedOn && plan.effectiveOn < plan.issuedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveOn'],
        message: 'Ngày có hiệu lực (effectiveOn): đứng trước ngày ban hành (issuedOn); một kế hoạch không thể có hiệu lực trước khi ban hành',
      });
    }
  });
}

export type PlanData = z.output<ReturnType<typeof planSchema>>;
export type TaskData = z.output<ReturnType<typeof taskSchema>>;

/** The day a plan is dated by: the day it was issued, else the day its source published it (the schema requires one). */
export function planDatedOn(plan: Pick<PlanData, 'issuedOn' | 'source'>): Date {
  return (plan.issuedOn ?? plan.source.publishedOn)!;
}
