import { describe, expect, it } from 'vitest';
import { ENFORCEMENT_LEVEL } from '../src/contracts/program';
import {
  checkGuide,
  circumstancesOf,
  ESCALATION,
  modelEnforcementResponseGuide,
  nextResponses,
  recommendResponses,
  responseTimeliness,
  type ViolationFacts,
} from '../src/program/erp';

const guide = modelEnforcementResponseGuide();
const facts = (over: Partial<ViolationFacts>): ViolationFacts => ({
  kind: 'effluent',
  category: null,
  detectedOn: '2026-03-02',
  inSnc: false,
  sncCriteria: [],
  similarInLast12Months: 0,
  harm: false,
  ...over,
});
const settings = { erpInitialResponseDays: 15, erpSncFormalDays: 30 };

describe('model Enforcement Response Guide (§5.4, §5.2)', () => {
  it('has every §5.4 row, unique keys, valid types and titles', () => {
    expect(checkGuide(guide)).toEqual([]);
    const keys = guide.map((r) => `${r.noncompliance}/${r.circumstance}`);
    for (const k of [
      'unpermitted_discharge/unaware_no_harm',
      'unpermitted_discharge/harm_or_continuing',
      'failure_to_renew/late_application',
      'effluent/isolated_minor',
      'effluent/isolated_significant',
      'effluent/harm',
      'effluent/recurring',
      'effluent/snc',
      'reporting/late_within',
      'reporting/late_beyond',
      'resample/failure_to_resample',
      'falsification/falsification',
      'schedule/missed_within_90',
      'schedule/missed_beyond_90',
      'other_permit/slug_bmp_notification',
      'site_visit/minor_deficiency',
      'site_visit/entry_refused',
      'pass_through_interference/harm',
    ])
      expect(keys).toContain(k);
  });

  it('uses the §5.2 time frames: 15 initial, 60 recurring, 30 SNC, 0 for harm', () => {
    const tf = (n: string, c: string) =>
      guide.find((r) => r.noncompliance === n && r.circumstance === c)!.timeFrameDays;
    expect(tf('effluent', 'isolated_minor')).toBe(15);
    expect(tf('effluent', 'recurring')).toBe(60);
    expect(tf('effluent', 'snc')).toBe(30);
    expect(tf('schedule', 'missed_beyond_90')).toBe(30);
    expect(tf('effluent', 'harm')).toBe(0);
    expect(tf('pass_through_interference', 'harm')).toBe(0);
    expect(tf('unpermitted_discharge', 'harm_or_continuing')).toBe(0);
  });

  it('names officials by the program titles', () => {
    const g = modelEnforcementResponseGuide({
      directorTitle: 'Superintendent',
      coordinatorTitle: 'IPP Coordinator',
    });
    expect(g.find((r) => r.circumstance === 'late_beyond')!.officialTitle).toBe('Superintendent');
    expect(g.find((r) => r.circumstance === 'late_within')!.officialTitle).toBe('IPP Coordinator');
  });

  it('checkGuide names bad rows', () => {
    const bad = [
      { ...guide[0]!, responses: [] },
      { ...guide[0]!, officialTitle: ' ', timeFrameDays: 400 },
    ];
    const problems = checkGuide(bad);
    expect(problems.map((p) => p.path)).toEqual([
      'rows.0.responses',
      'rows.1.circumstance',
      'rows.1.officialTitle',
      'rows.1.timeFrameDays',
    ]);
  });
});

