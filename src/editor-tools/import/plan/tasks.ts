/**
 * A plan's tasks, read from the part headed "Nhiệm vụ", "Nội dung", "Giải
 * pháp" or "Hoạt động" (numbered items labelled "Cơ quan chủ trì", "Cơ quan
 * phối hợp", "Thời gian thực hiện", or a sentence naming who leads) or from a
 * task table, each with its lead and partner agencies and its deadline.
 */
import { foldVietnamese } from '../../../lib/vietnamese';
import { readDeadline } from '../deadline-text';
import { ROMAN_HEADING, type SourceLine } from '../source-text';
import type { PlanReading, TaskReading } from './reading';

const TASKS_HEADING = /nội dung|nhiệm vụ|giải pháp|hoạt động/iu;

const LABELS: { field: 'lead' | 'partners' | 'deadline'; pattern: RegExp }[] = [
  { field: 'lead', pattern: /(?:(?:Cơ quan|Đơn vị)\s+)?chủ trì(?:\s+thực hiện)?\s*:/iu },
  { field: 'partners', pattern: /(?:(?:Cơ quan|Đơn vị)\s+)?phối hợp(?:\s+thực hiện)?\s*:/iu },
  { field: 'deadline', pattern: /(?:Thời gian(?:\s+(?:thực hiện|hoàn thành))?|Thời hạn(?:\s+hoàn thành)?|Tiến độ(?:\s+thực hiện)?)\s*:/iu },
];

/** The labelled parts of a line: "- Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: …". */
function labelsIn(text: string): { field: 'lead' | 'partners' | 'deadline'; value: string }[] {
  const stripped = text.replace(/^[-–+•*]\s*/u, '');
  const starts = LABELS.flatMap(({ field, pattern }) => {
    const m = new RegExp(pattern.source, 'giu').exec(stripped);
    return m ? [{ field, index: m.index, end: m.index + m[0].length }] : [];
  }).sort((a, b) => a.index - b.index);
  if (starts.length === 0 || stripped.slice(0, starts[0]!.index).trim().replace(/[-–+•*]/g, '') !== '') return [];
  return starts.map((s, i) => ({ field: s.field, value: stripped.slice(s.end, starts[i + 1]?.index ?? undefined).replace(/^[\s:]+|[\s;.,]+$/g, '') }));
}

/** "Sở Tư pháp, Sở Nội vụ và UBND các huyện" → three names; "Các sở, ban, ngành" stays one. */
const AGENCY_HEAD = '(?:Sở|Ủy ban|Uỷ ban|UBND|Hội đồng|HĐPH|Ban|Báo|Đài|Công an|Bộ|Cục|Vụ|Viện|Văn phòng|Thanh tra|Tỉnh đoàn|Thành đoàn|Đoàn|Hội|Liên đoàn|Liên minh|Mặt trận|Trường|Tòa án|Chi cục|Phòng|Trung tâm|Các|các|Cơ quan|Chủ tịch|Thủ trưởng|Giám đốc|Người đứng đầu)(?![\\p{L}\\p{M}])';
const AGENCY_SEPARATOR = new RegExp(`\\s*;\\s*|\\s*,\\s*(?=(?:và\\s+)?${AGENCY_HEAD})|\\s+và\\s+(?=${AGENCY_HEAD})`, 'u');

export function agencyNames(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, '')
    .split(/\s*;\s*/)
    // "Các sở, ban, ngành, Mặt trận Tổ quốc và đoàn thể tỉnh" is one group, commas and all.
    .flatMap((part) => (/^(Thủ trưởng\s+|Chủ tịch\s+)?[Cc]ác\s+(sở|cơ quan|ban|ngành)/u.test(part) ? [part] : part.split(AGENCY_SEPARATOR)))
    .map((name) => name.replace(/^(và|với)\s+/u, '').replace(/[.;,:\s]+$/u, '').trim())
    .filter((name) => name !== '' && name !== 'và');
}

