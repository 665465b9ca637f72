import { describe, expect, it } from 'vitest';
import {
  CreatePermitInput,
  describeIssue,
  emptyPermitContent,
  PermitActionInput,
  parsePermitContent,
} from '../src/contracts/permits';
import { makeContent, makeLimit } from './permits-factories';

function messages(input: unknown): string[] {
  const parsed = parsePermitContent(input);
  return parsed.ok ? [] : parsed.issues.map(describeIssue);
}

describe('permit contract', () => {
  it('round-trips a complete permit unchanged', () => {
    const content = makeContent();
    expect(parsePermitContent(JSON.parse(JSON.stringify(content)))).toEqual({ ok: true, content });
  });

  it('fills defaults for an empty draft', () => {
    expect(parsePermitContent({})).toEqual({ ok: true, content: emptyPermitContent() });
    expect(emptyPermitContent().renewalLeadDays).toBe(180);
    expect(emptyPermitContent().signatory.allowedSignatories).toEqual([
      'responsible_official',
      'authorized_representative',
    ]);
  });

  it('names the field of every shape error', () => {
    const content = makeContent();
    const set = content.limitSets[0];
    if (!set) throw new Error('factory');
    const limits = [
      makeLimit(),
      makeLimit({ id: 'b' }),
      makeLimit({ id: 'c' }),
      { ...makeLimit({ id: 'd' }), value: '1.2.3' },
    ];
    expect(messages({ ...content, limitSets: [{ ...set, limits }] })).toEqual([
      'limitSets[0].limits[3].value: must be a decimal number',
    ]);
    expect(
      messages({ ...content, limitSets: [{ ...set, limits: [{ ...makeLimit(), value: 3.38 }] }] }),
    ).toHaveLength(1);
    expect(
      messages({ ...content, limitSets: [{ ...set, season: { start: '13-01', end: '10-31' }, limits: [] }] }),
    ).toEqual(['limitSets[0].season.start: must be a month-day MM-DD']);
    expect(
      messages({
        ...content,
        outfalls: [{ id: 'o', code: '', name: 'x', monitoringLocationCode: 'effluent' }],
      }),
    ).toEqual([
      'outfalls[0].code: must not be empty',
      'outfalls[0].monitoringLocationCode: must be a monitoring location code of 1–3 letters or digits',
    ]);
    expect(
      messages({
        ...content,
        complianceSchedules: [
          {
            id: 's',
            title: 't',
            milestones: [{ id: 'm', kind: 'final_compliance', description: 'd', dueDate: '2025-02-30' }],
          },
        ],
      }),
    ).toEqual(['complianceSchedules[0].milestones[0].dueDate: must be a date YYYY-MM-DD']);
  });

  it('keeps a monitor-only limit as value null', () => {
    const parsed = parsePermitContent(makeContent({ limitSets: [] }));
    expect(parsed.ok).toBe(true);
    expect(makeLimit({ value: null }).value).toBeNull();
  });

  it('validates inputs', () => {
    expect(
      CreatePermitInput.parse({
        facilityId: '0b6f0e58-1c1e-4c6a-9b43-6a0d3e1f2a11',
        permitNumber: 'IU-0042',
        kind: 'pretreatment_iu',
      }),
    ).toMatchObject({
      initialStatus: 'draft',
      effectiveDate: null,
      renewedFromPermitId: null,
      content: emptyPermitContent(),
    });
    expect(PermitActionInput.safeParse({ action: 'terminate', date: '2026-01-01', reason: '' }).success).toBe(
      false,
    );
    expect(PermitActionInput.safeParse({ action: 'launch' }).success).toBe(false);
  });
});
