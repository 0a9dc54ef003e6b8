/**
 * The block walk the scanner and the sniffer share (src/content/walk.ts), on a DOM built by
 * linkedom: which blocks it reads, with what text, in what order, and what it never enters.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ownText, tidy, walkBlocks } from '../../src/content/walk';
import type { WalkEvent } from '../../src/content/walk';

function walk(html: string, skip?: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const ev of walkBlocks(document.body as unknown as Element, skip) as Iterable<WalkEvent>) {
    if (ev === null) continue;
    if ('link' in ev) out.push(`link ${ev.link.getAttribute('href')}`);
    else {
      // The root is always read too; with no text of its own it says nothing.
      const text = tidy(ev.text ?? ownText(ev.block));
      if (text) out.push(`${ev.block.tagName.toLowerCase()} ${text}`);
    }
  }
  return out;
}

describe('walkBlocks', () => {
  it('reads each block’s own text once, innermost first, nested blocks on their own', () => {
    expect(
      walk(
        '<div>Intro <b>bold</b> text<p>First <i>para</i>graph.</p><ul><li>one</li><li>two</li></ul>tail</div>',
      ),
    ).toEqual(['p First paragraph.', 'li one', 'li two', 'div Intro bold texttail']);
  });

  it('joins a word split across inline elements as the page shows it', () => {
    expect(walk('<p>T<b>oken</b>P<span>ocket</span> 客<em>服</em></p>')).toEqual([
      'p TokenPocket 客服',
    ]);
  });

  it('skips scripts, styles, form fields, frames, code and the extension’s own UI', () => {
    expect(
      walk(
        '<p>seen<script>var hidden = 1</script><style>.x{}</style><textarea>typed</textarea><iframe src="x"></iframe><code>c</code><tp-scam-shield-badge>ours</tp-scam-shield-badge></p>',
      ),
    ).toEqual(['p seen']);
  });

  it('does not enter a site reader’s items, and lists links after the blocks', () => {
    expect(
      walk(
        '<article class="post"><p>read by the reader</p></article><p>own <a href="https://a.example/">link</a></p>',
        'article.post',
      ),
    ).toEqual(['p own link', 'link https://a.example/']);
  });

  it('stops adding to a block’s text past MAX_BLOCK_CHARS', () => {
    const [first] = walk(`<p>${`<b>${'x'.repeat(999)} </b>`.repeat(40)}</p>`);
    expect(first!.length).toBeLessThan(21_100);
    expect(first!.length).toBeGreaterThan(19_000);
  });
});
