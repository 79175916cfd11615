/**
 * The channels through which plans say the law is to reach people (the press,
 * loudspeakers, websites, conferences, contests, schools…), read from what each
 * plan's tasks say: their title and details are the only words of a plan on
 * "how" that the catalog holds. A plan whose tasks name no channel adds none;
 * nothing is inferred from its title or its theme.
 */
import { periodIncludes } from '../lib/period';
import type { Quarter } from '../lib/quarter';
import type { Catalog, Plan } from './catalog-model';

/**
 * Each channel and the phrases that name it in a task, lower case. Phrases are
 * whole expressions because the short words are ambiguous: "báo" alone is also
 * "báo cáo" (a report), "đài" also "đài tưởng niệm".
 */
const CHANNEL_PHRASES = {
  'bao-chi': ['báo chí', 'báo, đài', 'báo và đài', 'phát thanh', 'truyền hình', 'chuyên trang pháp luật', 'chuyên mục pháp luật'],
  'loa-truyen-thanh': ['loa truyền thanh', 'loa cơ sở', 'đài truyền thanh', 'thông tin cơ sở'],
  'trang-thong-tin': ['cổng thông tin', 'trang thông tin'],
  'mang-xa-hoi': ['mạng xã hội', 'zalo', 'facebook', 'fanpage'],
  'hoi-nghi': ['hội nghị', 'tập huấn', 'tọa đàm', 'hội thảo'],
  'cuoc-thi': ['cuộc thi', 'hội thi'],
  'tai-lieu': ['tờ gấp', 'tờ rơi', 'sổ tay', 'pa-nô', 'pa nô', 'áp-phích', 'áp phích', 'tài liệu tuyên truyền', 'tài liệu phổ biến'],
  'nha-truong': ['nhà trường', 'trường học', 'ngoại khóa'],
  'tu-sach': ['tủ sách pháp luật'],
  'tro-giup-phap-ly': ['trợ giúp pháp lý', 'tư vấn pháp luật', 'tư vấn và trợ giúp', 'tư vấn, trợ giúp'],
} as const satisfies Record<string, readonly string[]>;

export type ChannelId = keyof typeof CHANNEL_PHRASES;

export const CHANNEL_IDS = Object.keys(CHANNEL_PHRASES) as ChannelId[];

export interface ChannelUse {
  channel: ChannelId;
  /** The plans whose tasks name the channel, newest first. */
  plans: Plan[];
}

/** The channels a text names, in the order of CHANNEL_IDS. */
export function channelsNamedIn(text: string): ChannelId[] {
  const lower = text.normalize('NFC').toLowerCase();
  return CHANNEL_IDS.filter((id) => CHANNEL_PHRASES[id].some((phrase) => lower.includes(phrase)));
}

// A plan's channels do not change within a build; topic pages of every quarter ask for the same plans.
const planChannels = new WeakMap<Plan, ChannelId[]>();

function channelsOfPlan(plan: Plan): ChannelId[] {
  let found = planChannels.get(plan);
  if (!found) {
    found = channelsNamedIn(plan.tasks.map((t) => `${t.title}\n${t.details ?? ''}`).join('\n'));
    planChannels.set(plan, found);
  }
  return found;
}

/** The channels named by the plans being carried out during `quarter` (their period includes it). */
export function channelsInQuarter(catalog: Catalog, quarter: Quarter): ChannelUse[] {
  const uses = new Map<ChannelId, Plan[]>();
  for (const plan of catalog.plansNewestFirst) {
    if (plan.tasks.length === 0 || !periodIncludes(plan.period, quarter)) continue;
    for (const channel of channelsOfPlan(plan)) {
      const plans = uses.get(channel) ?? [];
      plans.push(plan);
      uses.set(channel, plans);
    }
  }
  return CHANNEL_IDS.filter((id) => uses.has(id)).map((channel) => ({ channel, plans: uses.get(channel)! }));
}