describe('recommendResponses', () => {
  it('isolated minor exceedance → phone call (informal notice) or NOV, 15 days', () => {
    const r = recommendResponses(facts({ exceedancePercent: '8.5' }), guide);
    expect(r.chosen!.circumstance).toBe('isolated_minor');
    expect(r.responses.map((x) => x.type)).toEqual(['informal_notice', 'notice_of_violation']);
    expect(r.responses[0]!.dueDate).toBe('2026-03-17');
    expect(r.responses[0]!.officialTitle).toBe('Inspector / Pretreatment Coordinator');
    expect(r.responses[0]!.reason).toMatch(/8\.5%/);
    expect(r.formalRequired).toBe(false);
  });

  it('significant exceedance at the 20 % boundary', () => {
    expect(recommendResponses(facts({ exceedancePercent: '19.99' }), guide).chosen!.circumstance).toBe(
      'isolated_minor',
    );
    expect(recommendResponses(facts({ exceedancePercent: '20' }), guide).chosen!.circumstance).toBe(
      'isolated_significant',
    );
    expect(
      recommendResponses(facts({ exceedancePercent: '30' }), guide, { significantExceedancePercent: '50' })
        .chosen!.circumstance,
    ).toBe('isolated_minor');
  });

  it('recurring exceedance: the more severe row (AO with fine, 60 days) wins over the isolated one', () => {
    const r = recommendResponses(facts({ exceedancePercent: '5', similarInLast12Months: 2 }), guide);
    expect(r.applicable.map((x) => x.circumstance)).toEqual(['recurring', 'isolated_minor']);
    expect(r.chosen!.circumstance).toBe('recurring');
    expect(r.responses.map((x) => x.type)).toEqual(['administrative_order', 'penalty']);
    expect(r.responses[0]!.timeFrameDays).toBe(60);
    expect(r.reasons.join(' ')).toMatch(/more severe/);
  });

  it('SNC always gets formal action: informal responses dropped, 30 days', () => {
    const r = recommendResponses(facts({ exceedancePercent: '5', inSnc: true, sncCriteria: ['A'] }), guide);
    expect(r.chosen!.circumstance).toBe('snc');
    expect(r.formalRequired).toBe(true);
    expect(r.responses.every((x) => x.level >= 4)).toBe(true);
    expect(r.responses.map((x) => x.type)).toEqual([
      'administrative_order',
      'show_cause_hearing',
      'penalty',
      'judicial_referral',
    ]);
    expect(r.responses[0]!.dueDate).toBe('2026-04-01');
  });

  it('SNC for another criterion still drops informal responses of a lower row', () => {
    const r = recommendResponses(
      facts({ kind: 'reporting', daysLate: 10, inSnc: true, sncCriteria: ['F'] }),
      guide,
    );
    expect(r.chosen!.circumstance).toBe('late_within');
    expect(r.responses.map((x) => x.type)).toEqual(['administrative_order']);
    expect(r.reasons.join(' ')).toMatch(/SNC always gets formal action/);
  });

  it('reporting: ≤ late-report days → phone/NOV; beyond → AO with fine (SNC F)', () => {
    const within = recommendResponses(facts({ kind: 'reporting', daysLate: 45 }), guide);
    expect(within.chosen!.circumstance).toBe('late_within');
    expect(within.responses.map((x) => x.type)).toEqual(['informal_notice', 'notice_of_violation']);
    const beyond = recommendResponses(facts({ kind: 'reporting', daysLate: 46 }), guide);
    expect(beyond.chosen!.circumstance).toBe('late_beyond');
    expect(beyond.responses.map((x) => x.type)).toEqual(['administrative_order', 'penalty']);
    const local = recommendResponses(facts({ kind: 'reporting', daysLate: 31 }), guide, {
      lateReportDays: 30,
    });
    expect(local.chosen!.circumstance).toBe('late_beyond');
  });

  it('monitoring: a missed sample → phone/NOV', () => {
    const r = recommendResponses(facts({ kind: 'monitoring' }), guide);
    expect(r.chosen!.circumstance).toBe('missed_sample');
  });

  it('schedule: 90 days is the boundary', () => {
    expect(recommendResponses(facts({ kind: 'schedule', daysMissed: 90 }), guide).chosen!.circumstance).toBe(
      'missed_within_90',
    );
    const beyond = recommendResponses(facts({ kind: 'schedule', daysMissed: 91 }), guide);
    expect(beyond.chosen!.circumstance).toBe('missed_beyond_90');
    expect(beyond.responses[0]!.type).toBe('administrative_order');
  });

  it('inspection findings: minor deficiency vs entry refused', () => {
    expect(recommendResponses(facts({ kind: 'inspection' }), guide).responses.map((x) => x.type)).toEqual([
      'file_note',
      'notice_of_violation',
    ]);
    expect(
      recommendResponses(facts({ kind: 'inspection', category: 'entry_refused' }), guide).chosen!
        .circumstance,
    ).toBe('entry_refused');
  });

  it.each([
    ['pass_through', 'pass_through_interference', 'harm'],
    ['interference', 'pass_through_interference', 'harm'],
    ['endangerment', 'pass_through_interference', 'harm'],
    ['inaccurate_reporting', 'reporting', 'inaccurate'],
    ['unpermitted_discharge', 'unpermitted_discharge', 'unaware_no_harm'],
    ['failure_to_renew', 'failure_to_renew', 'late_application'],
    ['failure_to_resample', 'resample', 'failure_to_resample'],
    ['falsification', 'falsification', 'falsification'],
    ['slug_bmp_notification', 'other_permit', 'slug_bmp_notification'],
    ['entry_refused', 'site_visit', 'entry_refused'],
    ['other', 'other_permit', 'other'],
  ] as const)('manual %s → %s / %s', (category, noncompliance, circumstance) => {
    const r = recommendResponses(facts({ kind: 'manual', category }), guide);
    expect(r.chosen!.noncompliance).toBe(noncompliance);
    expect(r.chosen!.circumstance).toBe(circumstance);
  });

  it('pass-through is immediate (0 days) and formal responses come from the harm row', () => {
    const r = recommendResponses(
      facts({ kind: 'manual', category: 'pass_through', sncCriterion: 'C' }),
      guide,
    );
    expect(r.responses[0]!.dueDate).toBe('2026-03-02');
    expect(r.formalRequired).toBe(true);
  });

  it('unpermitted discharge that continues after notice → AO/civil/terminate', () => {
    const r = recommendResponses(
      facts({ kind: 'manual', category: 'unpermitted_discharge', similarInLast12Months: 1 }),
      guide,
    );
    expect(r.chosen!.circumstance).toBe('harm_or_continuing');
  });

  it('harm on an effluent exceedance takes the more severe harm row', () => {
    const r = recommendResponses(facts({ exceedancePercent: '5', harm: true }), guide);
    expect(r.applicable[0]!.circumstance).toBe('harm');
    expect(circumstancesOf(facts({ harm: true })).map((k) => k.circumstance)).toContain('harm');
  });

  it('a guide without a matching row recommends nothing', () => {
    const r = recommendResponses(
      facts({ kind: 'monitoring' }),
      guide.filter((g) => g.noncompliance !== 'reporting'),
    );
    expect(r.chosen).toBeNull();
    expect(r.responses).toEqual([]);
  });
});

