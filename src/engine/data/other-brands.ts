/**
 * Wallets and exchanges other than TokenPocket, whose names the same fake-support gangs use
 * (issue #18: "judge the scam, not only the brand"). Each entry: the names as written (matched on
 * the compact text, so spacing and symbol evasions do not hide them), the brand's own domains (a
 * link there is the brand's own help, not a lure), and where the entry comes from. TokenPocket
 * itself is not here: its names and channels come from the signed official list.
 *
 * Sources: the brand's own website (its domain is the entry's first), and the real published
 * scam texts in tests/fixtures/real/ that name it (the issue-tracker reply bots and phone spam
 * listed in tests/fixtures/real/SOURCES.md).
 */
export interface OtherBrand {
  /** Compact forms (lower case, letters and digits only). */
  names: string[];
  domains: string[];
  source: string;
}

export const OTHER_BRANDS: OtherBrand[] = [
  {
    names: ['metamask'],
    domains: ['metamask.io', 'consensys.io'],
    source: 'https://metamask.io; real reply-bot and phone-spam texts (github.com/MetaMask issues)',
  },
  {
    names: ['trustwallet'],
    domains: ['trustwallet.com'],
    source: 'https://trustwallet.com; real reply-bot texts (github.com/trustwallet/assets issues)',
  },
  {
    names: ['binance'],
    domains: ['binance.com', 'binance.us'],
    source: 'https://www.binance.com; real phone-spam texts',
  },
  {
    names: ['coinbase'],
    domains: ['coinbase.com'],
    source: 'https://www.coinbase.com; real phone-spam and disclaimer-laundering texts',
  },
  {
    names: ['kraken'],
    domains: ['kraken.com'],
    source: 'https://www.kraken.com; real phone-spam texts',
  },
  {
    names: ['exoduswallet', 'exodusapp'],
    domains: ['exodus.com'],
    source: 'https://www.exodus.com; real phone-spam texts',
  },
  {
    names: ['cryptocom', 'defiwallet'],
    domains: ['crypto.com'],
    source: 'https://crypto.com; real phone-spam texts (DeFi Wallet)',
  },
  {
    names: ['imtoken'],
    domains: ['token.im', 'imtoken.com'],
    source: 'https://token.im; real Chinese support texts',
  },
  { names: ['okx', 'okex', '欧易'], domains: ['okx.com'], source: 'https://www.okx.com' },
  { names: ['bybit'], domains: ['bybit.com'], source: 'https://www.bybit.com' },
  { names: ['bitget'], domains: ['bitget.com'], source: 'https://www.bitget.com' },
  { names: ['kucoin'], domains: ['kucoin.com'], source: 'https://www.kucoin.com' },
  {
    names: ['huobi', 'htx', '火币'],
    domains: ['htx.com', 'huobi.com'],
    source: 'https://www.htx.com; real Chinese police write-ups (火币 fake support)',
  },
  {
    names: ['币安'],
    domains: ['binance.com'],
    source: 'https://www.binance.com/zh-CN; real Chinese support spam',
  },
  {
    names: ['ledgerlive', 'ledgerwallet', 'ledgernano'],
    // ledgerwallet.com: Ledger's earlier domain, its help desk (support.ledgerwallet.com) linked by
    // Ledger's own developers in github.com/LedgerHQ issues (tests/fixtures/real train4).
    domains: ['ledger.com', 'ledgerwallet.com'],
    source: 'https://www.ledger.com; real phone-spam texts; LedgerHQ maintainers’ issue replies',
  },
  { names: ['trezor'], domains: ['trezor.io'], source: 'https://trezor.io' },
  {
    names: ['phantomwallet'],
    domains: ['phantom.com', 'phantom.app'],
    source: 'https://phantom.com',
  },
  { names: ['safepal'], domains: ['safepal.com'], source: 'https://www.safepal.com' },
  { names: ['bitpie', '比特派'], domains: ['bitpie.com'], source: 'https://bitpie.com' },
  { names: ['tronlink'], domains: ['tronlink.org'], source: 'https://www.tronlink.org' },
  {
    names: ['mathwallet', '麦子钱包'],
    domains: ['mathwallet.org'],
    source: 'https://mathwallet.org',
  },
  { names: ['atomicwallet'], domains: ['atomicwallet.io'], source: 'https://atomicwallet.io' },
  {
    names: ['blockchaincom', 'blockchainwallet'],
    domains: ['blockchain.com'],
    source: 'https://www.blockchain.com',
  },
  { names: ['uniswap'], domains: ['uniswap.org'], source: 'https://uniswap.org' },
  {
    names: ['pancakeswap'],
    domains: ['pancakeswap.finance'],
    source: 'https://pancakeswap.finance',
  },
  {
    names: ['tonkeeper', 'tonwallet'],
    domains: ['tonkeeper.com', 'ton.org'],
    source: 'https://tonkeeper.com; real reply-bot text (Ton Help Center)',
  },
  {
    names: ['gateio', '芝麻开门'],
    domains: ['gate.io', 'gate.com'],
    source: 'https://www.gate.io',
  },
  { names: ['bitfinex'], domains: ['bitfinex.com'], source: 'https://www.bitfinex.com' },
  {
    names: ['robinhood'],
    domains: ['robinhood.com'],
    source:
      'https://robinhood.com (Robinhood Crypto, Robinhood Wallet); real phone-spam texts (github.com/tensorflow/serving issues)',
  },
];

/** Every brand's own domains (a link there is not an off-platform lure). */
export const OTHER_BRAND_DOMAINS: ReadonlySet<string> = new Set(
  OTHER_BRANDS.flatMap((b) => b.domains),
);
