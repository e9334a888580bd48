/**
 * Task field values as written → contract values: bodies split and canonicalized,
 * products split at ";" and line breaks (never at commas), timelines to ISO dates.
 */
import type { Grammar } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';
import type { SourceRef } from '../schema/output.js';
import { agencyReader } from './agencies.js';
import { normalizeTimeline } from './timeline.js';
import { rx } from '../grammar/pattern.js';
import { memo } from '../model/memo.js';

/** Products: one per ";"-separated piece or line, without bullets. */
export function splitProducts(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(rx('u')`\s*(?:;|\n)\s*|\s+[-–+•]\s+(?=\p{Lu})`))
    .map((s) => s.replace(/^[-–+•*]\s*/u, '').replace(/[\s;,]+$/u, '').trim())
    .filter(Boolean);
}

export const normalizeTaskFields: Stage = (doc, { grammar, report }) => {
  const g: Grammar = grammar;
  const toAgencies = agencyReader(g);
  // A plan repeats a few timelines ("Thường xuyên", "Quý I/2024") task after task: each text is
  // read once, and what it had to say about invalid dates is said again for each task that has it.
  const timelineOf = memo((text) => {
    const messages: string[] = [];
    return { timeline: normalizeTimeline(text, { year: doc.planYear, grammar: g }, (message) => messages.push(message)), messages };
  });
  const readTimeline = (text: string, place: SourceRef) => {
    const { timeline, messages } = timelineOf(text);
    for (const message of messages) report(message, { ruleId: 'timeline/invalid-date', severity: 'warning', place });
    return timeline;
  };
  // Each draft goes once its task is made, so a large plan never holds both lists whole.
  const drafts = doc.tasks;
  doc.tasks = [];
  doc.finalTasks = drafts.map((draft, i) => {
    drafts[i] = undefined as never;
    const { raw, ...t } = draft;
    const timelineText = raw.timeline.join('; ').trim();
    return {
      ...t,
      lead: toAgencies(raw.lead),
      coordinators: toAgencies(raw.coordinators),
      products: splitProducts(raw.products),
      timeline: timelineText ? readTimeline(timelineText, t.source) : null,
      budget: raw.budget.length ? raw.budget.join('; ') : null,
    };
  });
  // A task without a lead is worth a warning unless the same work, listed again (seeAlso), names one.
  const byId = new Map(doc.finalTasks.map((t) => [t.id, t]));
  const leadless = doc.finalTasks.filter((t) => !t.lead.length && !(t.seeAlso ?? []).some((id) => byId.get(id)?.lead.length));
  if (leadless.length) {
    report(`${leadless.length} of ${doc.finalTasks.length} tasks name no lead body`, { ruleId: 'tasks/without-lead', severity: 'warning', place: leadless[0]!.source });
  }
};
