/**
 * The reference report collector (src/collector/collector.ts) as a command:
 *
 *   npm run collector -- [--port 8787] [--host 127.0.0.1] [--db .collector/reports.sqlite]
 *   npm run collector -- dump OUT.json [--db .collector/reports.sqlite]
 *
 * The first serves the endpoint to set in the extension's options (http://localhost:8787/ by
 * default; only this machine can reach it unless --host says otherwise); the second writes the dump
 * that `npm run list:triage -- OUT.json` reads.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import initSqlJs from 'sql.js';
import type { Database } from 'sql.js';
import { createCollector, dump } from '../src/collector/collector';
import { cliArgs } from './cli-args';

function fail(msg: string): never {
  console.error(`collector: ${msg}`);
  process.exit(2);
}

const { args, opt } = cliArgs(fail);
const dbPath = resolve(opt('--db', '.collector/reports.sqlite'));
const port = Number(opt('--port', '8787'));
const host = opt('--host', '127.0.0.1');
const SQL = await initSqlJs();
let db: Database;
try {
  db = existsSync(dbPath) ? new SQL.Database(readFileSync(dbPath)) : new SQL.Database();
} catch (e) {
  fail(`${dbPath} is not a database this collector wrote (${String(e)}); nothing was changed`);
}

/** The database written whole to a new file, then renamed over the old one (never half written). */
function save(): void {
  mkdirSync(dirname(dbPath), { recursive: true });
  writeFileSync(`${dbPath}.tmp`, db.export());
  renameSync(`${dbPath}.tmp`, dbPath);
}

if (args[0] === 'dump') {
  const out = args[1];
  if (!out) fail('dump needs an output file: npm run collector -- dump OUT.json');
  const rows = dump(db);
  writeFileSync(out, JSON.stringify(rows, null, 2));
  console.log(`collector: ${rows.length} report(s) written to ${out}`);
} else {
  if (args.length) fail(`unknown argument ${args[0]} (see the header of scripts/collector.ts)`);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a port number');
  const server = createServer(createCollector(db, { onStored: save }));
  server.listen(port, host, () => {
    console.log(`collector: http://localhost:${port}/ (database ${dbPath}); Ctrl+C to stop`);
  });
}
