/**
 * Discord's limits, named once. One oversized field makes Discord reject the whole reply, so every
 * payload is cut to these before it is sent.
 */
export const DISCORD_LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  commandName: 32,
  commandDescription: 100,
} as const;

/**
 * Cuts `text` to at most `max` characters at a word boundary, ending with "…" (plus `suffix`, e.g. a
 * link, when it fits). Text within the limit comes back unchanged.
 */
export function truncate(text: string, max: number, suffix = ''): string {
  if (text.length <= max) return text;
  const tail = suffix && suffix.length + 2 < max / 2 ? `\n${suffix}` : '';
  const room = max - 1 - tail.length;
  const cut = text.slice(0, room);
  const space = cut.search(/\s\S*$/);
  const body = (space > room * 0.6 ? cut.slice(0, space) : cut).trimEnd();
  return `${body}…${tail}`;
}
