/** Layering of arxivist, lowest first; a folder may import only its own and lower layers. */
const LAYERS = {
  base: [],
  listing: ['base'],
  search: ['base', 'listing'],
  ask: ['base', 'listing', 'search'],
  digest: ['base', 'listing', 'search'],
  chat: ['base', 'listing', 'search', 'ask', 'digest'],
  store: ['base', 'listing', 'digest'],
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
      comment: 'Commands call services through the chat layer; never adapters, stores or entry points.',
      from: { path: '^commands/' },
      to: { path: '^src/(adapters|store)/|^src/[^/]+\\.(ts|mjs)$' },
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
      comment: 'Adapters do not import entry points or stores.',
      from: { path: '^src/adapters/' },
      to: { path: '^src/store/|^src/[^/]+\\.(ts|mjs)$' },
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
