/** Part 433 metals, cyanide, TTO and pH with typical compliant levels (mg/L; pH in SU). */
const PARAMETERS: [name: string, cas: string, method: string, unit: string, base: number][] = [
  ['Cadmium', '7440-43-9', 'EPA 200.8', 'mg/L', 0.05],
  ['Chromium', '7440-47-3', 'EPA 200.8', 'mg/L', 0.8],
  ['Copper', '7440-50-8', 'EPA 200.8', 'mg/L', 1.1],
  ['Lead', '7439-92-1', 'EPA 200.8', 'mg/L', 0.12],
  ['Nickel', '7440-02-0', 'EPA 200.8', 'mg/L', 1.2],
  ['Silver', '7440-22-4', 'EPA 200.8', 'mg/L', 0.05],
  ['Zinc', '7440-66-6', 'EPA 200.8', 'mg/L', 0.9],
  ['Cyanide, Total', '57-12-5', 'SM 4500-CN E', 'mg/L', 0.1],
  ['Total toxic organics', '', 'EPA 624.1', 'mg/L', 0.4],
  ['pH', '', 'SM 4500-H+ B', 'SU', 7],
];

const HEADER =
  'sys_sample_code,sample_type_code,location_id,sample_date,sample_time,chemical_name,cas_rn,lab_anl_method_name,analysis_date,analysis_time,result_value,result_unit,detect_flag,method_detection_limit,reporting_detection_limit,analyst,lab_name';

const pad = (n: number) => String(n).padStart(2, '0');

function dayOf(start: number, offset: number): string {
  const d = new Date(start + offset * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A long-layout EDD of `rows` results: ten parameters per sample, ten samples a day (hourly),
 * deterministic values (a linear congruential sequence) around compliant levels.
 */
export function generateLabCsv(rows: number): { csv: string; header: string } {
  const start = Date.UTC(2025, 1, 1);
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const sample = Math.floor(i / PARAMETERS.length);
    const [name, cas, method, unit, base] = PARAMETERS[i % PARAMETERS.length]!;
    const date = dayOf(start, Math.floor(sample / 10));
    const time = `${pad(sample % 10)}:00`;
    const value = unit === 'SU' ? (base + next()).toFixed(1) : (base * (0.5 + next())).toFixed(3);
    lines.push(
      `BENCH-${sample},N,001,${date},${time},"${name}",${cas},${method},${date},${pad(10 + (sample % 10))}:00,${value},${unit},Y,0.001,0.005,KLM,Bench Lab`,
    );
  }
  return { csv: `${lines.join('\n')}\n`, header: HEADER };
}
