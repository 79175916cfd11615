/**
 * What `npm run check:content` says without failing: the current quarter or the
 * coming one has no topic yet, so officials would find nothing to pass on. It is
 * a reminder, not an error: a quarter may start before its topic is written. The
 * day is passed in, so that tests choose it.
 */
import { quartersWithoutTopic, upcomingQuarters } from '../domain/quarters';
import { parseYamlData, splitFrontmatter } from '../lib/frontmatter';
import { formatQuarter, parseQuarter, quarterKey, type Quarter } from '../lib/quarter';
import { COLLECTIONS } from '../schemas/collections';
import type { SourceFile } from './content-check';

/** The command that starts a topic for a quarter, as an editor types it. */
export function newTopicCommand(q: Quarter): string {
  return `npm run new -- --loai chu-de --quy "${formatQuarter(q)}"`;
}

/**
 * The quarters the topics are about, read from the topic files alone: the checker
 * already reads every file, and the whole corpus need not be parsed twice for a
 * reminder. A topic whose quarter does not read is the checker's error to report.
 */
function topicQuarters(files: readonly SourceFile[]): Quarter[] {
  const prefix = `${COLLECTIONS.topics.path}/`;
  return files.flatMap((file) => {
    if (!file.path.startsWith(prefix)) return [];
    const { frontmatter } = splitFrontmatter(file.text);
    const data = frontmatter === undefined ? undefined : parseYamlData(frontmatter)?.data;
    const quarter = data && typeof data === 'object' ? (data as { quarter?: unknown }).quarter : undefined;
    const parsed = typeof quarter === 'string' ? parseQuarter(quarter) : undefined;
    return parsed?.ok ? [parsed.value] : [];
  });
}

/** One line per quarter, current first, naming the quarter and the command that starts its topic. */
export function topicReminders(files: readonly SourceFile[], today: Date): string[] {
  const [current] = upcomingQuarters(today);
  return quartersWithoutTopic(topicQuarters(files), today).map((q) => {
    const which = quarterKey(q) === quarterKey(current) ? 'quý hiện tại' : 'quý tới';
    return `${formatQuarter(q)} (${which}) chưa có chủ đề tuyên truyền. Tạo chủ đề: ${newTopicCommand(q)}`;
  });
}
