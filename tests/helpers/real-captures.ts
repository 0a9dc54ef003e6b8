/**
 * The real DOM captures in tests/fixtures/sites-real/ and the items a blind labeller listed for
 * each (`<capture>.expected.json`, written from the HTML alone by someone who never read the
 * readers), and how a reader's output is held to them.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Candidate } from '../../src/sites/types';

const ROOT = resolve(import.meta.dirname, '../fixtures/sites-real');

export interface Expected {
  kind: 'result' | 'message';
  ad?: boolean;
  title?: string | null;
  link?: string | null;
  display?: string | null;
  textStart?: string | null;
  authorHandle?: string | null;
  authorName?: string | null;
  profileLink?: string | null;
  quoted?: boolean;
  locator?: string;
}

export interface Capture {
  host: string;
  file: string;
  html: string;
  items: Expected[];
}

export function captures(): Capture[] {
  const out: Capture[] = [];
  for (const host of readdirSync(ROOT, { withFileTypes: true })) {
    if (!host.isDirectory()) continue;
    for (const file of readdirSync(join(ROOT, host.name))) {
      if (!file.endsWith('.html')) continue;
      const exp = join(ROOT, host.name, `${file}.expected.json`);
      if (!existsSync(exp)) continue;
      out.push({
        host: host.name,
        file,
        html: readFileSync(join(ROOT, host.name, file), 'utf8'),
        items: (JSON.parse(readFileSync(exp, 'utf8')) as { items: Expected[] }).items,
      });
    }
  }
  return out.sort((a, b) => `${a.host}/${a.file}`.localeCompare(`${b.host}/${b.file}`));
}

export function documentOf(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  attachDeclarativeShadows(doc);
  return doc;
}

/**
 * Declarative shadow roots (`<template shadowrootmode="open">`), which a browser attaches while
 * parsing and linkedom leaves as templates: attached here the same way, outermost first.
 */
function attachDeclarativeShadows(root: Document | ShadowRoot): void {
  for (const tpl of [...root.querySelectorAll('template[shadowrootmode]')]) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot || tpl.closest('template:not([shadowrootmode])') !== null)
      continue;
    // Only templates of this tree (a nested one is attached with its own host's shadow root).
    if ((tpl.parentElement?.closest('template[shadowrootmode]') ?? null) !== null) continue;
    const mode = tpl.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const sr = host.attachShadow({ mode });
    const content = (tpl as HTMLTemplateElement).content;
    sr.append(...(content ? [...content.childNodes] : [...tpl.childNodes]));
    tpl.remove();
    attachDeclarativeShadows(sr);
  }
}

/** Text as compared: without whitespace (where a page breaks a line differs between readings). */
const norm = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/\uFEFF/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();

/** The first words of a labelled text, enough to tell items apart. */
const start = (s: string | null | undefined) => norm(s).slice(0, 24);

