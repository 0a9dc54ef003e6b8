/**
 * The pass criterion of the hostile-page suite, independent of the extension's code.
 *
 * A secret leaked when any request the page made carries, after decoding (URL-decoding with + as
 * space, JSON, base64), 3 or more consecutive words of the phrase in order, or a run of hex digits
 * of the key longer than its first 16 (any 16 consecutive digits other than exactly the prefix).
 */

export interface Recorded {
  method: string;
  /** Absolute URL as the page asked for it. */
  url: string;
  headers: Record<string, string>;
  body: string;
  /** 'server' (the local recorder) or 'route' (a routed non-local host). */
  via: string;
  at: number;
}

export interface Secret {
  label: string;
  /** What the user enters. */
  text: string;
  /** Phrase words, in order (English or Chinese). */
  words?: string[];
  /** Hex strings no more than their first 16 digits of which may reach the page. */
  hex?: string[];
}

export interface Leak {
  what: string;
  request: string;
  /** When the recorder got that request (ms since epoch). */
  at: number;
}

const CJK = /[\u3400-\u9fff]/;

function tryJson(s: string): unknown {
  const t = s.trim();
  if (!/^[[{"]/.test(t)) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

function b64(s: string): string | undefined {
  const t = s.trim();
  if (t.length < 16 || t.length % 4 === 1 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) return undefined;
  try {
    const out = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    // Only text that decodes to mostly printable characters counts as a decoding.
    const bad = out.replace(/[\p{L}\p{N}\p{P}\p{S}\s]/gu, '').length;
    return bad > out.length / 10 ? undefined : out;
  } catch {
    return undefined;
  }
}

function pct(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s.replace(/\+/g, ' ');
  }
}

/** One decoded text a request carries, and where in the request it was found. */
export interface Text {
  t: string;
  at: string;
}

/**
 * The decoded texts of a string: itself, its URL decoding, JSON string values (each, and all
 * values joined with spaces in order), form values, base64 decodings; recursively, a few levels.
 */
export function texts(raw: string, at = '', depth = 0, out: Text[] = []): Text[] {
  if (depth > 4 || raw === '') return out;
  const j = tryJson(raw);
  // A JSON text is judged by its values (each, and all in order), not by its key names.
  if (j === undefined || typeof j === 'string') out.push({ t: raw, at });
  if (j !== undefined) {
    const vals: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'string') {
        vals.push(v);
        texts(v, path, depth + 1, out);
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          texts(k, `${path} key`, depth + 1, out);
          walk(x, `${path}.${k}`);
        }
    };
    walk(j, at);
    if (vals.length > 1) out.push({ t: vals.join(' '), at: `${at} (all values)` });
    return out;
  }
  if (/^[^\s=&]*=[^\s]*$/.test(raw) && !raw.startsWith('http')) {
    // application/x-www-form-urlencoded (or a query string)
    const vals: string[] = [];
    for (const pair of raw.split('&')) {
      const i = pair.indexOf('=');
      if (i < 0) continue;
      const name = pct(pair.slice(0, i));
      vals.push(pct(pair.slice(i + 1)));
      texts(name, `${at} name`, depth + 1, out);
      texts(pct(pair.slice(i + 1)), `${at} ${name}=`, depth + 1, out);
    }
    if (vals.length > 1) out.push({ t: vals.join(' '), at: `${at} (all fields)` });
    return out;
  }
  const d = pct(raw);
  if (d !== raw) texts(d, `${at} (url-decoded)`, depth + 1, out);
  const b = b64(raw);
  if (b !== undefined) texts(b, `${at} (base64)`, depth + 1, out);
  return out;
}

/** Every decoded text a recorded request carries (URL path and query, headers, body). */
export function requestTexts(r: Recorded): Text[] {
  const out: Text[] = [];
  let u: URL | undefined;
  try {
    u = new URL(r.url);
  } catch {
    texts(r.url, 'url', 0, out);
  }
  if (u) {
    for (const seg of u.pathname.split('/')) if (seg) texts(pct(seg), 'path', 1, out);
    if (u.search.length > 1) texts(u.search.slice(1), 'query', 0, out);
    if (u.hash.length > 1) texts(u.hash.slice(1), 'hash', 0, out);
  }
  for (const [k, v] of Object.entries(r.headers))
    if (
      !/^(host|accept|accept-encoding|accept-language|user-agent|connection|sec-|content-length)/.test(
        k,
      )
    )
      texts(v, `header ${k}`, 0, out);
  if (r.body) texts(r.body, 'body', 0, out);
  return out;
}

/** The longest run (≥3) of consecutive phrase words one text carries, or 0. */
export function wordRun(text: string, words: string[]): { start: number; len: number } {
  let best = { start: 0, len: 0 };
  const cjk = words.some((w) => CJK.test(w));
  const seqs: string[][] = [];
  if (cjk) {
    seqs.push([...text.replace(/[^\u3400-\u9fff]/g, '')]);
  } else {
    const toks = text.toLowerCase().match(/[a-z]+/g) ?? [];
    seqs.push(toks);
  }
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      for (let s = 0; s < words.length; s++) {
        let n = 0;
        while (i + n < seq.length && s + n < words.length && seq[i + n] === words[s + n]) n++;
        if (n > best.len) best = { start: s, len: n };
      }
    }
  }
  if (!cjk) {
    // Words run together with no separator (e.g. a page that only saw letters).
    const letters = text.toLowerCase().replace(/[^a-z]/g, '');
    for (let s = 0; s + 3 <= words.length; s++) {
      let n = 0;
      let joined = '';
      while (s + n < words.length) {
        const next = joined + words[s + n];
        if (!letters.includes(next)) break;
        joined = next;
        n++;
      }
      if (n > best.len) best = { start: s, len: n };
    }
  }
  return best.len >= 3 ? best : { start: 0, len: 0 };
}

