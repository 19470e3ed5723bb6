/**
 * Breadth of the lexicon for CAMEO 06-10 (material cooperation, aid, yielding, investigation, demands): sentences
 * written for these tests. The positives pin who does what to whom with the newer constructions (light verbs, phrasal
 * verbs, "insist that X withdraw"); the negatives guard the same words in sport, business, fiction and private life.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { triples } from '../helpers/coder.js';

const sorted = (text: string): string[] => triples(text).sort();

describe('06 material cooperation', () => {
  it('Uruguay began implementing its customs agreement with Paraguay.', () => {
    assert.deepEqual(sorted('Uruguay began implementing its customs agreement with Paraguay.'), ['PRY 061 URY', 'URY 061 PRY']);
  });
  it('Portugal granted Britain access to its airbases in the Azores.', () => {
    assert.deepEqual(sorted('Portugal granted Britain access to its airbases in the Azores.'), ['PRT 062 GBR']);
  });
  it('Estonia handed over the investigation files to Finland.', () => {
    assert.deepEqual(sorted('Estonia handed over the investigation files to Finland.'), ['EST 064 FIN']);
  });
  it('Italy executed an arrest warrant issued by Albania.', () => {
    assert.deepEqual(sorted('Italy executed an arrest warrant issued by Albania.'), ['ITA 063 ALB']);
  });
  it('Morocco helped Spain with the investigation into the smuggling ring.', () => {
    assert.deepEqual(sorted('Morocco helped Spain with the investigation into the smuggling ring.'), ['MAR 063 ESP']);
  });
  it('Vietnam opened its beef market to Australia.', () => {
    assert.deepEqual(sorted('Vietnam opened its beef market to Australia.'), ['VNM 061 AUS']);
  });
  it('Algeria supplied liquefied gas to Spain.', () => {
    assert.deepEqual(sorted('Algeria supplied liquefied gas to Spain.'), ['DZA 061 ESP']);
  });
  it('Kazakhstan built a new pipeline together with China.', () => {
    assert.deepEqual(sorted('Kazakhstan built a new pipeline together with China.'), ['CHN 061 KAZ', 'KAZ 061 CHN']);
  });
  it('Croatia trained jointly with Slovenia.', () => {
    assert.deepEqual(sorted('Croatia trained jointly with Slovenia.'), ['HRV 062 SVN', 'SVN 062 HRV']);
  });
});

describe('07 aid', () => {
  it('Brazil sold fighter jets to Colombia.', () => {
    assert.deepEqual(sorted('Brazil sold fighter jets to Colombia.'), ['BRA 072 COL']);
  });
  it('Sweden channelled funds to Somalia through the World Food Programme.', () => {
    assert.deepEqual(sorted('Sweden channelled funds to Somalia through the World Food Programme.'), ['SWE 070 SOM']);
  });
  it('Saudi Arabia gave 100 million dollars to Yemen.', () => {
    assert.deepEqual(sorted('Saudi Arabia gave 100 million dollars to Yemen.'), ['SAU 071 YEM']);
  });
  it('Argentina gave refuge to the Paraguayan dissident.', () => {
    assert.deepEqual(sorted('Argentina gave refuge to the Paraguayan dissident.'), ['ARG 075 PRYOPP']);
  });
  it('Australia sent troops to protect East Timor.', () => {
    assert.deepEqual(sorted('Australia sent troops to protect East Timor.'), ['AUS 074 TMP']);
  });
  it('Norway released a new tranche of funds to Palestine.', () => {
    assert.deepEqual(sorted('Norway released a new tranche of funds to Palestine.'), ['NOR 071 PSE']);
  });
});

describe('08 yield', () => {
  it('Hungary eased restrictions on Ukrainian grain imports.', () => {
    assert.deepEqual(sorted('Hungary eased restrictions on Ukrainian grain imports.'), ['HUN 085 -']);
  });
  it('Bolivia lifted the ban on opposition rallies.', () => {
    assert.deepEqual(sorted('Bolivia lifted the ban on opposition rallies.'), ['BOL 0811 -']);
  });
  it('Sudan restored internet services in Darfur.', () => {
    assert.deepEqual(sorted('Sudan restored internet services in Darfur.'), ['SDN 0811 -']);
  });
  it('Iran freed dozens of political prisoners.', () => {
    assert.deepEqual(sorted('Iran freed dozens of political prisoners.'), ['IRN 0841 -']);
  });
  it('The Congolese rebels handed over the border crossing to Uganda.', () => {
    assert.deepEqual(sorted('The Congolese rebels handed over the border crossing to Uganda.'), ['CODREB 080 UGA']);
  });
  it('The Kurdish militia gave up its weapons.', () => {
    assert.deepEqual(sorted('The Kurdish militia gave up its weapons.'), ['---REB 0873 -']);
  });
  it('Mali accepted peacekeepers from Senegal.', () => {
    assert.deepEqual(sorted('Mali accepted peacekeepers from Senegal.'), ['MLI 0861 SEN']);
  });
  it('Libya complied with the demands of Egypt.', () => {
    assert.deepEqual(sorted('Libya complied with the demands of Egypt.'), ['LBY 083 EGY']);
  });
  it('Azerbaijan pulled back its troops from the border.', () => {
    assert.deepEqual(sorted('Azerbaijan pulled back its troops from the border.'), ['AZE 0874 -']);
  });
});

describe('09 investigate', () => {
  it('The Dutch court investigated war crimes committed by Serbia.', () => {
    assert.deepEqual(sorted('The Dutch court investigated war crimes committed by Serbia.'), ['NLDJUD 094 SRB']);
  });
  it('Ghana probed alleged bribery involving the Chinese construction firm.', () => {
    assert.deepEqual(sorted('Ghana probed alleged bribery involving the Chinese construction firm.'), ['GHA 091 CHNBUS']);
  });
  it('Nigeria investigated the airstrike on the village.', () => {
    assert.deepEqual(sorted('Nigeria investigated the airstrike on the village.'), ['NGA 093 -']);
  });
  it('The OSCE sent a monitoring mission to Georgia.', () => {
    assert.deepEqual(sorted('The OSCE sent a monitoring mission to Georgia.'), ['IGOEUROSC 090 GEO']);
  });
});

describe('10 demand', () => {
  it('Latvia insisted that Russia withdraw its diplomats.', () => {
    assert.deepEqual(sorted('Latvia insisted that Russia withdraw its diplomats.'), ['LVA 106 RUS']);
  });
  it('Ireland insisted on the immediate release of the Irish aid worker.', () => {
    assert.deepEqual(sorted('Ireland insisted on the immediate release of the Irish aid worker.'), ['IRL 1053 -']);
  });
  it('Chile insisted on direct talks with Bolivia.', () => {
    assert.deepEqual(sorted('Chile insisted on direct talks with Bolivia.'), ['CHL 108 BOL']);
  });
  it('Cyprus demanded a ceasefire with Turkey.', () => {
    assert.deepEqual(sorted('Cyprus demanded a ceasefire with Turkey.'), ['CYP 107 TUR']);
  });
  it('Human Rights Watch demanded an end to the crackdown on Egyptian activists.', () => {
    assert.deepEqual(sorted('Human Rights Watch demanded an end to the crackdown on Egyptian activists.'), ['NGOHRI 1052 EGYOPP']);
  });
  it('Jordan demanded the lifting of the siege on Gaza.', () => {
    assert.deepEqual(sorted('Jordan demanded the lifting of the siege on Gaza.'), ['JOR 1056 PSE']);
  });
  it('Canada demanded that Venezuela allow observers into the country.', () => {
    assert.deepEqual(sorted('Canada demanded that Venezuela allow observers into the country.'), ['CAN 1055 VEN']);
  });
  it('Zelensky demanded more missiles from the United States.', () => {
    assert.deepEqual(sorted('Zelensky demanded more missiles from the United States.'), ['UKRGOV 1032 USA']);
  });
  it('Pakistan demanded humanitarian aid from the United Nations.', () => {
    assert.deepEqual(sorted('Pakistan demanded humanitarian aid from the United Nations.'), ['PAK 1033 IGOUNO']);
  });
  it('Uganda said Kenya must release the detained traders.', () => {
    assert.deepEqual(sorted('Uganda said Kenya must release the detained traders.'), ['UGA 1053 KEN']);
  });
  it('Poland said Belarus must stop its attacks on the border guards.', () => {
    assert.deepEqual(sorted('Poland said Belarus must stop its attacks on the border guards.'), ['POL 1056 BLR']);
  });
});

describe('precision of the 06-10 breadth patterns', () => {
  it('no event: The band released a video of the hostages\' families singing.', () => {
    assert.deepEqual(triples('The band released a video of the hostages\' families singing.'), []);
  });
  it('no event: Chelsea sold their striker to Real Madrid for 80 million euros.', () => {
    assert.deepEqual(triples('Chelsea sold their striker to Real Madrid for 80 million euros.'), []);
  });
  it('no event: The actor opened up his heart to fans.', () => {
    assert.deepEqual(triples('The actor opened up his heart to fans.'), []);
  });
  it('no event: The coach insisted that the team would return stronger next season.', () => {
    assert.deepEqual(triples('The coach insisted that the team would return stronger next season.'), []);
  });
  it('no event: The shop gave 5 million free samples to customers.', () => {
    assert.deepEqual(triples('The shop gave 5 million free samples to customers.'), []);
  });
  it('no event: The club transferred the money to its former player.', () => {
    assert.deepEqual(triples('The club transferred the money to its former player.'), []);
  });
  it('no event: The documentary examined the shelling of the city in 1944.', () => {
    assert.deepEqual(triples('The documentary examined the shelling of the city in 1944.'), []);
  });
  it('no event: The novel describes how the militia gave up its weapons.', () => {
    assert.deepEqual(triples('The novel describes how the militia gave up its weapons.'), []);
  });
  it('no event: Fans demanded more tickets from the organisers.', () => {
    assert.deepEqual(triples('Fans demanded more tickets from the organisers.'), []);
  });
  it('no event: The museum returned the painting to the gallery last week.', () => {
    assert.deepEqual(triples('The museum returned the painting to the gallery last week.'), []);
  });
  it('no event: The singer insisted on a meeting with her manager.', () => {
    assert.deepEqual(triples('The singer insisted on a meeting with her manager.'), []);
  });
  it('no event: Demand for gas supplied to Europe fell sharply in March.', () => {
    assert.deepEqual(triples('Demand for gas supplied to Europe fell sharply in March.'), []);
  });
  it('no event: The company built a new factory with local partners.', () => {
    assert.deepEqual(triples('The company built a new factory with local partners.'), []);
  });
  it('no event: The teacher said the pupils must leave the building.', () => {
    assert.deepEqual(triples('The teacher said the pupils must leave the building.'), []);
  });
  it('no event: Historians investigated the bombing of Dresden.', () => {
    assert.deepEqual(triples('Historians investigated the bombing of Dresden.'), []);
  });
});
