// The pronouns and descriptions that refer to each actor across the workspace ("it", "the minister"),
// counted by form for the name's hover card. Counted in one pass over the workspace when first asked for
// after a change. No `vscode` here.
import type { ActorIndex } from '../../core/view';

export interface ReferredForm {
  text: string;
  count: number;
}

// A pronoun or a description that opens a sentence is the same form as in running text ("It" = "it").
const OPENING_WORD =
  /^(?:the|this|that|these|those|it|its|itself|he|him|his|himself|she|her|herself|they|them|their|themselves)\b/i;

export class ReferredForms {
  private byActor: Map<string, Map<string, number>> | null = null;

  constructor(private readonly actors: ActorIndex) {}

  clear(): void {
    this.byActor = null;
  }

  /** The forms that refer to an actor (by id or key), most used first, then alphabetically. */
  of(actorKey: string): ReferredForm[] {
    this.byActor ??= this.count();
    const forms = this.byActor.get(this.actors.resolve(actorKey));
    if (!forms) return [];
    return [...forms]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  }

  private count(): Map<string, Map<string, number>> {
    const byActor = new Map<string, Map<string, number>>();
    for (const documentId of this.actors.documentIds()) {
      for (const reference of this.actors.annotation(documentId)?.coreferences ?? []) {
        const id = this.actors.resolve(reference.actorKey);
        const oneLine = reference.text.replace(/\s+/g, ' ');
        const text = OPENING_WORD.test(oneLine) ? oneLine[0].toLowerCase() + oneLine.slice(1) : oneLine;
        if (!byActor.has(id)) byActor.set(id, new Map());
        const forms = byActor.get(id)!;
        forms.set(text, (forms.get(text) ?? 0) + 1);
      }
    }
    return byActor;
  }
}
