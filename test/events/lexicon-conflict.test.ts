/**
 * The conflict families of the event lexicon (11 disapprove, 13 threaten, 14 protest, 15 posture, 16 reduce relations,
 * 17 coerce, 18 assault, 19 fight, 20 mass violence): sentences of our own that the patterns must code, and sentences
 * with the same trigger words in another sense (sports, markets, weather, drills, adjectives) that must give no event.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, triples } from '../helpers/coder.js';

/** The triples of a sentence, sorted, for sentences whose events come in no fixed order. */
function sorted(text: string): string[] {
  return triples(text).sort();
}

describe('11 disapprove', () => {
  it('a passive accusation: the agent after "by" accuses the subject', () => {
    assert.deepEqual(triples('Ghana was accused of harbouring the coup plotters by Burkina Faso.'), ['BFA 112 GHA']);
  });
  it('accusations of espionage, war crimes and aggression get their 4-digit codes', () => {
    assert.deepEqual(triples('Lithuania accused three Belarusian nationals of espionage.'), ['LTU 1125 BLRCVL']);
    assert.deepEqual(triples('Ukraine accused Russia of war crimes in Kharkiv.'), ['UKR 1124 RUS']);
    assert.deepEqual(triples('Kenya accused Somalia of shelling its border posts.'), ['KEN 1123 SOM']);
  });
  it('"accused X of violating the truce" is an accusation, not a ceasefire violation by the accuser', () => {
    assert.deepEqual(triples('Georgia accused Russia of violating the truce near the boundary line.'), ['GEO 1123 RUS']);
  });
  it('holding another actor responsible blames it', () => {
    assert.deepEqual(triples('Poland held Belarus responsible for the surge of migrants.'), ['POL 112 BLR']);
  });
  it('condemning an attack is criticism, not the attack', () => {
    assert.deepEqual(triples('Nigeria condemned the brutal attack on Chadian soldiers.'), ['NGA 111 TCDMIL']);
  });
  it('protesting to a government is an official complaint; taking it to court is a lawsuit', () => {
    assert.deepEqual(triples('The Philippines protested to China over the water cannon incident.'), ['PHL 114 CHN']);
    assert.deepEqual(triples('Ukraine took Russia to the International Court of Justice in 2017.'), ['UKR 115 RUS']);
  });
});

describe('13 threaten', () => {
  it('a threat to cut ties, with a date between "threatened" and "to"', () => {
    assert.deepEqual(triples('Venezuela threatened on Tuesday to cut ties with Argentina.'), ['VEN 1313 ARG']);
  });
  it('threatening an actor with war, and giving an ultimatum', () => {
    assert.deepEqual(triples('Iran threatened Israel with war.'), ['IRN 138 ISR']);
    assert.deepEqual(triples('Eritrea gave Ethiopia an ultimatum to withdraw its troops.'), ['ERI 139 ETH']);
  });
});

describe('14 protest', () => {
  it('a nationwide strike and an election boycott are strikes or boycotts', () => {
    assert.deepEqual(triples('Kenyan teachers declared a nationwide strike over pay.'), ['KENEDU 143 -']);
    assert.deepEqual(triples("Pakistan's opposition boycotted the presidential election."), ['PAKOPP 143 -']);
  });
  it('demonstrating for the resignation of a leader is demonstrating for leadership change', () => {
    assert.deepEqual(
      triples('Slovak students protested in Bratislava demanding the resignation of Prime Minister Robert Fico.'),
      ['SVKEDU 1411 SVKGOV'],
    );
  });
  it('ransacking an embassy is a riot against its country', () => {
    assert.deepEqual(triples('Iraqi protesters ransacked the Swedish embassy in Baghdad.'), ['IRQOPP 145 SWE']);
  });
});