/** The longest run of a hex string one text carries beyond what is allowed, or 0. */
export function hexRun(text: string, hex: string): number {
  const key = hex.toLowerCase();
  const low = text.toLowerCase();
  let best = 0;
  // Contiguous runs of hex digits: any 16 digits other than exactly the first 16.
  for (const run of low.match(/[0-9a-f]{16,}/g) ?? []) {
    for (let i = 1; i + 16 <= key.length; i++) {
      if (!run.includes(key.slice(i, i + 16))) continue;
      let n = 16;
      while (i + n < key.length && run.includes(key.slice(i, i + n + 1))) n++;
      // Extend backwards to the start of the match too.
      let b = i;
      while (b > 0 && run.includes(key.slice(b - 1, i + n))) b--;
      best = Math.max(best, i + n - b);
    }
  }
  // Digits separated by other characters: 24 or more in order.
  const only = low.replace(/[^0-9a-f]/g, '');
  for (let i = 0; i + 24 <= key.length; i++)
    if (only.includes(key.slice(i, i + 24))) best = Math.max(best, 24);
  return best;
}

/** The first leak of `secret` among the requests, with what leaked and which request carried it. */
export function leaked(requests: Recorded[], secret: Secret): Leak | undefined {
  let worst: (Leak & { score: number }) | undefined;
  for (const r of requests) {
    const desc = `${r.method} ${r.url.length > 120 ? r.url.slice(0, 120) + '…' : r.url}`;
    for (const { t, at } of requestTexts(r)) {
      const where = `${desc}, ${at.trim() || 'whole'}`;
      if (secret.words) {
        const run = wordRun(t, secret.words);
        if (run.len >= 3 && (!worst || run.len > worst.score)) {
          const sep = secret.words.some((w) => CJK.test(w)) ? '' : ' ';
          worst = {
            score: run.len,
            what: `${run.len} consecutive words (${run.start + 1}-${run.start + run.len}): "${secret.words
              .slice(run.start, run.start + run.len)
              .join(sep)}"`,
            request: where,
            at: r.at,
          };
        }
      }
      for (const h of secret.hex ?? []) {
        const n = hexRun(t, h);
        if (n > 0 && (!worst || n / 4 > worst.score))
          worst = {
            score: n / 4,
            what: `${n} consecutive hex digits of ${h.slice(0, 8)}…`,
            request: where,
            at: r.at,
          };
      }
    }
  }
  return worst && { what: worst.what, request: worst.request, at: worst.at };
}
