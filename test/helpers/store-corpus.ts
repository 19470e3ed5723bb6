/**
 * Small corpora for the store tests, written for them: invented officials with real titles and countries, so the
 * coder finds meetings and visits, and each article's text differs from every other.
 */
export interface CorpusFile {
  name: string;
  text: string;
}

const PAIRS: readonly [string, string, string, string][] = [
  // demonym, country, other demonym, other capital
  ['Chilean', 'Chile', 'Peruvian', 'Lima'],
  ['Kenyan', 'Kenya', 'Ethiopian', 'Addis Ababa'],
  ['Polish', 'Poland', 'Lithuanian', 'Vilnius'],
  ['Indonesian', 'Indonesia', 'Malaysian', 'Kuala Lumpur'],
  ['Ghanaian', 'Ghana', 'Nigerian', 'Abuja'],
  ['Canadian', 'Canada', 'Mexican', 'Mexico City'],
];
const FIRST = ['Ana', 'Luis', 'Marta', 'Jonas', 'Ruth', 'Omar', 'Ines', 'Karl', 'Lena', 'Tomas', 'Nadia', 'Pavel'];
const LAST = ['Rojas', 'Vera', 'Okoro', 'Lind', 'Haddad', 'Novak', 'Sato', 'Mendes', 'Fischer', 'Kowal', 'Baptiste', 'Quispe'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Article `i` of a corpus of distinct meeting reports: one foreign minister's visit to a neighbour's capital. */
export function meetingArticle(i: number): CorpusFile {
  const [dem, , otherDem, capital] = PAIRS[i % PAIRS.length]!;
  const a = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + 3) % LAST.length]}`;
  const b = `${FIRST[(i * 5 + 1) % FIRST.length]} ${LAST[(i * 11 + 2) % LAST.length]}`;
  const month = MONTHS[i % 12]!;
  const day = 2 + (i % 25);
  const year = 2020 + (Math.floor(i / 12) % 5);
  const text =
    `${dem} minister visits ${capital} (${i})\n\n` +
    `${capital.toUpperCase()} — ${dem} Foreign Minister ${a} met ${otherDem} Foreign Minister ${b} in ${capital} on ${month} ${day}, ${year}. ` +
    `The two ministers discussed trade and border crossings for ${30 + i} minutes, officials said in a statement number ${i}.\n\n` +
    `Demo Herald – ${month} ${day}, ${year}\n`;
  return { name: `meeting-${String(i).padStart(4, '0')}.txt`, text };
}

/** The same trip told twice by two outlets, a syndicated copy of one of them, and an unrelated report. */
export function tripStory(): CorpusFile[] {
  return [
    {
      name: 'trip-herald.txt',
      text:
        'Kenyan president opens two-nation tour in Addis Ababa\n\n' +
        'ADDIS ABABA — Kenyan President William Ruto arrived in Addis Ababa on Monday for a state visit to Ethiopia, the first stop of a two-nation tour. ' +
        'Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on Tuesday, and the two leaders signed four agreements on roads, power lines and trade. ' +
        'Ruto is due to travel to Djibouti on Wednesday.\n\n' +
        'Demo Herald – March 12, 2024\n',
    },
    {
      name: 'trip-gazette.txt',
      text:
        'Ruto and Abiy sign road and power deals\n\n' +
        'ADDIS ABABA (Example Gazette) — Ethiopia and Kenya signed four agreements on Tuesday after talks between Prime Minister Abiy Ahmed and Kenyan President William Ruto, who began a state visit to Ethiopia on Monday. ' +
        'The deals cover a highway to the port of Lamu, electricity trade and customs at the border town of Moyale.\n\n' +
        'Example Gazette – March 12, 2024\n',
    },
    {
      name: 'trip-djibouti.txt',
      text:
        'Ruto in Djibouti\n\n' +
        'DJIBOUTI — Kenyan President William Ruto arrived in Djibouti on Wednesday for a state visit, the second stop of his two-nation tour, and met President Ismail Omar Guelleh. ' +
        'The two presidents discussed port access and regional security.\n\n' +
        'Demo Herald – March 13, 2024\n',
    },
    {
      name: 'trip-herald-syndicated.txt',
      text:
        'Kenya leader starts regional tour in Ethiopia\n\n' +
        'ADDIS ABABA — Kenyan President William Ruto arrived in Addis Ababa on Monday for a state visit to Ethiopia, the first stop of a two-nation tour. ' +
        'Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on Tuesday, and the two leaders signed four agreements on roads, power lines and trade. ' +
        'Ruto is due to travel to Djibouti on Wednesday.\n\n' +
        'Sample Times – March 12, 2024\n',
    },
  ];
}