describe('15 posture', () => {
  it('military alert, call-ups and missile tests', () => {
    assert.deepEqual(triples('South Korea put its military on high alert after the launch.'), ['KOR 152 -']);
    assert.deepEqual(triples('Ukraine called up thousands of reservists in 2022.'), ['UKR 154 -']);
    assert.deepEqual(triples('North Korea fired a ballistic missile into the sea.'), ['PRK 150 -']);
  });
});

describe('16 reduce relations', () => {
  it('closing an embassy, cutting military aid, banning imports', () => {
    assert.deepEqual(triples('Senegal closed its embassy in Bamako.'), ['SEN 161 MLI']);
    assert.deepEqual(triples('The United States suspended military aid to Guatemala.'), ['USA 1622 GTM']);
    assert.deepEqual(triples('China halted imports of beef from Brazil.'), ['CHN 163 BRA']);
  });
  it('expelling observers is CAMEO 1662', () => {
    assert.deepEqual(triples('Nicaragua expelled UN observers.'), ['NIC 1662 IGOUNO']);
  });
});

describe('17 coerce', () => {
  it('rubber bullets at protesters, a state of emergency, custody', () => {
    const [shot] = code('Georgian police fired rubber bullets at protesters in Tbilisi.');
    assert.equal(shot?.code, '175');
    assert.equal(shot?.source?.code, 'GEOCOP');
    assert.deepEqual(triples('Egypt declared a state of emergency in Sinai.'), ['EGY 1724 -']);
    assert.deepEqual(triples("Iran's police took two British tourists into custody."), ['IRNCOP 173 GBRCVL']);
  });
});

describe('18 assault', () => {
  it('hostages, car bombs and human shields', () => {
    assert.deepEqual(triples('Somali pirates held Indian sailors hostage for months.'), ['SOMCRM 181 IND']);
    assert.deepEqual(triples('Boko Haram fighters detonated a car bomb in Maiduguri.'), ['NGAREB 1832 -']);
    assert.deepEqual(triples('Hamas used Palestinian civilians as human shields.'), ['PSEREBHMS 184 PSECVL']);
  });
});

describe('19 fight and 20 mass violence', () => {
  it('a blockade, a shootout (both ways) and bombs dropped on positions', () => {
    assert.deepEqual(triples("Azerbaijan imposed a blockade on Armenia's enclave."), ['AZE 191 ARM']);
    assert.deepEqual(sorted('Hezbollah fighters fought a shootout with Israeli soldiers.'), [
      'ISRMIL 193 LBNREB',
      'LBNREB 193 ISRMIL',
    ]);
    assert.deepEqual(triples('Israeli jets dropped bombs on Hamas positions in Gaza.'), ['ISRMIL 195 PSEREBHMS']);
  });
  it('"repelled an attack by X": X is the attacker', () => {
    assert.deepEqual(triples('Syrian troops repelled an attack by Turkish forces near Afrin.'), ['TURMIL 190 SYRMIL']);
  });
  it('a massacre of villagers is a mass killing', () => {
    assert.deepEqual(triples("Myanmar's army carried out a massacre of villagers in Sagaing."), ['MMRMIL 202 ---CVL']);
  });
});

describe('conflict words in other senses give no event', () => {
  const negatives = [
    'Mexico battled against Brazil in the final.',
    'Japan held drills to prepare for a major earthquake.',
    'Vietnamese students held fire drills at school.',
    "Germany's finance minister warned of a long recession.",
    "Brazil's stocks staged a strong rally on Monday.",
    'Spain were beaten by England in the semi-final.',
    'Palestinian farmers harvested olives in the occupied West Bank.',
    'Chinese shares sank to a two-year low.',
    'Kenyan runners took control of the race in Berlin.',
    'Farmers in France burned straw to keep warm.',
    'The airline suspended flights to Tel Aviv because of safety concerns.',
    "Argentina's central bank raised interest rates to 40 percent.",
    'Indian batsmen took the Australian bowlers to task.',
    'Turkish fans burned flares during the match in Istanbul.',
  ];
  for (const text of negatives) {
    it(text, () => {
      assert.deepEqual(code(text), []);
    });
  }
});
