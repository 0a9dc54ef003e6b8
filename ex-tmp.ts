import { readFileSync } from 'node:fs';
import { engine } from './tests/helpers/list';
import { fold, joinCjkGaps, compact } from './src/engine/normalize';
import { textSignals, signalNames } from './src/engine/signals';
import { buildIndex } from './src/engine/official-index';
import { LIST } from './tests/helpers/list';
const idx = buildIndex(LIST);
for (const f of process.argv.slice(2)) {
  const t = readFileSync(f, 'utf8');
  const fo = joinCjkGaps(fold(t)); const ts = textSignals(fo.text, compact(fo).text, idx, true);
  console.log('===', f, engine.judgeText(t).level, 'contacts:', ts.contacts.map((c, i) => `${c.kind}:${c.value}:${ts.classes[i]}`).join(' '));
  for (const s of ts.sentences) if (s.mask || s.contacts.length) console.log('  [' + signalNames(s.mask).join(' ') + ']', s.n.slice(0, 110).replace(/\n/g, ' '));
}