describe('escalation (§5.3 ladder)', () => {
  it('goes NOV → AO → show cause → penalty/termination → judicial', () => {
    const step = (t: Parameters<typeof nextResponses>[0]['type']) =>
      nextResponses({ type: t }, guide).map((n) => n.type);
    expect(step('informal_notice')).toEqual(['notice_of_violation']);
    expect(step('notice_of_violation')).toEqual(['administrative_order']);
    expect(step('compliance_meeting')).toEqual(['administrative_order']);
    expect(step('administrative_order')).toEqual(['show_cause_hearing']);
    expect(step('show_cause_hearing')).toEqual(['penalty', 'termination']);
    expect(step('penalty')).toEqual(['judicial_referral']);
    expect(step('termination')).toEqual(['judicial_referral']);
    expect(step('judicial_referral')).toEqual([]);
  });

  it('every step goes up a level', () => {
    for (const [from, tos] of Object.entries(ESCALATION))
      for (const to of tos)
        expect(ENFORCEMENT_LEVEL[to]).toBeGreaterThan(
          ENFORCEMENT_LEVEL[from as keyof typeof ENFORCEMENT_LEVEL],
        );
    expect(nextResponses({ type: 'notice_of_violation' }, guide)[0]!.level).toBe(4);
  });

  it('takes the official from the same noncompliance row', () => {
    const row = guide.find((g) => g.circumstance === 'late_within')!;
    const [next] = nextResponses({ type: 'notice_of_violation', guideRow: row }, guide);
    expect(next!.officialTitle).toBe('Director');
    expect(next!.timeFrameDays).toBe(30);
  });
});

describe('responseTimeliness', () => {
  const v = { detectedOn: '2026-03-02' };
  it('due 15 days after detection; on time up to the day, late after', () => {
    expect(responseTimeliness(v, [], settings, '2026-03-17')).toMatchObject({
      dueOn: '2026-03-17',
      state: 'pending',
    });
    expect(responseTimeliness(v, [], settings, '2026-03-18')).toMatchObject({
      state: 'overdue',
      daysLate: 1,
    });
    expect(
      responseTimeliness(
        v,
        [{ type: 'notice_of_violation', issuedOn: '2026-03-17' }],
        settings,
        '2026-05-01',
      ),
    ).toMatchObject({ state: 'on_time', metOn: '2026-03-17', daysLate: 0 });
    expect(
      responseTimeliness(
        v,
        [{ type: 'notice_of_violation', issuedOn: '2026-03-20' }],
        settings,
        '2026-05-01',
      ),
    ).toMatchObject({ state: 'late', daysLate: 3 });
  });

  it('in SNC only a formal action within 30 days meets it', () => {
    const snc = { ...v, inSnc: true };
    const nov = { type: 'notice_of_violation' as const, issuedOn: '2026-03-05' };
    expect(responseTimeliness(snc, [nov], settings, '2026-04-01')).toMatchObject({
      basis: 'snc_formal',
      dueOn: '2026-04-01',
      state: 'pending',
    });
    expect(responseTimeliness(snc, [nov], settings, '2026-04-02').state).toBe('overdue');
    expect(
      responseTimeliness(
        snc,
        [nov, { type: 'administrative_order', issuedOn: '2026-04-01' }],
        settings,
        '2026-06-01',
      ).state,
    ).toBe('on_time');
  });

  it('the first action counts; closing before the due date without action is not overdue', () => {
    const t = responseTimeliness(
      v,
      [
        { type: 'administrative_order', issuedOn: '2026-04-10' },
        { type: 'informal_notice', issuedOn: '2026-03-10' },
      ],
      settings,
      '2026-05-01',
    );
    expect(t.metOn).toBe('2026-03-10');
    expect(responseTimeliness({ ...v, closedOn: '2026-03-10' }, [], settings, '2026-05-01').state).toBe(
      'resolved_without_response',
    );
    expect(responseTimeliness({ ...v, closedOn: '2026-03-20' }, [], settings, '2026-05-01')).toMatchObject({
      state: 'overdue',
      daysLate: 3,
    });
  });
});
