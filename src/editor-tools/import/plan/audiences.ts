/** Who a plan addresses ("Đối tượng phổ biến: …"), on the line itself or as the items that follow it. */
import type { SourceLine } from '../source-text';
import { upperFirst } from '../vietnamese-case';
import type { PlanReading } from './reading';

export function readAudiences(lines: readonly SourceLine[], bodyStart: number, reading: PlanReading) {
  const index = lines.findIndex((l, i) => i >= bodyStart && /^(?:\d+\.\s*|[a-zđ]\)\s*|[-–+]\s*)?Đối tượng(?:\s+(?:phổ biến|tuyên truyền|áp dụng|thực hiện))?(?:\s+(?:giáo dục )?pháp luật)?\s*[:.]?\s*(.*)$/iu.test(l.text));
  if (index < 0) return;
  const line = lines[index]!;
  const rest = /Đối tượng[^:.]*[:.]\s*(.*)$/iu.exec(line.text)?.[1]?.trim() ?? '';
  const clean = (text: string) => upperFirst(text.replace(/^[-–+•*]\s*/u, '').replace(/[.;,]+$/u, '').trim());
  if (rest) {
    reading.audiences = rest.split(/\s*;\s*/).filter(Boolean).map((a) => ({ value: clean(a), line: line.line }));
    return;
  }
  for (const item of lines.slice(index + 1)) {
    if (!/^[-–+•*]\s/u.test(item.text)) break;
    reading.audiences.push({ value: clean(item.text), line: item.line });
  }
}
