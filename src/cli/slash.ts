/**
 * Parsing a typed slash command ("/haku nuoret maakunta:Kainuu") against the command definitions, in
 * either language: command and option names match their English base names or Finnish
 * localizations, choice values match their names in both languages. Names compare without ä and ö,
 * as a keyboard without them types them ("/kohderyhmat").
 */
import type {
  APIApplicationCommandOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, OptionValues } from '../command.ts';
import { foldText } from '../search/catalog.ts';

export interface ParsedSlash {
  command: Command;
  options: OptionValues;
}

export type SlashParse =
  | { ok: true; value: ParsedSlash }
  | { ok: false; error: 'unknown-command'; name: string };

const fold = foldText;

function names(item: { name: string; name_localizations?: Record<string, string | null> | null }): string[] {
  return [item.name, ...Object.values(item.name_localizations ?? {}).filter((n): n is string => !!n)].map(
    fold,
  );
}

/** Finds a command by its base name or a localized name, with or without ä and ö. */
export function findCommand(commands: Iterable<Command>, name: string): Command | null {
  const wanted = fold(name);
  for (const command of commands) if (names(command.data.toJSON()).includes(wanted)) return command;
  return null;
}

type StringOption = APIApplicationCommandOption & {
  choices?: {
    name: string;
    value: string | number;
    name_localizations?: Record<string, string | null> | null;
  }[];
};

function choiceValue(option: StringOption, raw: string): string {
  const match = option.choices?.find(
    (choice) => names(choice).includes(fold(raw)) || fold(String(choice.value)) === fold(raw),
  );
  return match ? String(match.value) : raw;
}

/** Parses "/name rest of line"; text before the first `option:` goes to the first option. */
export function parseSlash(line: string, commands: Iterable<Command>): SlashParse {
  const match = /^\/(\S+)\s*(.*)$/su.exec(line.trim());
  const name = match?.[1] ?? '';
  const command = findCommand(commands, name);
  if (!command) return { ok: false, error: 'unknown-command', name };
  const definition: RESTPostAPIChatInputApplicationCommandsJSONBody = command.data.toJSON();
  const optionDefs = (definition.options ?? []) as StringOption[];
  const rest = match?.[2] ?? '';
  const byName = new Map<string, StringOption>();
  for (const option of optionDefs) for (const n of names(option)) byName.set(n, option);

  const options: Record<string, string> = {};
  // Split at "name:" where name is a known option of this command.
  const marker = /(^|\s)([\p{L}]+):/gu;
  const cuts: { index: number; start: number; option: StringOption }[] = [];
  for (const found of rest.matchAll(marker)) {
    const option = byName.get(fold(found[2] as string));
    if (option)
      cuts.push({
        index: (found.index ?? 0) + (found[1] as string).length,
        start: (found.index ?? 0) + found[0].length,
        option,
      });
  }
  const leading = rest.slice(0, cuts[0]?.index ?? rest.length).trim();
  if (leading && optionDefs[0]) options[optionDefs[0].name] = choiceValue(optionDefs[0], leading);
  cuts.forEach((cut, i) => {
    const value = rest.slice(cut.start, cuts[i + 1]?.index ?? rest.length).trim();
    if (value) options[cut.option.name] = choiceValue(cut.option, value);
  });
  return { ok: true, value: { command, options } };
}
