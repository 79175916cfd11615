/**
 * Reads an official plan's text in the layout Vietnamese administrative
 * documents share: the issuing body and "Số: …" on the left of the header, the
 * place and date on the right, the document type and title in capitals, the
 * opening "Thực hiện …/Căn cứ …", the tasks (numbered with "Cơ quan chủ trì",
 * "Cơ quan phối hợp", "Thời gian thực hiện", or a table), and the signature.
 * Each of those is read by its own module in plan/, in the order they stand.
 *
 * Every value keeps the line it came from. Nothing is filled in that the text
 * does not show: what is missing is listed in `notes`.
 */
import { readAudiences } from './plan/audiences';
import { readOpening } from './plan/citations';
import { readHeader } from './plan/header';
import type { Found, PlanReading } from './plan/reading';
import { readSigner } from './plan/signer';
import { readTasks } from './plan/tasks';
import { sourceLines } from './source-text';

export { citationsIn } from './plan/citations';
export { issuerHeading } from './plan/issuer-heading';
export type { CitedDocument, Found, IssuerHeading, PlanReading, PlanType, TaskReading } from './plan/reading';
export { agencyNames } from './plan/tasks';

export function readPlan(text: string): PlanReading {
  const lines = sourceLines(text);
  const notes: string[] = [];
  const reading: PlanReading = { citations: [], tasks: [], audiences: [], themesText: [], notes };

  const { bodyStart, recordedSigner } = readHeader(lines, reading);
  const opening = readOpening(lines, bodyStart, reading);
  for (const line of lines) {
    if (/hiệu lực (?:thi hành )?(?:kể )?từ ngày ký/iu.test(line.text)) {
      reading.effectiveOnIssue = { value: true, line: line.line };
      break;
    }
  }

  if (reading.title) reading.period = periodOf(reading.title, reading.year?.value);
  if (!reading.period) notes.push('Thời gian thực hiện: trích yếu không ghi năm hay giai đoạn');
  reading.themesText = [...(reading.title ? [reading.title] : []), ...opening.map((l) => ({ value: l.text, line: l.line }))];

  readTasks(lines, bodyStart, reading);
  readAudiences(lines, bodyStart, reading);
  readSigner(lines, reading, recordedSigner);
  if (reading.tasks.length === 0) notes.push('Nhiệm vụ: văn bản không cho thấy nhiệm vụ (cơ quan chủ trì, thời hạn); ghi rằng nhiệm vụ có trong văn bản gốc');
  return reading;
}

function periodOf(title: Found<string>, year?: number): Found<string> | undefined {
  const range = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(title.value) ?? /(\d{4})\s*[-–]\s*(\d{4})/.exec(title.value);
  if (range) return { value: `${range[1]}-${range[2]}`, line: title.line };
  const until = /đến năm\s+(\d{4})/iu.exec(title.value);
  if (until && year && year <= Number(until[1])) return { value: `${year}-${until[1]}`, line: title.line };
  const single = [...title.value.matchAll(/năm\s+(\d{4})(?![\d/])/giu)].at(-1);
  if (single && !/ngày\s+\d+\s*tháng\s+\d+\s*năm\s+\d{4}$/iu.test(title.value.slice(0, single.index! + single[0].length))) return { value: single[1]!, line: title.line };
  return undefined;
}
