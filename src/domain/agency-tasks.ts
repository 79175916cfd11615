/**
 * What each agency owes: the tasks it leads and the tasks it supports, across
 * every plan, grouped by deadline relative to a given day. Computed once for
 * the whole catalog in one pass over the tasks.
 *
 * Groups, with the quarter that contains `today` as "this quarter":
 * - a date, a quarter or a year falls due on a day (deadlineDueOn: a quarter's
 *   last day, a year's 31/12); that day's quarter is this quarter, a later
 *   one, or an earlier one (past);
 * - "hằng năm" and "thường xuyên" are recurring while the plan runs, and past
 *   once its period has ended; so is a task whose source gives no deadline,
 *   which has no day to fall due on (its row says "Nguồn không ghi").
 */
import { deadlineDueOn } from '../lib/deadline';
import { compareQuarters, quarterOfDate } from '../lib/quarter';
import { compareVietnamese } from '../lib/vietnamese';
import type { Agency, Catalog, Plan, Province, Task } from './catalog-model';

export const DEADLINE_GROUPS = ['this-quarter', 'later', 'recurring', 'past'] as const;
export type DeadlineGroup = (typeof DEADLINE_GROUPS)[number];
export type TaskRole = 'lead' | 'partner';

export interface AgencyTask {
  plan: Plan;
  task: Task;
  /** The task's position in its plan, for a stable id (calendar UID). */
  index: number;
  role: TaskRole;
  group: DeadlineGroup;
  dueOn?: Date;
}

export type TasksByGroup = Record<DeadlineGroup, AgencyTask[]>;

export interface AgencyTasks {
  agency: Agency;
  /** For an agency of a merged province: today's province, and its counterpart there when the content has one. */
  successor?: { province: Province; agency?: Agency };
  lead: TasksByGroup;
  partner: TasksByGroup;
  /** Every task, lead and supporting, group by group in DEADLINE_GROUPS order. */
  all: AgencyTask[];
  /** Plans that give the agency a task, newest first. */
  plans: Plan[];
}

export function deadlineGroup(task: Task, plan: Plan, today: Date): { group: DeadlineGroup; dueOn?: Date } {
  const now = quarterOfDate(today);
  const dueOn = deadlineDueOn(task.deadline);
  if (dueOn) {
    const order = compareQuarters(quarterOfDate(dueOn), now);
    return { group: order === 0 ? 'this-quarter' : order > 0 ? 'later' : 'past', dueOn };
  }
  const ended = plan.period.end !== undefined && compareQuarters(plan.period.end, now) < 0;
  return { group: ended ? 'past' : 'recurring' };
}

const emptyGroups = (): TasksByGroup => ({ 'this-quarter': [], later: [], recurring: [], past: [] });

/**
 * Soonest first for what is due, most recent first for what is past (a
 * recurring task of an ended plan by the plan's date); recurring tasks follow
 * their plans, newest first. Ties keep the plans' order and the tasks' order
 * within a plan, as the sort is stable.
 */
function sortGroups(groups: TasksByGroup): void {
  const due = (t: AgencyTask) => t.dueOn!.getTime();
  const pastDay = (t: AgencyTask) => (t.dueOn ?? t.plan.datedOn).getTime();
  groups['this-quarter'].sort((a, b) => due(a) - due(b));
  groups.later.sort((a, b) => due(a) - due(b));
  groups.past.sort((a, b) => pastDay(b) - pastDay(a));
}

/** "Sở Tư pháp tỉnh Sóc Trăng" → "sở tư pháp": the agency's role with its province's name taken off. */
function roleInProvince(agency: Agency): string | undefined {
  const province = agency.province;
  if (!province) return undefined;
  const name = agency.name.normalize('NFC');
  for (const prefix of ['tỉnh', 'thành phố', 'TP']) {
    const suffix = ` ${prefix} ${province.name}`;
    if (name.endsWith(suffix)) return name.slice(0, -suffix.length).toLocaleLowerCase('vi');
  }
  return undefined;
}

export function agencyTasks(catalog: Catalog, today: Date): Map<string, AgencyTasks> {
  const result = new Map<string, AgencyTasks>();
  const counterparts = new Map<string, Agency>();
  for (const agency of catalog.agencies.values()) {
    const role = roleInProvince(agency);
    if (role && agency.province!.isCurrent) counterparts.set(`${agency.province!.id}|${role}`, agency);
  }
  for (const agency of [...catalog.agencies.values()].sort((a, b) => compareVietnamese(a.name, b.name))) {
    const province = agency.province;
    const successor =
      province && !province.isCurrent
        ? (() => {
            const current = catalog.provinces.get(province.currentId)!;
            const counterpart = counterparts.get(`${current.id}|${roleInProvince(agency)}`);
            return counterpart ? { province: current, agency: counterpart } : { province: current };
          })()
        : undefined;
    result.set(agency.id, { agency, ...(successor ? { successor } : {}), lead: emptyGroups(), partner: emptyGroups(), all: [], plans: [] });
  }

  for (const plan of catalog.plansNewestFirst) {
    const touched = new Set<AgencyTasks>();
    plan.tasks.forEach((task, index) => {
      const { group, dueOn } = deadlineGroup(task, plan, today);
      const add = (agency: Agency, role: TaskRole) => {
        const entry = result.get(agency.id)!;
        entry[role][group].push({ plan, task, index, role, group, ...(dueOn ? { dueOn } : {}) });
        touched.add(entry);
      };
      for (const agency of new Set(task.lead)) add(agency, 'lead');
      for (const agency of new Set(task.partners)) if (!task.lead.includes(agency)) add(agency, 'partner');
    });
    for (const entry of touched) entry.plans.push(plan);
  }

  for (const entry of result.values()) {
    sortGroups(entry.lead);
    sortGroups(entry.partner);
    entry.all = DEADLINE_GROUPS.flatMap((g) => [...entry.lead[g], ...entry.partner[g]]);
  }
  return result;
}

export const taskCount = (groups: TasksByGroup) => DEADLINE_GROUPS.reduce((n, g) => n + groups[g].length, 0);
