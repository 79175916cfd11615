/** A news post or event that is not itself a plan, such as an online conference. */
import { z } from 'astro/zod';
import { date, entry, entryReference, list, source, prose, text, redirectFrom, type ReferenceFn } from './fields';

export function newsSchema(reference: ReferenceFn) {
  return entry('Tin tức', {
    title: text('Tiêu đề (title)'),
    publishedOn: date('Ngày đăng (publishedOn)'),
    eventOn: date('Ngày diễn ra (eventOn)').optional(),
    summary: prose('Tóm tắt (summary)'),
    organizer: entryReference(reference, 'agencies', 'Cơ quan tổ chức (organizer)').optional(),
    provinces: list('Tỉnh, thành liên quan (provinces)', reference('provinces')),
    legalDocuments: list('Văn bản liên quan (legalDocuments)', reference('legalDocuments')),
    themes: list('Lĩnh vực (themes)', reference('themes')),
    source: source(),
    redirectFrom: redirectFrom(),
  });
}

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
