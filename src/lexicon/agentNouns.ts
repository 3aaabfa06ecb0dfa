/**
 * The verb forms of an agent noun in "-ator": "mediator" -> "mediated", "mediates",
 * "mediating". A sentence that says "the talks were mediated by Lars Brekke" says who the mediator
 * is. Not "senator" -> "senate": only forms that are verbs, never the bare "-e".
 */
export function agentVerbForms(noun: string): string[] {
  const stem = /^([a-z]{3,}at)or$/.exec(noun)?.[1];
  return stem ? [`${stem}ed`, `${stem}es`, `${stem}ing`] : [];
}
