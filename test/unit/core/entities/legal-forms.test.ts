import * as assert from 'assert';
import { companyAndTown, endsInCompanyForm, withLegalForms } from '../../../../src/core/entities/legal-forms';
import { mention, read } from './mentions';

// Sentences written here for these tests (no test set's text).
describe('withLegalForms', () => {
  it("runs a company's name on over its legal form and Indonesia's PT and (Persero)", () => {
    const text = 'Ryanair Holdings plc and PT Bank Mandiri (Persero) Tbk rose; Deutsche Bank AG fell.';
    const found = withLegalForms(text, [
      mention(text, 'Ryanair Holdings', 'organization'),
      mention(text, 'Bank Mandiri', 'organization'),
      mention(text, 'Deutsche Bank', 'organization'),
    ]);
    assert.deepStrictEqual(read(text, found), [
      'Ryanair Holdings plc:organization',
      'PT Bank Mandiri (Persero) Tbk:organization',
      'Deutsche Bank AG:organization',
    ]);
  });

  it("reads a German partnership's KG as its legal form, after a name read as a person's too", () => {
    const text = 'The shipowner Claus Varnholt KG ordered ships; it weighed 5 KG.';
    const found = withLegalForms(text, [mention(text, 'Claus Varnholt', 'person')]);
    assert.deepStrictEqual(read(text, found), ['Claus Varnholt KG:organization']);
  });

  it('reads a form read alone as the end of the name before it, and a person only before a sure form', () => {
    const text = 'ASML Holding NV rose while Malayan Banking Bhd fell and Maria Costa SA said nothing.';
    const found = withLegalForms(text, [
      mention(text, 'NV', 'organization'),
      mention(text, 'Malayan Banking', 'person'),
      mention(text, 'Maria Costa', 'person'),
    ]);
    assert.deepStrictEqual(read(text, found), ['ASML Holding NV:organization', 'Malayan Banking Bhd:organization']);
  });

  it("runs a name on over the forms of eastern Europe's, Asia's and the Gulf's companies", () => {
    const text = 'Kalvanka Banka AD, Duna Vegyi Rt, Altyntel JSC, Keppard Shipyard Pte Ltd and Marsa SAOG rose.';
    const found = withLegalForms(text, [
      mention(text, 'Kalvanka Banka', 'organization'),
      mention(text, 'Duna Vegyi', 'person'),
      mention(text, 'Altyntel', 'place'),
      mention(text, 'Keppard Shipyard', 'organization'),
      mention(text, 'Marsa', 'person'),
    ]);
    assert.deepStrictEqual(read(text, found), [
      'Kalvanka Banka AD:organization',
      'Duna Vegyi Rt:organization',
      'Keppard Shipyard Pte Ltd:organization',
      'Marsa SAOG:organization',
    ]);
  });

  it("reads 'AS' after a body's name as its form, not before a word in capitals", () => {
    const text = 'Power utility Vantor AS fell. DRAVEL AS PROFITS FALL.';
    const found = withLegalForms(text, [
      mention(text, 'Vantor', 'organization'),
      mention(text, 'DRAVEL', 'organization'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Vantor AS:organization']);
    const director = 'Ohio Valley AD Gene Smithers said so.';
    assert.deepStrictEqual(withLegalForms(director, [mention(director, 'Ohio Valley', 'organization')]), []);
  });

  it("keeps a company's name and its town after 'of' apart, not its country", () => {
    const text = 'Kestrel Mining Corp of Denver and Orvand Corp of South Africa rose.';
    assert.deepStrictEqual(read(text, companyAndTown(mention(text, 'Kestrel Mining Corp of Denver', 'organization'))), [
      'Kestrel Mining Corp:organization',
      'Denver:place',
    ]);
    const country = mention(text, 'Orvand Corp of South Africa', 'organization');
    assert.deepStrictEqual(companyAndTown(country), [country]);
    const names = 'Public Service Co of New Mexico and Kestrel Bottling Co of Chicago rose.';
    for (const name of ['Public Service Co of New Mexico', 'Kestrel Bottling Co of Chicago']) {
      const whole = mention(names, name, 'organization');
      assert.deepStrictEqual(companyAndTown(whole), [whole], name);
    }
  });

  it("keeps a stop that ends the sentence out of the name, and one that is the form's own in it", () => {
    const text = 'Shares of Acme Corp. rose on Monday, said Zenith Inc. The rest fell.';
    const found = withLegalForms(text, [
      mention(text, 'Acme', 'organization'),
      mention(text, 'Zenith', 'organization'),
    ]);
    assert.deepStrictEqual(read(text, found), ['Acme Corp.:organization', 'Zenith Inc:organization']);
  });
});

describe('endsInCompanyForm', () => {
  it('knows a name by a form only companies bear, not by one other words share', () => {
    assert.strictEqual(endsInCompanyForm('Ladang Kinabatangan Bhd'), true);
    assert.strictEqual(endsInCompanyForm('Dormans Ltd.'), true);
    assert.strictEqual(endsInCompanyForm('Ana Sa'), false);
    assert.strictEqual(endsInCompanyForm('Inc'), false);
  });
});
