import * as assert from 'assert';
import {
  followsCompanyPhrase,
  followsOrganizationNoun,
  isArticleOpenedPlace,
  isCareInstitution,
  numberedUnits,
  bareInstitutions,
  precedesCompanyPart,
  precedesTicker,
  shareClassCompanies,
  withoutShareClass,
} from '../../../../src/core/entities/organization-nouns';

// Sentences written here for these tests (no test set's text).
const at = (text: string, name: string, type: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
};

describe('followsOrganizationNoun', () => {
  it('reads a name after "retailer", "group" or "club" as an organization', () => {
    const text = 'British retailer Kingfisher and chemicals group Hoechst met Dutch club Ajax.';
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Kingfisher', 'person')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Hoechst', 'place')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Ajax', 'person')), true);
    const paper = 'The Guayaquil newspaper El Universo said.';
    assert.strictEqual(followsOrganizationNoun(paper, at(paper, 'El Universo', 'person')), true);
  });

  it('leaves a full personal name, a country and a name after a person’s title as they are', () => {
    const text = 'The company John Lewis bought, the group Germany joined and company spokesman Ulrich Kamp.';
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'John Lewis', 'person')), false);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Germany', 'place')), false);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Ulrich Kamp', 'person')), false);
  });

  it('reads a name after a consultancy or a smelter, and one a particle opens, as a company; not a trader', () => {
    const text =
      'The consultancy Abeceb Asesores, the smelter Vieille Montagne and the group Del Monte met trader Ivo Rak.';
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Abeceb Asesores', 'person')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Vieille Montagne', 'person')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Del Monte', 'person')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Ivo Rak', 'person')), false);
    const site = 'A court jailed a reporter of the news site Medya Kuzey.';
    assert.strictEqual(followsOrganizationNoun(site, at(site, 'Medya Kuzey', 'person')), true);
  });

  it('reads a name after a fund as the fund, not its manager before his verb', () => {
    const text = 'The pension fund Varvi said so, and the fund Selby runs lost money.';
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Varvi', 'place')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Selby', 'person')), false);
  });

  it('reads a name after a commission as the body, not its leader before his verb', () => {
    const text =
      'The price was set, the state privatisation commission Varpri said; the commission Chirot chaired met.';
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Varpri', 'person')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Chirot', 'person')), false);
  });

  it('reads a name after a start-up, a movement, a concern or "state-owned" as a body; not a known place', () => {
    const text =
      'German AI start-up Kolvar Sprachhaus, the indigenous movement Tawanku, state metals concern Orozoloto, state-owned Minasur and Norwegian biotech Halvik Bio met.';
    for (const name of ['Kolvar Sprachhaus', 'Tawanku', 'Orozoloto', 'Minasur', 'Halvik Bio'])
      assert.strictEqual(followsOrganizationNoun(text, at(text, name, 'person')), true, name);
    const leader = 'The coalition Navarre leads met on concern Grenvald would raise rates.';
    assert.strictEqual(followsOrganizationNoun(leader, at(leader, 'Navarre', 'person')), false);
    assert.strictEqual(followsOrganizationNoun(leader, at(leader, 'Grenvald', 'person')), false);
    const place = 'The movement Lyon backed and the union Anna Berg leads.';
    assert.strictEqual(followsOrganizationNoun(place, at(place, 'Lyon', 'place')), false);
    assert.strictEqual(followsOrganizationNoun(place, at(place, 'Anna Berg', 'person')), false);
  });
});

