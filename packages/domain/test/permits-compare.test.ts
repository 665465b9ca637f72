import { describe, expect, it } from 'vitest';
import { comparePermitVersions } from '../src/permits';
import { makeContent, makeLimit } from './permits-factories';

describe('comparePermitVersions', () => {
  const before = makeContent();

  it('finds nothing between identical versions', () => {
    const diff = comparePermitVersions(
      { versionNo: 1, content: before },
      { versionNo: 2, content: structuredClone(before) },
    );
    expect(diff).toEqual({
      fromVersionNo: 1,
      toVersionNo: 2,
      entries: [],
      counts: { added: 0, removed: 0, changed: 0 },
    });
  });

  it('reports added, removed and changed items with before/after values', () => {
    const set = before.limitSets[0];
    if (!set) throw new Error('factory');
    const [daily] = set.limits;
    if (!daily) throw new Error('factory');
    const after = makeContent({
      limitSets: [
        {
          ...set,
          limits: [
            { ...daily, value: '2.77', enforceable: false },
            makeLimit({
              id: 'limit:001:01092:DD',
              parameterCode: '01092',
              parameterName: 'Zinc, total (as Zn)',
              value: '2.61',
            }),
          ],
        },
      ],
      monitoringRequirements: [],
      conditions: { ...before.conditions, penalties: 'Up to $10,000 per day.' },
      renewalLeadDays: 90,
    });
    const diff = comparePermitVersions(
      { versionNo: 1, content: before, identity: { expirationDate: '2029-12-31' } },
      { versionNo: 2, content: after, identity: { expirationDate: '2030-06-30' } },
    );
    expect(diff.counts).toEqual({ added: 1, removed: 2, changed: 4 });
    expect(diff.entries.map((e) => [e.section, e.change, e.itemId, e.outfallCode])).toEqual([
      ['identity', 'changed', 'permit', null],
      ['limit', 'changed', 'limit:001:01042:DD', '001'],
      ['limit', 'added', 'limit:001:01092:DD', '001'],
      ['limit', 'removed', 'limit:001:01042:MK', '001'],
      ['monitoring', 'removed', 'monitoring:001:01042', '001'],
      ['condition', 'changed', 'penalties', null],
      ['setting', 'changed', 'renewalLeadDays', null],
    ]);
    expect(diff.entries[0]?.fields).toEqual([
      { field: 'expirationDate', before: '2029-12-31', after: '2030-06-30' },
    ]);
    expect(diff.entries[1]).toMatchObject({
      label: 'Copper, total (as Cu) (01042) DAILY MX',
      fields: [
        { field: 'value', before: '3.38', after: '2.77' },
        { field: 'enforceable', before: true, after: false },
      ],
    });
    expect(diff.entries[2]?.fields).toContainEqual({ field: 'value', before: null, after: '2.61' });
    expect(diff.entries[3]?.fields).toContainEqual({ field: 'value', before: '2.07', after: null });
    expect(diff.entries[5]?.fields).toEqual([
      {
        field: 'text',
        before: 'Civil penalties of up to $1,000 per day per violation.',
        after: 'Up to $10,000 per day.',
      },
    ]);
  });

  it('reports a limit moved to another limit set, and outfall, schedule and signatory changes', () => {
    const set = before.limitSets[0];
    const outfall = before.outfalls[0];
    if (!set || !outfall) throw new Error('factory');
    const after = makeContent({
      outfalls: [{ ...outfall, name: 'Manhole 1A' }],
      limitSets: [
        { ...set, limits: set.limits.slice(1) },
        {
          ...set,
          id: 'limitset:001:S',
          name: 'Summer',
          season: { start: '05-01', end: '10-31' },
          limits: set.limits.slice(0, 1),
        },
      ],
      complianceSchedules: [
        {
          id: 's1',
          title: 'pH',
          requirement: null,
          milestones: [{ id: 'm1', kind: 'final_compliance', description: 'Comply', dueDate: '2026-01-01' }],
        },
      ],
      signatory: { ...before.signatory, certificationStatement: 'I certify under penalty of law…' },
    });
    const diff = comparePermitVersions({ content: before }, { content: after });
    expect(diff.entries.map((e) => [e.section, e.change, e.itemId])).toEqual([
      ['outfall', 'changed', 'outfall:001'],
      ['limit_set', 'added', 'limitset:001:S'],
      ['limit', 'changed', 'limit:001:01042:DD'],
      ['schedule', 'added', 's1'],
      ['schedule', 'added', 'm1'],
      ['signatory', 'changed', 'signatory'],
    ]);
    expect(diff.entries[2]?.fields).toEqual([
      { field: 'limitSetId', before: 'limitset:001:A', after: 'limitset:001:S' },
    ]);
    expect(diff.fromVersionNo).toBeNull();
  });
});
