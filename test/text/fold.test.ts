import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldKey, foldText } from '../../src/text/fold.js';

describe('foldKey', () => {
  it('lower-cases ASCII', () => {
    assert.equal(foldKey('Hello World'), 'hello world');
    assert.equal(foldKey('already lower'), 'already lower');
    assert.equal(foldKey(''), '');
  });

  it('strips diacritics from Vietnamese and Spanish names', () => {
    assert.equal(foldKey('Tô Lâm'), 'to lam');
    assert.equal(foldKey('Việt'), 'viet');
    assert.equal(foldKey('Nguyễn Phú Trọng'), 'nguyen phu trong');
    assert.equal(foldKey('Díaz-Canel'), 'diaz-canel');
    assert.equal(foldKey('TÔ LÂM'), 'to lam');
  });

  it('maps letters that do not decompose', () => {
    assert.equal(foldKey('Đà Nẵng'), 'da nang');
    assert.equal(foldKey('đ'), 'd');
    assert.equal(foldKey('Øresund'), 'oresund');
    assert.equal(foldKey('Łódź'), 'lodz');
    assert.equal(foldKey('Straße'), 'strasse');
    assert.equal(foldKey('Æsir'), 'aesir');
    assert.equal(foldKey('Œuvre'), 'oeuvre');
    assert.equal(foldKey('Diyarbakır'), 'diyarbakir');
    assert.equal(foldKey('İstanbul'), 'istanbul');
  });

  it('normalises typographic apostrophes, quotes and dashes', () => {
    assert.equal(foldKey('Russia’s'), "russia's");
    assert.equal(foldKey('‘x’'), "'x'");
    assert.equal(foldKey('ʼs'), "'s");
    assert.equal(foldKey('“Hi”'), '"hi"');
    assert.equal(foldKey('1990–2000'), '1990-2000');
    assert.equal(foldKey('a—b'), 'a-b');
  });

  it('drops soft hyphens and is idempotent', () => {
    assert.equal(foldKey('Viet\u00adnam'), 'vietnam');
    for (const s of ['Tô Lâm', 'Đà Nẵng', 'Russia’s', 'Straße', 'Hello']) {
      assert.equal(foldKey(foldKey(s)), foldKey(s));
    }
  });

  it('folds Latin and Vietnamese characters the same on its table path and its general path', () => {
    // A CJK character sends foldKey down the general NFD path; without it, the per-character table is used.
    for (const [a, b] of [
      [0x80, 0x24f],
      [0x300, 0x36f],
      [0x1e00, 0x1eff],
      [0x2010, 0x201f],
    ] as const) {
      for (let c = a; c <= b; c++) {
        const s = `Ab${String.fromCharCode(c)}c`;
        assert.equal(foldKey(s), foldKey(`${s}中`).slice(0, -1), `U+${c.toString(16)}`);
      }
    }
  });
});

describe('foldText', () => {
  it('folds and collapses whitespace', () => {
    assert.equal(foldText('  Tô \n  Lâm  '), 'to lam');
    assert.equal(foldText('General\tSecretary'), 'general secretary');
  });
});