describe('precedesCompanyPart', () => {
  it('reads a name before "supermarket", "plant" or "shares" as an organization', () => {
    const text = 'A fire hit a Waitrose supermarket near the Kraft plant, and Hoechst shares fell.';
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Waitrose', 'place')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Kraft', 'person')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Hoechst', 'place')), true);
  });

  it('reads a name before "analyst" as a firm, and one before "spokesman" only when no person', () => {
    const text = 'Quayle analyst Tom Ray, Yeltsin spokesman Ivan Orlov and a Kestrel spokesperson spoke.';
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Quayle', 'person')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Yeltsin', 'person')), false);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Kestrel', 'place')), true);
  });

  it('leaves a person the lists or the article know before "spokesman" or "economist" a person', () => {
    const text = 'Yeltsin spokesman Ivan Orlov, Reagan economist Tom Ray and Varek spokesman Al Lee spoke.';
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Yeltsin', 'person')), false);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Reagan', 'person')), false);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Varek', 'person'), new Set(['varek'])), false);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Varek', 'person')), true);
  });

  it('reads a name before "crime family" as an organization, and a family alone as people', () => {
    const text = 'He ran the Vasari crime family and the Morello organized crime family, not the Kestrel family.';
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Vasari', 'person')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Morello', 'person')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Kestrel', 'person')), false);
  });

  it("reads a name before its publication's kind as the publication; not its owner's or its town's", () => {
    const text = 'A photographer from Varzo magazine, a Kelby tabloid and a Brenton newspaper.';
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Varzo', 'place')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Kelby', 'person')), false);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Brenton', 'place')), false);
  });

  it('leaves a known place, a full personal name and a plural noun’s first part as they are', () => {
    const text = 'A Paris store, the John Lewis store and the Ealing storerooms.';
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Paris', 'place')), false);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'John Lewis', 'person')), false);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Ealing', 'place')), false);
  });
  it('reads a name between "the" and a board or a council as the body, not a known place', () => {
    const text = 'An official at the Varstab marketing board and the Nairobi county council said so.';
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Varstab', 'place')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Nairobi', 'place')), false);
  });

  it('reads a group after "the", "ruling" or "opposition" and before its kind, a town’s name too, not a region’s', () => {
    const text = "Mexico's ruling Morena party, the opposition Kestrel party and the Texas party met.";
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Morena', 'place')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Kestrel', 'place')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Texas', 'place')), false);
    const adjective = 'The libertarian Kestrel party and the Serb party met.';
    assert.strictEqual(precedesCompanyPart(adjective, at(adjective, 'Kestrel', 'place')), true);
    assert.strictEqual(precedesCompanyPart(adjective, at(adjective, 'Serb', 'place')), false);
  });
});

describe('precedesCompanyPart, of a group', () => {
  it("reads a name read as a place before a group's kind as an organization, not a person's name", () => {
    const text = 'A leader of the Hanchongryon student federation, the Zajedno coalition and the Trump movement spoke.';
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Hanchongryon', 'place')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Zajedno', 'place')), true);
    assert.strictEqual(precedesCompanyPart(text, at(text, 'Trump', 'person')), false);
    const peoples = 'Chechen rebels attacked, and the Serb party and Kestrel party met.';
    assert.strictEqual(precedesCompanyPart(peoples, at(peoples, 'Chechen', 'place')), false);
    assert.strictEqual(precedesCompanyPart(peoples, at(peoples, 'Serb', 'place')), false);
    assert.strictEqual(precedesCompanyPart(peoples, at(peoples, 'Kestrel', 'place')), false, 'no "the"');
  });
});

describe('precedesTicker', () => {
  it("reads a name before a company's ticker as the company, not one before an acronym", () => {
    const text =
      'Kestrel Bio ( KEST.OL ) and Dana Lauder (DL.N) rose, Hokuto Motor ( 7291.T ) and Coca-Cola (NYSE: KO) fell; Ann Lee (AL) spoke.';
    for (const name of ['Kestrel Bio', 'Dana Lauder', 'Hokuto Motor', 'Coca-Cola'])
      assert.strictEqual(precedesTicker(text, at(text, name, 'person')), true, name);
    assert.strictEqual(precedesTicker(text, at(text, 'Ann Lee', 'person')), false);
    const titles = 'John Smithers (M.D) and Sheldon Whitby (R.I) spoke.';
    assert.strictEqual(precedesTicker(titles, at(titles, 'John Smithers', 'person')), false);
    assert.strictEqual(precedesTicker(titles, at(titles, 'Sheldon Whitby', 'person')), false);
    const listed = 'Veltrix, based in Dublin and listed in New York ( NYSE : VLTX ), said so.';
    assert.strictEqual(precedesTicker(listed, at(listed, 'New York', 'place')), false);
  });
});

