/** Input readers: files, directories, JSONL, RSS/Atom feeds, URLs and standard input to `Article`s. */
export { type InputKind, kindFromPath, looksLikeFeed, sniffKind } from './file-kind.js';
export { isoDate } from './iso-date.js';
export { readFeed } from './read-feed.js';
export { readInputs } from './read-inputs.js';
export { parseJsonlRecord, readJsonl } from './read-jsonl.js';
export { type InputItem, type ReadInputsOptions, STDIN_NAME } from './types.js';
