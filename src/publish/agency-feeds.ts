/**
 * One Atom feed per agency: the plans that give it a task, newest first, each
 * entry saying which tasks it leads and which it supports. A reader learns of
 * a new plan that concerns the agency without reading every plan.
 */
import type { AgencyTask, AgencyTasks } from '../domain/agency-tasks';
import { atomFeed } from '../lib/atom';
import { absoluteUrl, paths } from '../lib/urls';
import { ui } from '../ui/vi';
import { FEED_SIZE } from './feeds';

const t = ui.agency;

export function agencyFeedXml(entry: AgencyTasks): string {
  const plans = entry.plans.slice(0, FEED_SIZE);
  const byPlan = new Map<string, AgencyTask[]>(plans.map((p) => [p.id, []]));
  for (const item of entry.all) byPlan.get(item.plan.id)?.push(item);
  // In the plan's own order, whatever group each task falls in.
  const titlesFor = (planId: string, role: 'lead' | 'partner') =>
    byPlan
      .get(planId)!
      .filter((i) => i.role === role)
      .sort((a, b) => a.index - b.index)
      .map((i) => i.task.title);
  return atomFeed({
    title: `${t.feedTitle(entry.agency.name)} — ${ui.siteName}`,
    subtitle: t.feedSubtitle,
    selfUrl: absoluteUrl(paths.agencyFeed(entry.agency.id)),
    pageUrl: absoluteUrl(paths.agency(entry.agency.id)),
    author: ui.siteName,
    entries: plans.map((plan) => ({
      url: absoluteUrl(paths.plan(plan.id)),
      title: `${plan.typeLabel} ${plan.documentNumber}: ${plan.title}`,
      summary: t.feedEntrySummary(titlesFor(plan.id, 'lead'), titlesFor(plan.id, 'partner')),
      updated: plan.datedOn,
      categories: plan.province ? [plan.province.name] : [],
    })),
  });
}
