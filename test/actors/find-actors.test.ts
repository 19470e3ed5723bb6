import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actors, coder } from '../helpers/coder.js';

function person(text: string) {
  const { doc } = coder().code({ id: 't', text, date: '2025-05-10', origin: { file: '<test>' } });
  return doc.actors.map((m) => ({ code: m.code, name: m.name, text: doc.text.slice(m.start, m.end), kind: m.kind }));
}

describe('countries, demonyms, capitals and seats', () => {
  it('finds country names in their press spellings', () => {
    assert.deepEqual(actors('Việt Nam and the United States talked.'), ['VNM Việt Nam', 'USA the United States']);
    assert.deepEqual(actors('Viet Nam and the U.S. talked.'), ['VNM Viet Nam', 'USA the U.S.']);
  });
  it('reads a capital or a seat of government as the state', () => {
    assert.deepEqual(actors('Moscow said the Kremlin would reply.'), ['RUS Moscow', 'RUSGOV the Kremlin']);
  });
  it('gives a demonym + agent noun the country and role', () => {
    assert.deepEqual(actors('Russian troops and Georgian demonstrators met.'), [
      'RUSMIL Russian troops',
      'GEOOPP Georgian demonstrators',
    ]);
  });
  it('splits coordinated demonyms into one group each', () => {
    assert.deepEqual(actors('US and British activists marched.'), ['USAOPP US and British activists', 'GBROPP US and British activists']);
  });
  it('a group "in" a country or capital belongs to it; soldiers and refugees keep no country', () => {
    assert.deepEqual(actors('Students in Nairobi marched.'), ['KENEDU Students in Nairobi']);
    assert.deepEqual(actors('Rebels in southern Sudan attacked.'), ['SDNREB Rebels in southern Sudan']);
    assert.deepEqual(actors('Troops in Iraq waited.'), ['---MIL Troops', 'IRQ Iraq']);
    assert.deepEqual(actors('Refugees in Germany waited.'), ['---REF Refugees', 'DEU Germany']);
  });
  it('two group nouns in a row are one group; the first names the sector, an armed body keeps its own role', () => {
    assert.deepEqual(actors('Police detained opposition activists.'), ['---COP Police', '---OPP opposition activists']);
    assert.deepEqual(actors('Chilean government officials spoke.'), ['CHLGOV Chilean government officials']);
    assert.deepEqual(actors('Government forces advanced.'), ['---MIL Government forces']);
  });
  it('finds organisations', () => {
    assert.deepEqual(actors('The European Union and NATO met.'), ['IGOEUREEC The European Union', 'IGOWSTNAT NATO']);
  });
});

describe('titled people', () => {
  it('demonym + title + name', () => {
    assert.deepEqual(person('Russian President Vladimir Putin spoke.')[0], {
      code: 'RUSGOV',
      name: 'Vladimir Putin',
      text: 'Russian President Vladimir Putin',
      kind: 'person',
    });
  });
  it('title of country + name, with name particles', () => {
    const [p] = person('President of Brazil Luiz Inácio Lula da Silva spoke.');
    assert.equal(p?.code, 'BRAGOV');
    assert.equal(p?.name, 'Luiz Inácio Lula da Silva');
  });
  it('a chain of titles joined by "and" is one person; a party leader of a one-party state is GOV', () => {
    const [p] = person('First Secretary of the Communist Party of Cuba Central Committee and President of Cuba Miguel Díaz-Canel spoke.');
    assert.equal(p?.code, 'CUBGOV');
    assert.equal(p?.name, 'Miguel Díaz-Canel');
  });
  it('a generic title takes the role of the institution it heads', () => {
    const [p] = person('Chairman of the State Duma of the Russian Federation Vyacheslav Volodin spoke.');
    assert.equal(p?.code, 'RUSLEG');
    const [q] = person('Chairman of the United Russia Party Dmitry Medvedev spoke.');
    assert.equal(q?.code, 'RUSPTY');
  });
  it("an ambassador's country is the sending state, not the host", () => {
    const [p] = person('Vietnamese Ambassador to Russia Đặng Minh Khôi spoke.');
    assert.equal(p?.code, 'VNMGOV');
  });
});

describe('one actor under all its names', () => {
  const text =
    'Kenyan President William Ruto arrived in Addis Ababa on Monday. The Kenyan leader held talks with Ethiopia. ' +
    'He also met with Somalia. Ruto left on Tuesday.';
  it('descriptors, pronouns and bare surnames take the full name and code', () => {
    const { doc } = coder().code({ id: 't', text, date: '2024-05-10', origin: { file: '<test>' } });
    const named = doc.actors.filter((m) => m.name === 'William Ruto').map((m) => [doc.text.slice(m.start, m.end), m.code]);
    assert.deepEqual(named, [
      ['Kenyan President William Ruto', 'KENGOV'],
      ['The Kenyan leader', 'KENGOV'],
      ['He', 'KENGOV'],
      ['Ruto', 'KENGOV'],
    ]);
  });
});

describe('plural references to actors named before', () => {
  it('"the foreign leaders" are the people listed before, without the report\'s own leader', () => {
    const text =
      'Kenyan President William Ruto met with President of Ghana John Mahama, President of Chile Gabriel Boric ' +
      'and Prime Minister of Japan Shigeru Ishiba in Rome. The foreign leaders praised Kenya.';
    const { doc } = coder().code({ id: 't', text, date: '2025-05-10', origin: { file: '<test>' } });
    const group = doc.actors.filter((m) => m.rules.includes('en.coref.group')).map((m) => m.code);
    assert.deepEqual(group, ['GHAGOV', 'CHLGOV', 'JPNGOV']);
  });
  it('"both sides" are the two countries the report is about', () => {
    const text = 'Armenia and Azerbaijan held talks in Almaty. Both sides agreed to meet again.';
    const { doc } = coder().code({ id: 't', text, date: '2024-05-10', origin: { file: '<test>' } });
    const group = doc.actors.filter((m) => m.rules.includes('en.coref.group')).map((m) => m.country);
    assert.deepEqual(group.sort(), ['ARM', 'AZE']);
  });
});
