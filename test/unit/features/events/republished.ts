// A second report of seed 001's story, as sites republish a wire story: its headline and first two
// paragraphs, word for word. With the seeds it makes one happening reported in two articles.
import { readSeed } from '../../seeds';

export const SEED_001 = '001_b0e5feebaca363bc.txt';
export const REPUBLISHED = 'zz-republished-001.txt';

export function republishedText(): string {
  const text = readSeed(SEED_001);
  const headline = 'Russian, Japanese diplomats discuss over phone Korean Peninsula developments';
  const lead = text.slice(text.indexOf('MOSCOW, October 26'), text.indexOf('Japanese diplomat Funakoshi'));
  return `${headline}\n\n${lead.trimEnd()}\n`;
}
