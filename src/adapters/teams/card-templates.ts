import { readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';
import { compileTemplate } from './template-compiler.js';

/** Card templates live in cards/ at the repository root, next to both src/ and dist/. */
const CARDS_DIR = new URL('../../../cards/', import.meta.url);

export type CardName = 'case' | 'details' | 'notice' | 'reminder' | 'nohit-list' | 'digest';
type Render = (data: object) => unknown;

/**
 * Prepared once per card. Rendering a card was the largest cost of a button press: the library parses every
 * `${...}` when a Template is built and interprets each on every expansion. The templates compile to plain
 * functions (template-compiler.ts, which expands exactly as the library does); one using something the
 * compiler does not know keeps a library Template, built once and expanded with new data each time.
 */
const cache = new Map<CardName, Render>();

function template(name: CardName): Render {
  let render = cache.get(name);
  if (!render) {
    const json = JSON.parse(readFileSync(new URL(`${name}.json`, CARDS_DIR), 'utf8')) as object;
    const compiled = compileTemplate(json);
    const library = compiled ? undefined : new ACData.Template(json);
    render = compiled ?? ((data) => library!.expand({ $root: data }));
    cache.set(name, render);
  }
  return render;
}

export type CardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

/** Expands a template from cards/ with data (adaptivecards-templating semantics). */
export function expandCard(name: CardName, data: object): CardJson {
  return template(name)(data) as CardJson;
}
