/**
 * Gives each select of Decap's configuration that offers existing entries its
 * options, from the one list of that collection the build sent: a list of
 * plans is sent once, however many fields (related plans, a topic's plans, the
 * PlanLink component) offer it.
 */
import { CHOICES_KEY, type EditorChoice } from '../lib/editor-setup';

type Config = Record<string, unknown>;

export function withChoices<T>(config: T, choices: Record<string, EditorChoice[]>): T {
  if (Array.isArray(config)) return config.map((item) => withChoices(item, choices)) as T;
  if (typeof config !== 'object' || config === null) return config;
  const { [CHOICES_KEY]: collection, ...rest } = config as Config;
  const filled = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, withChoices(value, choices)]));
  return (typeof collection === 'string' ? { ...filled, options: choices[collection] ?? [] } : filled) as T;
}
