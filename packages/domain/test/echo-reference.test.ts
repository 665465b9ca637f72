import { describe, expect, it } from 'vitest';
import { parseEchoDmrFile, reconcileEchoFile, toEchoReconcileJson } from '../src/echo';
import { readReferenceFile, rewriteCsv, VERDICT_COLUMN } from './echo-helpers';

// TX0062677, ECHO effluent chart 2021-2024 (shared/reference/echo-effluent-chart): 1,759 rows,
// one DMR value each; EPA flags three Enterococci daily maxima (limit 89 MPN/100mL) as E90.
describe('ECHO reconciliation on the TX0062677 reference file', () => {
  const text = readReferenceFile();

  it('agrees with EPA on every DMR value', () => {
    const json = toEchoReconcileJson(reconcileEchoFile(text));
    expect(json.dmrValues).toBe(1759);
    expect(json.epa).toEqual({ e90: 3 });
    expect(json.agreement).toEqual({ matched: 3, onlyOurs: 0, onlyEpa: 0, pctMismatches: 0 });
    expect(
      json.exceedances.map((e) => [e.dmrValueId, e.periodEnd, e.value, e.limit, e.exceedancePct]),
    ).toEqual([
      ['3738923720', '2021-04-30', 2420, 89, 2619],
      ['3743599194', '2021-06-30', 152, 89, 71],
      ['3804643821', '2023-10-31', 197, 89, 121],
    ]);
    expect(json.exceedances[0]).toEqual({
      dmrValueId: '3738923720',
      permit: 'TX0062677',
      feature: '001',
      parameterCode: '61211',
      monitoringLocation: '1',
      periodEnd: '2021-04-30',
      statisticalBaseCode: 'DD',
      valueTypeCode: 'C3',
      value: 2420,
      limit: 89,
      exceedancePct: 2619,
    });
  });

  it('reads the file as the data says: 48 NODI 9 values, 343 monitor-only values, nothing indeterminate', () => {
    const file = parseEchoDmrFile(text);
    expect(file.values.filter((v) => v.nodiCode === '9')).toHaveLength(48);
    expect(file.values.filter((v) => v.limit === null)).toHaveLength(343);
    expect(reconcileEchoFile(text).indeterminate).toHaveLength(0);
  });

  it('gives the same exceedances with the verdict columns removed', () => {
    const stripped = rewriteCsv(text, (column, cell) => (VERDICT_COLUMN.test(column) ? undefined : cell));
    expect(stripped.split('\n')[0]).not.toMatch(/violation_code|exceedence_pct|rnc_|violation_severity/);
    const withVerdicts = toEchoReconcileJson(reconcileEchoFile(text));
    const without = toEchoReconcileJson(reconcileEchoFile(stripped));
    expect(without.exceedances).toEqual(withVerdicts.exceedances);
    expect(without.dmrValues).toBe(1759);
    expect(without.epa).toBeNull();
    expect(without.agreement).toBeNull();
  });

  it('gives the same exceedances when every verdict column says the opposite', () => {
    const falsified = rewriteCsv(text, (column, cell) => {
      if (!VERDICT_COLUMN.test(column)) return cell;
      return column === 'violation_code'
        ? cell === 'E90'
          ? ''
          : 'E90'
        : column === 'exceedence_pct'
          ? '999'
          : 'X';
    });
    const truth = toEchoReconcileJson(reconcileEchoFile(text));
    const lied = toEchoReconcileJson(reconcileEchoFile(falsified));
    expect(lied.exceedances).toEqual(truth.exceedances);
    expect(lied.agreement).toEqual({ matched: 0, onlyOurs: 3, onlyEpa: 1756, pctMismatches: 0 });
  });

  it('reads the same file with upper-case headers (the bulk NPDES_DMRS layout)', () => {
    const [header = '', ...rest] = text.split('\n');
    const upper = [header.toUpperCase(), ...rest].join('\n');
    expect(toEchoReconcileJson(reconcileEchoFile(upper))).toEqual(
      toEchoReconcileJson(reconcileEchoFile(text)),
    );
  });
});