const TASK_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(.+)$|^([a-zđ])\)\s+(.+)$/u;
/** Words that end the subject of a sentence naming who does a task. */
const ACTION = /\s(tiếp tục|chủ trì|chủ động|tổ chức(?! đoàn thể)|chỉ đạo|đổi mới|triển khai|tăng cường|xây dựng|thực hiện|ban hành|phối hợp|tham mưu|hướng dẫn|rà soát|nghiên cứu|đẩy mạnh|quán triệt|có trách nhiệm|chịu trách nhiệm|theo dõi|duy trì|phát huy|kiện toàn|bố trí|cập nhật|biên soạn)(?![\p{L}\p{M}])/u;

/** Reads the tasks into `reading.tasks`: from a task table when the text has one, else from the numbered items of the tasks part. */
export function readTasks(lines: readonly SourceLine[], bodyStart: number, reading: PlanReading) {
  const tableTasks = readTaskTables(lines, reading);
  if (tableTasks.length > 0) {
    reading.tasks = tableTasks;
    return;
  }
  const start = lines.findIndex((l, i) => i >= bodyStart && ROMAN_HEADING.test(l.text) && TASKS_HEADING.test(ROMAN_HEADING.exec(l.text)![2]!) && !/mục đích/iu.test(l.text));
  if (start < 0) return;
  let end = lines.findIndex((l, i) => i > start && ROMAN_HEADING.test(l.text));
  if (end < 0) end = lines.length;

  interface Open { task: TaskReading; depth: number; lastLine: number; labelled: boolean; hasChildren: boolean; sentences: SourceLine[] }
  const open: Open[] = [];
  const done: Open[] = [];
  for (const line of lines.slice(start + 1, end)) {
    const heading = TASK_HEADING.exec(line.text);
    const labels = labelsIn(line.text);
    if (heading && labels.length === 0) {
      const depth = heading[1] ? heading[1].split('.').length : 9;
      while (open.length && open.at(-1)!.depth >= depth) done.push(open.pop()!);
      if (open.length) open.at(-1)!.hasChildren = true;
      const title = (heading[2] ?? heading[4]!).replace(/[.:;]+$/, '').trim();
      open.push({ task: { title: { value: title, line: line.line }, lead: [], partners: [] }, depth, lastLine: line.line, labelled: false, hasChildren: false, sentences: [] });
      continue;
    }
    const current = open.at(-1);
    if (!current) continue;
    current.lastLine = line.line;
    if (labels.length === 0) {
      current.sentences.push(line);
      continue;
    }
    current.labelled = true;
    for (const { field, value } of labels) {
      if (field === 'deadline') {
        current.task.deadlineText = { value, line: line.line };
      } else {
        current.task[field].push(...agencyNames(value).map((name) => ({ value: name, line: line.line })));
      }
    }
  }
  done.push(...open.splice(0).reverse());
  const tasks = done
    // A heading whose sub-items carry the labels is a group; its sub-items are the tasks.
    .filter((o) => o.labelled || (!o.hasChildren && o.sentences.length > 0 && o.depth < 9))
    .sort((a, b) => a.task.title.line - b.task.title.line)
    .map((o) => {
      const sentences = o.sentences.filter((s) => !labelsIn(s.text).length);
      if (sentences.length) o.task.detailLines = { from: sentences[0]!.line, to: sentences.at(-1)!.line };
      if (o.task.lead.length === 0) leadFromSentences(o.task, o.sentences);
      return o.task;
    })
    .filter((task) => task.lead.length > 0 || task.deadlineText);
  for (const task of tasks) normaliseTaskDeadline(task, reading);
  reading.tasks = tasks;
}

