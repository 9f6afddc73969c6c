import { readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';

/** Card templates live in cards/ at the repository root, next to both src/ and dist/. */
const CARDS_DIR = new URL('../../../cards/', import.meta.url);

export type CardName = 'case' | 'details' | 'notice' | 'reminder' | 'nohit-list' | 'digest';
const cache = new Map<CardName, object>();

function template(name: CardName): object {
  let t = cache.get(name);
  if (!t) {
    t = JSON.parse(readFileSync(new URL(`${name}.json`, CARDS_DIR), 'utf8')) as object;
    cache.set(name, t);
  }
  return t;
}

export type CardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

/** Expands a template from cards/ with data (adaptivecards-templating). */
export function expandCard(name: CardName, data: object): CardJson {
  return new ACData.Template(template(name)).expand({ $root: data }) as CardJson;
}
