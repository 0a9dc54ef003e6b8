/** Writes docs/report.schema.json: the JSON Schema of what is POSTed to a report endpoint. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { reportEnvelopeSchema } from '../src/reports/schema';

const out = resolve(import.meta.dirname, '../docs/report.schema.json');
writeFileSync(out, JSON.stringify(z.toJSONSchema(reportEnvelopeSchema), null, 2) + '\n');
console.log(`wrote ${out}`);
