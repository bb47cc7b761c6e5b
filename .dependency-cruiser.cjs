/**
 * The dependency direction, lowest first (README, "Architecture"): a folder may import only its
 * own and the folders listed for it, types included. `app` (composition) sits on top of all.
 */
const LAYERS = {
  base: [],
  listing: ['base'],
  arxiv: ['base', 'listing'],
  export: ['base', 'listing'],
  search: ['base', 'listing'],
  ask: ['base', 'listing', 'search'],
  digest: ['base', 'listing', 'search'],
  store: ['base', 'listing', 'digest'],
  reload: ['base', 'listing', 'arxiv', 'search', 'digest'],
  ops: ['base', 'listing', 'search'],
  sources: ['base', 'listing', 'arxiv', 'search'],
  chat: ['base', 'listing', 'export', 'search', 'ask', 'digest', 'sources'],
};

const PLATFORM = 'node_modules/(discord\\.js|grammy|@grammyjs|@discordjs)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make layers meaningless.',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(LAYERS).map(([layer, below]) => ({
      name: `layer-${layer}`,
      severity: 'error',
      comment: `src/${layer} imports only ${below.length ? `src/{${below.join(',')}}` : 'itself'} (types included).`,
      from: { path: `^src/${layer}/` },
      to: { path: '^(src|commands)/', pathNot: `^src/(${[layer, ...below].join('|')})/` },
    })),
    {
      name: 'commands-above-chat',
      severity: 'error',
      comment: 'Commands call services and use the chat layer; never adapters, stores, reloading or composition.',
      from: { path: '^commands/' },
      to: { path: '^src/(adapters|store|reload|ops|app)/' },
    },
    {
      name: 'adapters-apart',
      severity: 'error',
      comment: 'An adapter never imports another adapter.',
      from: { path: '^src/adapters/([^/]+)/' },
      to: { path: '^src/adapters/', pathNot: '^src/adapters/$1/' },
    },
    {
      name: 'adapters-below-entry',
      severity: 'error',
      comment: 'Adapters translate platform events and render replies: no stores, reloading or composition.',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(store|reload|ops|app)/' },
    },
    {
      name: 'composition-on-top',
      severity: 'error',
      comment: 'Only src/app composes; nothing below imports it.',
      from: { path: '^(src|commands)/', pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-loose-files',
      severity: 'error',
      comment: 'Every source file lives in the folder of its concept.',
      from: { path: '^src/[^/]+\\.ts$' },
      to: {},
    },
    {
      name: 'platforms-only-in-adapters',
      severity: 'error',
      comment: 'Only adapters import discord.js or grammY.',
      from: { pathNot: '^src/adapters/|^tests/' },
      to: { path: PLATFORM },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