/** The account name a labeller wrote, as a reader gives it (no "@", no "u/"). */
const handleOf = (s: string | null | undefined) => norm(s).replace(/^@|^u\//, '');

/** What the labeller said the item reads as: its text start, or its title. */
function textMatches(e: Expected, c: Candidate): boolean {
  const have = norm(c.text);
  // A result reads as its title (and its snippet after it).
  if (e.kind === 'result' && e.title) return have.includes(start(e.title));
  const wants = [start(e.textStart), start(e.title)].filter(Boolean);
  // An item with no text of its own (a share with nothing added): its author tells it apart.
  if (!wants.length) return !have && !!e.authorHandle && authorMatches(e, c);
  return wants.some((w) => have.includes(w));
}

function authorMatches(e: Expected, c: Candidate): boolean {
  if (e.kind === 'result' || !e.authorHandle) return true;
  const got = [c.account?.handle, c.account?.accountId].map(handleOf);
  return got.includes(handleOf(e.authorHandle));
}

/**
 * Where a link through Bing leads: /aclick (ads) carries the address in base64 in `u`, /ck/a
 * (results) carries "a1" and the address in base64url.
 */
function bingTarget(link: string): string | null {
  const m = /^https:\/\/www\.bing\.com\/(aclick|ck\/a)\?.*?[?&]u=([^&]+)/.exec(link);
  if (!m) return null;
  const b64 = m[1] === 'ck/a' ? m[2]!.replace(/^a1/, '') : m[2]!;
  const raw = Buffer.from(b64, 'base64url').toString('utf8');
  return /^https?%3a/i.test(raw) ? decodeURIComponent(raw) : raw;
}

/** The host Baidu shows for a result it links through its redirect ("www.python.org/…"). */
function shownHost(display: string | null | undefined): string | null {
  const m = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec((display ?? '').trim());
  return m ? m[1]!.toLowerCase() : null;
}

function linkMatches(e: Expected, c: Candidate, realTarget: string | null): boolean {
  if (e.kind !== 'result' || !e.link) return true;
  if (c.url === e.link || c.url === bingTarget(e.link)) return true;
  if (realTarget && c.url === realTarget) return true;
  // Through Baidu's redirect: the address it shows stands for the destination.
  if (/^https?:\/\/www\.baidu\.com\/link\?/.test(e.link) && c.url) {
    const host = shownHost(e.display);
    try {
      if (host) return new URL(c.url).hostname === host;
    } catch {
      return false;
    }
  }
  return false;
}

export interface Score {
  expected: number;
  /** Found exactly once, with the right author and link. */
  once: number;
  missed: string[];
  twice: string[];
  /** Read, but with another author or link. */
  wrong: string[];
  /** Read as an item, matching no labelled item. */
  extra: string[];
  /**
   * Results read inside a labelled result (sitelinks with titles of their own): labellers list
   * them in some captures and not in others (each capture's notes say which), so they are counted
   * apart, not as extra.
   */
  sitelinks: number;
}

/**
 * Holds what a reader read (`read`: candidates with the element each came from) to the labels.
 * `realTarget` gives a result element's real destination where the page carries one apart from
 * its link (Baidu's `mu`).
 */
export function score(
  items: Expected[],
  read: { el: Element; c: Candidate }[],
  realTarget: (el: Element) => string | null = () => null,
  doc?: Document,
): Score {
  const s: Score = {
    expected: items.length,
    once: 0,
    missed: [],
    twice: [],
    wrong: [],
    extra: [],
    sitelinks: 0,
  };
  const resultEls = doc
    ? items
        .filter((e) => e.kind === 'result' && e.locator)
        .map((e) => doc.querySelector(e.locator!))
        .filter((x): x is Element => !!x)
    : [];
  const used = new Set<number>();
  for (const e of items) {
    const label = `${e.kind}: ${e.authorHandle ?? e.title ?? ''} "${start(e.textStart)}"`;
    const hits = read
      .map((r, i) => ({ ...r, i }))
      .filter((r) => textMatches(e, r.c) && (e.kind === 'result') === (r.c.kind === 'result'));
    // A quote and the post that quotes it share words: the closest match is the labelled one.
    const exact = hits.filter(
      (r) => authorMatches(e, r.c) && linkMatches(e, r.c, realTarget(r.el)),
    );
    for (const r of hits) used.add(r.i);
    if (!hits.length) s.missed.push(label);
    else if (!exact.length) s.wrong.push(`${label} read as ${describe(hits[0]!.c)}`);
    // The same item shown twice on the page (an ad at the top and the bottom) is labelled twice.
    else if (exact.length > items.filter((o) => sameLabel(o, e)).length)
      s.twice.push(`${label} ×${exact.length}`);
    else s.once++;
  }
  read.forEach((r, i) => {
    if (used.has(i)) return;
    if (r.c.kind === 'result' && resultEls.some((x) => x !== r.el && x.contains(r.el)))
      s.sitelinks++;
    else s.extra.push(describe(r.c));
  });
  return s;
}

function sameLabel(a: Expected, b: Expected): boolean {
  return (
    a.kind === b.kind &&
    a.textStart === b.textStart &&
    a.title === b.title &&
    a.link === b.link &&
    a.authorHandle === b.authorHandle
  );
}

function describe(c: Candidate): string {
  return `${c.kind} ${c.account?.handle ?? ''} ${c.url ?? ''} "${norm(c.text).slice(0, 40)}"`;
}