/** "Sở Tư pháp chủ trì…", "Các sở, ban, ngành; UBND các huyện tiếp tục…", "giao Sở Tư pháp tham mưu…". */
function leadFromSentences(task: TaskReading, sentences: readonly SourceLine[]) {
  for (const line of sentences) {
    const text = line.text.replace(/^[-–+•*]\s*/u, '').replace(/^(Hằng năm|Hàng năm|Định kỳ|Trong năm \d{4}|Năm \d{4}),\s*/u, '');
    const assigned = /(?:^|\s)giao\s+(.+?)(?=\s(?:tiếp tục|chủ trì|tham mưu|thực hiện|hướng dẫn|xây dựng|tổ chức)(?![\p{L}\p{M}]))/u.exec(text);
    const subject = ACTION.exec(text);
    const names = assigned ? agencyNames(assigned[1]!) : subject && subject.index > 0 ? agencyNames(text.slice(0, subject.index)) : [];
    const agencies = names.filter((n) => SUBJECT.test(n));
    if (agencies.length === 0 || agencies.length !== names.length) continue;
    for (const value of agencies) if (!task.lead.some((l) => l.value === value)) task.lead.push({ value, line: line.line });
    task.leadFromSentence = true;
  }
}

const SUBJECT = /^(Thủ trưởng|Chủ tịch|Giám đốc|Người đứng đầu)?\s*([Cc]ác\s+)?(Sở|sở|Ủy ban|UBND|Hội đồng|Ban|Báo|Đài|Công an|Bộ|Cục|Vụ|Văn phòng|Tỉnh đoàn|Hội|Mặt trận|Liên đoàn|đơn vị|cơ quan)(?![\p{L}\p{M}])/u;

function normaliseTaskDeadline(task: TaskReading, reading: PlanReading) {
  if (!task.deadlineText) return;
  const planYear = reading.period && /^\d{4}$/.test(reading.period.value) ? Number(reading.period.value) : undefined;
  const result = readDeadline(task.deadlineText.value, planYear);
  if (result.value !== undefined) task.deadline = { value: result.value, line: task.deadlineText.line };
  if (result.note) task.deadlineNote = result.note;
}

/** A task table: a header row naming "chủ trì" and a time column, then one row per task. */
function readTaskTables(lines: readonly SourceLine[], reading: PlanReading): TaskReading[] {
  const tasks: TaskReading[] = [];
  let columns: { title: number; lead: number; partners: number; deadline: number; count: number } | undefined;
  for (const line of lines) {
    if (line.cells.length < 3) {
      if (columns && line.cells.length === 1 && !/^([IVX]+|\d+)[.)]?\s/u.test(line.text)) columns = undefined;
      continue;
    }
    const folded = line.cells.map(foldVietnamese);
    const lead = folded.findIndex((c) => /chu tri/.test(c));
    const deadline = folded.findIndex((c) => /thoi gian|thoi han|tien do/.test(c));
    const title = folded.findIndex((c) => /noi dung|nhiem vu|hoat dong|ten/.test(c));
    if (lead >= 0 && deadline >= 0 && title >= 0) {
      columns = { title, lead, deadline, partners: folded.findIndex((c) => /phoi hop/.test(c)), count: line.cells.length };
      continue;
    }
    if (!columns) continue;
    // Rows that group tasks ("I | Công tác phổ biến…") have fewer cells than a task row.
    if (line.cells.length < columns.count - (columns.partners >= 0 ? 1 : 0) || line.cells.length > columns.count) continue;
    const cell = (i: number) => (i >= 0 ? line.cells[i - (columns!.count - line.cells.length)]?.trim() : undefined);
    const titleText = cell(columns.title);
    if (!titleText || !cell(columns.lead)) continue;
    const task: TaskReading = {
      title: { value: titleText.replace(/[.;]+$/, ''), line: line.line },
      lead: agencyNames(cell(columns.lead)!).map((value) => ({ value, line: line.line })),
      partners: columns.partners >= 0 && cell(columns.partners) ? agencyNames(cell(columns.partners)!).map((value) => ({ value, line: line.line })) : [],
    };
    const time = cell(columns.deadline);
    if (time) task.deadlineText = { value: time, line: line.line };
    normaliseTaskDeadline(task, reading);
    tasks.push(task);
  }
  return tasks;
}
