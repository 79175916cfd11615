/** A quarterly orientation topic ("định hướng nội dung tuyên truyền theo quý"). */
import { z } from 'astro/zod';
import { entry, list, nonEmptyList, quarter, source, prose, text, redirectFrom, type ReferenceFn } from './fields';

export function topicSchema(reference: ReferenceFn) {
  return entry('Chủ đề tuyên truyền', {
    quarter: quarter('Quý (quarter)'),
    title: text('Tên chủ đề (title)', 'Ngày Pháp luật Việt Nam 09/11'),
    summary: prose('Tóm tắt (summary)'),
    audiences: list('Đối tượng (audiences)', text('Đối tượng (audiences)')),
    legalDocuments: list('Văn bản liên quan (legalDocuments)', reference('legalDocuments')),
    plans: list('Kế hoạch liên quan (plans)', reference('plans')),
    themes: list('Lĩnh vực (themes)', reference('themes')),
    sources: nonEmptyList('Nguồn (sources)', source()),
    redirectFrom: redirectFrom(),
  });
}

export type TopicData = z.output<ReturnType<typeof topicSchema>>;
