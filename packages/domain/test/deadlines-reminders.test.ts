import { describe, expect, it } from 'vitest';
import { deadlineState, dueText, remindersDue } from '../src/deadlines';
import { addDays } from '../src/schedules/dates';

const due = '2026-12-31';
const leads = [30, 7, 1];

/** Runs a daily sweep from `from` to `to`, keeping what was sent; returns the reminders by day. */
function simulate(
  deadlines: { key: string; dueDate: string; done?: (day: string) => boolean }[],
  from: string,
  to: string,
) {
  const sent = new Set<string>();
  const log: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const list = deadlines.map((d) => ({ key: d.key, dueDate: d.dueDate, done: d.done?.(day) ?? false }));
    for (const r of remindersDue({ deadlines: list, leadDays: leads, asOf: day, sent })) {
      sent.add(`${r.key}|${r.step}`);
      log.push(`${day} ${r.key} ${r.step}`);
    }
  }
  return log;
}

describe('deadline state', () => {
  it.each([
    ['2026-11-01', false, 'upcoming'],
    ['2026-12-23', false, 'upcoming'],
    ['2026-12-24', false, 'due_soon'],
    ['2026-12-31', false, 'due_soon'],
    ['2027-01-01', false, 'overdue'],
    ['2027-01-01', true, 'done'],
  ] as const)('on %s (done %s) → %s', (asOf, done, state) => {
    expect(deadlineState(due, asOf, done)).toBe(state);
  });
});

describe('reminders at each lead time, once', () => {
  it('a daily sweep sends 30, 7 and 1 days before, then one overdue alert', () => {
    expect(simulate([{ key: 'r', dueDate: due }], '2026-11-01', '2027-01-10')).toEqual([
      '2026-12-01 r lead:30',
      '2026-12-24 r lead:7',
      '2026-12-30 r lead:1',
      '2027-01-01 r overdue',
    ]);
  });

  it('a deadline first seen 10 days ahead gets the 30-day reminder at once, not a late copy of it later', () => {
    expect(simulate([{ key: 'r', dueDate: due }], '2026-12-21', '2026-12-31')).toEqual([
      '2026-12-21 r lead:30',
      '2026-12-24 r lead:7',
      '2026-12-30 r lead:1',
    ]);
  });

  it('a deadline met before its due date gets no further reminder and no overdue alert', () => {
    const met = (day: string) => day >= '2026-12-26';
    expect(simulate([{ key: 'r', dueDate: due, done: met }], '2026-11-01', '2027-01-10')).toEqual([
      '2026-12-01 r lead:30',
      '2026-12-24 r lead:7',
    ]);
  });

  it('a sweep that missed days sends only the nearest step, and two deadlines are ordered by due date', () => {
    const sent = new Set(['a|lead:30']);
    const out = remindersDue({
      deadlines: [
        { key: 'b', dueDate: '2026-12-05', done: false },
        { key: 'a', dueDate: '2026-12-03', done: false },
        { key: 'c', dueDate: '2026-11-20', done: false },
        { key: 'd', dueDate: '2027-06-01', done: false },
      ],
      leadDays: [30, 7, 1],
      asOf: '2026-11-30',
      sent,
    });
    expect(out).toEqual([
      { key: 'c', step: 'overdue', daysLeft: -10 },
      { key: 'a', step: 'lead:7', daysLeft: 3 },
      { key: 'b', step: 'lead:7', daysLeft: 5 },
    ]);
  });

  it('lead times are de-duplicated and ignore nonsense values', () => {
    const out = remindersDue({
      deadlines: [{ key: 'x', dueDate: '2026-12-10', done: false }],
      leadDays: [14, 14, 0, -3, 2.5],
      asOf: '2026-11-30',
      sent: new Set(),
    });
    expect(out).toEqual([{ key: 'x', step: 'lead:14', daysLeft: 10 }]);
  });
});

describe('due text', () => {
  it.each([
    ['2026-12-31', 'due today (2026-12-31)'],
    ['2026-12-30', 'due tomorrow (2026-12-31)'],
    ['2026-12-24', 'due in 7 days (2026-12-31)'],
    ['2027-01-01', 'overdue by 1 day (was due 2026-12-31)'],
    ['2027-01-03', 'overdue by 3 days (was due 2026-12-31)'],
  ])('on %s: %s', (asOf, text) => {
    expect(dueText(due, asOf)).toBe(text);
  });
});
