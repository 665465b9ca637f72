import { previewLabCsv } from '@outfall/domain/lab/index';
import { checkResultQuality } from '@outfall/domain/quality/index';
import { generateLabCsv } from './bench/lab-csv';

const { csv } = generateLabCsv(20000);
let t = performance.now();
const p = previewLabCsv(csv);
console.log('preview', performance.now() - t, p.accepted, p.candidates.length);
t = performance.now();
for (const c of p.candidates) checkResultQuality(c, { limitUnits: ['mg/L' as never], existing: [] });
console.log('quality', performance.now() - t);
