import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/editor-tools/content-check';
import { newTopicCommand, topicReminders } from '../../src/editor-tools/topic-reminders';
import { fileText, readContent, withFile } from './helpers/content';

const seed = readContent();
// The fixture's newest topic is about Quý IV/2026; on 04/12/2026 the coming quarter is Quý I/2027.
const DEC_4_2026 = new Date(Date.UTC(2026, 11, 4));
const LAW_DAY_2026 = 'topics/2026/quy-4/ngay-phap-luat-2026.md';
const withComingTopic = withFile(seed, 'topics/2027/quy-1/chu-de-quy-i-2027.md', fileText(seed, LAW_DAY_2026).replace('quarter: Quý IV/2026', 'quarter: Quý I/2027'));

describe('topic reminders of npm run check:content', () => {
  it('warn when the coming quarter has no topic, naming the quarter and the command that starts one', () => {
    expect(topicReminders(seed, DEC_4_2026)).toEqual([
      'Quý I/2027 (quý tới) chưa có chủ đề tuyên truyền. Tạo chủ đề: npm run new -- --loai chu-de --quy "Quý I/2027"',
    ]);
  });

  it('say nothing once the current and the coming quarter both have a topic', () => {
    expect(checkContent(withComingTopic)).toEqual([]);
    expect(topicReminders(withComingTopic, DEC_4_2026)).toEqual([]);
  });

  it('name the current quarter first when it has no topic either', () => {
    expect(topicReminders(seed, new Date(Date.UTC(2026, 4, 15)))).toEqual([
      `Quý II/2026 (quý hiện tại) chưa có chủ đề tuyên truyền. Tạo chủ đề: ${newTopicCommand({ year: 2026, quarter: 2 })}`,
      `Quý III/2026 (quý tới) chưa có chủ đề tuyên truyền. Tạo chủ đề: ${newTopicCommand({ year: 2026, quarter: 3 })}`,
    ]);
  });

  it('leave a topic whose quarter does not read to the checker, which reports it as an error', () => {
    const broken = withFile(seed, LAW_DAY_2026, fileText(seed, LAW_DAY_2026).replace('quarter: Quý IV/2026', 'quarter: Quý 4/2026'));
    expect(topicReminders(broken, new Date(Date.UTC(2026, 9, 1)))).toHaveLength(2);
    expect(checkContent(broken).map((p) => p.field)).toContain('quarter');
  });
});