describe('followsCompanyPhrase', () => {
  it('reads a name after "shares in" or "an analyst at" as an organization, not a known place', () => {
    const text =
      'Shares in Eide rose, shares of Brightwater fell, an analyst at Sifca Negoce said, and shares in Frankfurt eased.';
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Eide', 'place')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Brightwater', 'place')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Sifca Negoce', 'place')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Frankfurt', 'place')), false);
    const apposition = 'The court fined Sud-Est Travaux, a building firm, and Ann Lee, a company spokeswoman.';
    assert.strictEqual(followsCompanyPhrase(apposition, at(apposition, 'Sud-Est Travaux', 'person')), true);
    assert.strictEqual(followsCompanyPhrase(apposition, at(apposition, 'Ann Lee', 'person')), false);
    const market = 'Hoechst fell 1.20 marks and Lyon fell 2 percent, while Graz rose in the poll.';
    assert.strictEqual(followsCompanyPhrase(market, at(market, 'Hoechst', 'place')), true);
    assert.strictEqual(followsCompanyPhrase(market, at(market, 'Graz', 'place')), false);
  });

  it("reads the firm after its analyst's name, not a town", () => {
    const text = 'said banking analyst Rupert Carew of Stanmere Minter, and analyst John Selby of London.';
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Stanmere Minter', 'person')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'London', 'place')), false);
  });

  it('reads a firm named for its founders after "an analyst at", whatever the case of "Analysts"', () => {
    const text = 'Tom Ray, an analyst at Edwin Marsh, and Analysts at Quayle Brown agreed; Edwin Marsh said so.';
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Edwin Marsh', 'person')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Quayle Brown', 'person')), true);
    const alone = 'Edwin Marsh, a retired analyst, said so.';
    assert.strictEqual(followsCompanyPhrase(alone, at(alone, 'Edwin Marsh', 'person')), false);
  });

  it('reads a name after "a partner at", "data from" or "shares in rival" as a company', () => {
    const text = 'Ann Lee, a partner at Greyfell, cited data from Tallbook; shares in rival Dunmere fell.';
    for (const name of ['Greyfell', 'Tallbook', 'Dunmere'])
      assert.strictEqual(followsCompanyPhrase(text, at(text, name, 'place')), true, name);
    const places = 'Data from China reached Ann Lee, a partner at Brighton.';
    assert.strictEqual(followsCompanyPhrase(places, at(places, 'China', 'place')), false);
    assert.strictEqual(followsCompanyPhrase(places, at(places, 'Brighton', 'place')), false);
  });

  it("reads a name by its firm's people and parts: its chief executive, founder, board; not a person's", () => {
    const text =
      "Ann Lee, chief executive of Pembrook, met Tallbook's chairman and founder and Quarrow's board; Kestrel's campaign chairman and Putin's chairman did not.";
    for (const name of ['Pembrook', 'Tallbook', 'Quarrow'])
      assert.strictEqual(followsCompanyPhrase(text, at(text, name, 'person')), true, name);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Kestrel', 'person')), false);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Putin', 'person')), false);
    const persons = "Mr Dunmere's chairman, Harry's board and King Tallbook's founder spoke.";
    for (const name of ['Dunmere', 'Harry', 'Tallbook'])
      assert.strictEqual(followsCompanyPhrase(persons, at(persons, name, 'person')), false, name);
  });

  it('reads a company called one in an apposition that says where it is and what it makes', () => {
    const text = 'Dunmere, the Leeds-based maker of pumps, and Ann Lee, the Leeds-based author of novels, spoke.';
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Dunmere', 'person')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Ann Lee', 'person')), false);
    const born = 'Tallbook, the Belfast-born maker of films, spoke.';
    assert.strictEqual(followsCompanyPhrase(born, at(born, 'Tallbook', 'person')), false);
  });

  it("reads a name a firm's apposition calls one, even one that looks like a person's; not a person at a firm", () => {
    const text = 'Tessa Volkov, a California start-up designing chips, hired Lior Samek, a partner at the firm.';
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Tessa Volkov', 'person')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Lior Samek', 'person')), false);
    const believer = 'Ben Jarvis, a firm believer in markets, spoke.';
    assert.strictEqual(followsCompanyPhrase(believer, at(believer, 'Ben Jarvis', 'person')), false);
    const based = 'The ministry paid Vitara, a company based in Goiania.';
    assert.strictEqual(followsCompanyPhrase(based, at(based, 'Vitara', 'place')), true);
    const trades = 'Jose Perez, a gold miner, met Walt Cronley, the retired broadcaster.';
    assert.strictEqual(followsCompanyPhrase(trades, at(trades, 'Jose Perez', 'person')), false);
    assert.strictEqual(followsCompanyPhrase(trades, at(trades, 'Walt Cronley', 'person')), false);
  });

  it("reads a body's wing, arm or subsidiary in an apposition as a body; not a person's metaphor", () => {
    const text =
      'Varri Lantza, the political wing of the FLV, and Kasper Holm, a wholly owned subsidiary of Orda, met.';
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Varri Lantza', 'person')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Kasper Holm', 'person')), true);
    const metaphor = 'John Selby, the right arm of the president, spoke.';
    assert.strictEqual(followsCompanyPhrase(metaphor, at(metaphor, 'John Selby', 'person')), false);
  });

  it("reads the name in a body's apposition as the body, not a person's name there", () => {
    const text = "The country's biggest private bank, Agrovest, suspended payments.";
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Agrovest', 'place')), true);
    const spokesman = 'A spokesman for the group, Yahir Sareen, said it fired.';
    assert.strictEqual(followsCompanyPhrase(spokesman, at(spokesman, 'Yahir Sareen', 'person')), false);
    const fronted =
      'For the coalition, Natanel, Sharvit and Levin will attend. In a letter to the union, Scargo, 20, wrote.';
    assert.strictEqual(followsCompanyPhrase(fronted, at(fronted, 'Natanel', 'person')), false);
    assert.strictEqual(followsCompanyPhrase(fronted, at(fronted, 'Scargo', 'person')), false);
  });

  it('reads a listed place called a firm, or moving in money, as a company; not a country or a big city', () => {
    const text =
      'Analysts at Samar, a Warsaw research firm, said Vaal Reefs added 4 rand and Kenya, a big tea producer, gained.';
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Samar', 'place')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Vaal Reefs', 'place')), true);
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Kenya', 'place')), false);
    const city = 'Frankfurt, a financial centre of banks, rose.';
    assert.strictEqual(followsCompanyPhrase(city, at(city, 'Frankfurt', 'place')), false);
    // A place's prices and a site called so are no company's.
    const prices = 'Petrol in Mombasa rose 3 shillings. Srebrenica, the site of the massacre, was quiet.';
    assert.strictEqual(followsCompanyPhrase(prices, at(prices, 'Mombasa', 'place')), false);
    assert.strictEqual(followsCompanyPhrase(prices, at(prices, 'Srebrenica', 'place')), false);
  });

  it('reads an organization by its cue too, so that the cue settles the name for the article', () => {
    const text = 'Shares in Eide rose.';
    assert.strictEqual(followsCompanyPhrase(text, at(text, 'Eide', 'organization')), true);
  });
});

