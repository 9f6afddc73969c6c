import { readdirSync, readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../src/adapters/teams/template-compiler.js';

const CARDS = new URL('../../../cards/', import.meta.url);
const templates = readdirSync(CARDS).filter((f) => f.endsWith('.json')).map((f) => ({ name: f, json: JSON.parse(readFileSync(new URL(f, CARDS), 'utf8')) as unknown }));

/** What the library makes of it, or the error it throws. */
function library(template: unknown, data: unknown): unknown {
  try {
    return new ACData.Template(template).expand({ $root: data });
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

function compiled(template: unknown, data: unknown): unknown {
  const render = compileTemplate(template);
  if (!render) throw new Error('not compiled');
  try {
    return render(data);
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

/** Every name a template's expressions use, so random data hits (and misses) them. */
function namesIn(template: unknown): string[] {
  const names = new Set<string>();
  JSON.stringify(template).replace(/\$\{([^}]*)\}/g, (_, expr: string) => {
    for (const name of expr.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []) if (!['count', '$root', '$data', '$index'].includes(name)) names.add(name);
    return '';
  });
  return [...names];
}

/** Data shaped like what the card code passes, with every value a template may meet: missing, null, '', numbers, lists. */
function dataFor(names: string[]) {
  // Upper-case variants check that names match case-insensitively, first key first, as in the library.
  const key = fc.constantFrom(...names, ...names.slice(0, 3).map((n) => n.toUpperCase()), 'other');
  const scalar = fc.oneof(fc.constant(null), fc.constantFrom('', 'x', 'Tekst med æøå'), fc.integer({ min: -2, max: 3 }), fc.boolean());
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, scalar, tie('object'), fc.array(fc.oneof(tie('object'), scalar), { maxLength: 3 })),
    object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
  }));
  return fc.dictionary(key, value, { minKeys: 1, maxKeys: names.length + 2 });
}

describe('compiled card templates', () => {
  it.each(templates)('$name compiles, so cards render without the library\'s interpreter', ({ json }) => {
    expect(compileTemplate(json)).toBeDefined();
  });

  it.each(templates)('$name expands exactly as adaptivecards-templating does, for any data', ({ json }) => {
    fc.assert(fc.property(dataFor(namesIn(json)), (data) => {
      expect(compiled(json, data)).toEqual(library(json, data));
    }), { numRuns: 120 });
  });

  const quirks = {
    a: '${x}', b: 'pre ${x} post', c: '${y.z}', idx: '${$index}', root: '${$root.num}', obj: '${o}', list: '${arr}',
    k: { $when: '${flag}', v: 1 }, ne: { $when: "${s != ''}", v: 2 }, cnt: { $when: '${count(arr) > 0}', v: 3 },
    none0: { $when: '${count(o) == 0}', v: 4 }, not: { $when: '${!flag}', v: 5 }, notS: { $when: '${!s}', v: 6 },
    loop: [{ $data: '${arr}', i: '${$index}', n: '${name}', r: '${$root.num}', d: '${$data.name}' }],
    single: { $data: '${one}', n: '${name}' }, missing: { $data: '${nothing}', n: '${name}' }, empty: [{ $data: '${none}', n: 1 }],
    nested: [{ $data: '${arr}', inner: [{ $data: '${tags}', t: '${$data}', outer: '${$root.num}' }] }],
  };
  it.each([
    ['every kind of value', { x: 'X', y: { z: 0 }, num: 5, flag: true, s: 'v', arr: [{ name: 'A', tags: ['p', 'q'] }, { NAME: 'B', name: 'b' }], one: { name: 'O' }, none: [], o: { k: 1 } }],
    ['nothing defined', {}],
    ['nulls, falsy values and a string where a flag belongs', { x: 0, y: null, num: null, flag: 'true', s: '', arr: [], one: null, o: null }],
    ['false, empty containers and counts of objects', { flag: false, s: 0, arr: [''], o: {} }],
    ['a string to count and an object with keys', { flag: null, s: 'false', arr: 'abc', o: { a: 1 } }],
    ['a null inside an interpolation (the library throws)', { x: null }],
  ])('matches the library on %s', (_, data) => {
    expect(compiled(quirks, data)).toEqual(library(quirks, data));
  });

  it.each([
    ['a function call in a value', { v: '${toUpper(x)}' }],
    ['a comparison with a value', { v: { $when: "${x == 'a'}", a: 1 } }],
    ['a condition that is not an expression', { v: { $when: 'yes', a: 1 } }],
    ['spaces inside the braces', { v: '${ x }' }],
    ['a backslash next to an expression', { v: 'a\\n ${x}' }],
  ])('leaves %s to the library', (_, template) => {
    expect(compileTemplate(template)).toBeUndefined();
  });
});
