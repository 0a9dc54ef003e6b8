#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (a runtime dependency), so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/run.ts');
