/** Tiny element builder for the extension's own pages: children are nodes or plain text (never HTML). */
export function h(
  tag: string,
  attrs: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

export function clear(e: Element): void {
  while (e.firstChild) e.firstChild.remove();
}

/**
 * The warning sign drawn, not typed: an emoji or dingbat (⛔, ⚠) shows as a missing-glyph box
 * where no emoji font is installed. `kind`: a stop (red disc and bar) or a caution (triangle).
 */
export function signIcon(kind: 'stop' | 'caution', size = 22): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const svg = el('svg', {
    viewBox: '0 0 24 24',
    width: String(size),
    height: String(size),
    'aria-hidden': 'true',
    class: `sign-icon sign-${kind}`,
  });
  if (kind === 'stop') {
    svg.append(el('circle', { cx: '12', cy: '12', r: '11', fill: '#c62828' }));
    svg.append(el('rect', { x: '5', y: '10', width: '14', height: '4', rx: '1', fill: '#fff' }));
  } else {
    svg.append(el('path', { d: 'M12 2 L23 21 H1 Z', fill: '#f9a825' }));
    svg.append(el('rect', { x: '11', y: '8', width: '2', height: '7', fill: '#000' }));
    svg.append(el('rect', { x: '11', y: '17', width: '2', height: '2', fill: '#000' }));
  }
  return svg;
}