describe('followsOrganizationNoun and a trade', () => {
  it('reads a name after a trade as a company, not a place named so', () => {
    const text = 'Meat processor Tonnvik and top almond exporter California gained.';
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'Tonnvik', 'person')), true);
    assert.strictEqual(followsOrganizationNoun(text, at(text, 'California', 'place')), false);
  });
});

describe('isCareInstitution', () => {
  it('reads a hospital, a clinic or a treatment centre read as a place as an organization', () => {
    const text = 'She was flown to Hallam General Hospital, then to the Ostrava Rehab Center and the Kerry Clinic.';
    assert.strictEqual(isCareInstitution(at(text, 'Hallam General Hospital', 'place')), true);
    assert.strictEqual(isCareInstitution(at(text, 'Ostrava Rehab Center', 'place')), true);
    assert.strictEqual(isCareInstitution(at(text, 'Kerry Clinic', 'person')), true);
  });

  it('leaves an arena, a plain centre and a lone "Hospital" as they are', () => {
    const text = 'They played at the Marlow Arena near the Lister Center; Hospital is a word.';
    assert.strictEqual(isCareInstitution(at(text, 'Marlow Arena', 'place')), false);
    assert.strictEqual(isCareInstitution(at(text, 'Lister Center', 'place')), false);
    assert.strictEqual(isCareInstitution(at(text, 'Hospital', 'place')), false);
  });
});

