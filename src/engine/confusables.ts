/**
 * Letters of other scripts that render like Latin ones (a subset of Unicode confusables): the
 * engine's text folding and the guard's look-alike host check share it. Built on first use: the
 * guard's start-up script carries it for punycode hosts only, and a table built at start would be
 * paid in every frame.
 */
let table: Readonly<Record<string, string>> | null = null;

export function confusables(): Readonly<Record<string, string>> {
  return (table ??= build());
}

const build = (): Readonly<Record<string, string>> => ({
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  һ: 'h',
  ӏ: 'l',
  ո: 'n',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  ϳ: 'j',
  ɑ: 'a',
  ı: 'i',
  ȷ: 'j',
  ℓ: 'l',
  '０': '0',
});
