// The reduce step: articles annotated apart (by workers, processes or machines) joined into one actor
// index and one JSON contract, exactly as if they had been annotated together.
import { ActorIndex } from '../actors/actor-index';
import type { Annotation } from '../types';
import { toContract, type Contract } from './json-contract';

export class Linker {
  private readonly index = new ActorIndex();
  private readonly ids: string[] = [];
  private readonly taken = new Set<string>();

  /** Adds an article in input order; an id given twice gets `#n` (n: the articles before it), so none is lost. */
  add(id: string, annotation: Annotation): void {
    const unique = this.taken.has(id) ? `${id}#${this.ids.length}` : id;
    this.taken.add(unique);
    this.ids.push(unique);
    this.index.set(unique, annotation);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The contract of every article added, in the order added, with the actors they name. */
  contract(): Contract {
    return toContract(this.index, this.ids);
  }
}