describe('numberedUnits', () => {
  it('finds a unit named by its ordinal and kind, and nothing in a rank or an address', () => {
    const text =
      'Officers of the 67th Precinct and the 82nd Airborne Division met the 9th Circuit; she came 22nd, on 5th Avenue.';
    assert.deepStrictEqual(
      numberedUnits(text).map(u => text.slice(u.start, u.end)),
      ['67th Precinct', '82nd Airborne Division', '9th Circuit'],
    );
  });
});

describe('bareInstitutions', () => {
  it('finds an institution named by its kind alone inside a sentence', () => {
    const text = "A vote in Parliament failed, the Navy said; the Academy's rules changed, and Commission staff left.";
    assert.deepStrictEqual(
      bareInstitutions(text).map(i => text.slice(i.start, i.end)),
      ['Parliament', 'Navy', 'Academy', 'Commission'],
    );
  });

  it('leaves one opening a sentence, a word of a longer name and a title', () => {
    const text =
      'Navy divers searched. The Indian Navy said so, as did the Academy of Motion Picture Arts and Navy Secretary Kim.';
    assert.deepStrictEqual(bareInstitutions(text), []);
  });
});

describe('isArticleOpenedPlace', () => {
  it('reads a name opening with a Romance article after a preposition of place as a place, not a surname', () => {
    const text = 'Miners in El Varzo struck. Lucia Lo Presti met Lo Presti at La Kelma. Police said Lo Brenta fled.';
    const persons = [at(text, 'Lucia Lo Presti', 'person'), at(text, 'Lo Brenta', 'person')];
    assert.strictEqual(isArticleOpenedPlace(text, at(text, 'El Varzo', 'person'), persons), true);
    assert.strictEqual(isArticleOpenedPlace(text, at(text, 'La Kelma', 'person'), persons), true);
    const surname = { ...at(text, 'Lo Presti', 'person'), start: text.indexOf('Lo Presti at') };
    assert.strictEqual(isArticleOpenedPlace(text, { ...surname, end: surname.start + 9 }, persons), false);
    assert.strictEqual(isArticleOpenedPlace(text, persons[1], persons), false);
  });
});

describe('share classes', () => {
  it('reads a place-named company before its share class, not a market’s city', () => {
    const text = 'San Miguel B shares rose while Shanghai B shares fell.';
    const names = shareClassCompanies(text, [at(text, 'San Miguel', 'place'), at(text, 'Shanghai', 'place')]);
    assert.deepStrictEqual(
      names.map(n => n.text),
      ['San Miguel'],
    );
  });

  it('leaves a share class out of a company’s name', () => {
    const verb = 'Group B shares the lead.';
    assert.strictEqual(withoutShareClass(verb, at(verb, 'Group B', 'organization')).text, 'Group B');
    const text = 'Telmex L shares fell and Team A won.';
    assert.strictEqual(withoutShareClass(text, at(text, 'Telmex L', 'organization')).text, 'Telmex');
    const team = withoutShareClass(text, at(text, 'Team A', 'organization'));
    assert.strictEqual(team.text, 'Team A');
  });
});
