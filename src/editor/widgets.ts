/**
 * Text the checker reads with a parser (a deadline, a period, a quarter, a
 * document number) is checked in the form by the same parser, with its
 * Vietnamese message, so a value the build would refuse cannot be saved.
 */
import { CHECKED_WIDGET, type CheckedKind } from '../lib/editor-setup';
import { parseDeadline } from '../lib/deadline';
import { parseDocumentNumber } from '../lib/document-number';
import { parsePeriod } from '../lib/period';
import { parseQuarter } from '../lib/quarter';
import type { DecapCms } from './decap';

type Check = (value: string) => { ok: true } | { ok: false; error: string };

const CHECKS: Record<CheckedKind, Check> = {
  deadline: parseDeadline,
  period: parsePeriod,
  quarter: parseQuarter,
  documentNumber: parseDocumentNumber,
};

/** What the form says of a value: nothing when it reads, the parser's message when it does not. */
function checkValue(kind: CheckedKind, label: string, value: unknown): string | undefined {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const result = CHECKS[kind](String(value).trim());
  return result.ok ? undefined : `${label}: ${result.error}`;
}

export function registerCheckedWidget(cms: DecapCms) {
  const text = cms.getWidget('string');
  class CheckedControl extends text.control {
    isValid = () => {
      const { field, value } = this.props;
      const message = checkValue(field.get('check') as CheckedKind, String(field.get('label')), value);
      return message ? { error: { type: 'CUSTOM', message } } : true;
    };
  }
  cms.registerWidget(CHECKED_WIDGET, CheckedControl, text.preview, {
    properties: { check: { type: 'string', enum: Object.keys(CHECKS) } },
  });
}
