import { describe, expect, it } from 'vitest';
import { EchoFileError, parseEchoDmrFile } from '../src/echo';
import { echoCsv } from './echo-helpers';

function errorOf(text: string): EchoFileError {
  try {
    parseEchoDmrFile(text);
  } catch (error) {
    if (error instanceof EchoFileError) return error;
    throw error;
  }
  throw new Error('expected an EchoFileError');
}

describe('parseEchoDmrFile: bad input names the row and column', () => {
  it('a value that is not a number', () => {
    const e = errorOf(echoCsv([{}, {}, { dmr_value_id: '3', dmr_value_standard_units: 'abc' }]));
    expect(e.message).toBe("row 4, column dmr_value_standard_units: 'abc' is not a number");
    expect([e.row, e.column]).toEqual([4, 'dmr_value_standard_units']);
  });

  it.each([
    [
      { limit_value_standard_units: '1,5' },
      "row 2, column limit_value_standard_units: '1,5' is not a number",
    ],
    [
      { monitoring_period_end_date: '2024-13-01' },
      "row 2, column monitoring_period_end_date: '2024-13-01' is not a calendar date",
    ],
    [
      { monitoring_period_end_date: '02/30/2024' },
      "row 2, column monitoring_period_end_date: '02/30/2024' is not a calendar date",
    ],
    [
      { monitoring_period_end_date: 'Jan 2024' },
      "row 2, column monitoring_period_end_date: 'Jan 2024' is not a date (expected MM/DD/YYYY)",
    ],
    [
      { limit_value_qualifier_code: '=<' },
      "row 2, column limit_value_qualifier_code: '=<' is not one of <= >= < > =",
    ],
    [{ parameter_code: '' }, 'row 2, column parameter_code: is blank'],
    [{ exceedence_pct: 'n/a' }, "row 2, column exceedence_pct: 'n/a' is not a number"],
  ])('%o', (row, message) => {
    expect(errorOf(echoCsv([row])).message).toBe(message);
  });

  it('a missing required header, named with its alternatives', () => {
    const e = errorOf(echoCsv([{}], { drop: ['dmr_value_standard_units', 'npdes_id'] }));
    expect(e.message).toBe(
      'missing required columns: npdes_id or external_permit_nmbr, dmr_value_standard_units',
    );
  });

  it('an empty file and a file that is not CSV', () => {
    expect(errorOf('').message).toMatch(/the file is empty/);
    expect(errorOf('a,b\n1,2\n3\n').message).toMatch(/^row 3: not a readable CSV file/);
    expect(errorOf('a,b\n1,"2\n').message).toMatch(/not a readable CSV file.*Quote Not Closed/);
  });

  it('the same DMR value repeated with a different number', () => {
    const e = errorOf(
      echoCsv([{ violation_code: 'D90' }, { violation_code: 'E90', dmr_value_standard_units: '21' }]),
    );
    expect(e.message).toBe(
      'row 3, column dmr_value_standard_units: DMR value 7001 also appears on row 2 with a different value',
    );
  });
});
