/**
 * Routing Discord events to the command modules. One wrapper runs every handler and never throws:
 * it logs with the interaction's context and answers the user politely with whichever of reply,
 * editReply or followUp is still possible.
 */
import {
  AttachmentBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type InteractionReplyOptions,
  type Message,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { commands } from '../../commands/index.ts';
import { ConversationMemory, SUBJECT_COMMANDS } from '../answer/conversation.ts';
import { detectLang } from '../answer/reading.ts';
import type { CommandContext, OptionValues, Reply } from '../command.ts';
import { type Lang, langFromLocale } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { type DiscordMessage, discordMessage, plainMessage } from '../render/discord.ts';
import { DISCORD_LIMITS } from '../render/limits.ts';
import { tokenize } from '../search/terms.ts';
import type { Cooldown } from './cooldown.ts';
import type { DataStore } from './data.ts';
import type { Logger } from './logger.ts';

export interface BotDeps {
  data: DataStore;
  logger: Logger;
  cooldown: Cooldown;
  /** Defer when a handler has not answered within this many ms (Discord allows 3 s to the first response). */
  deferAfterMs?: number;
  /** What each user's conversation in each channel is about; made on first use when not given. */
  conversations?: ConversationMemory;
}

/** Each user in each channel, thread or DM has a conversation of their own (threads and DMs have their own channel ids). */
export function conversationKey(userId: string, channelId: string): string {
  return `${userId}:${channelId}`;
}

function conversationsOf(deps: BotDeps): ConversationMemory {
  deps.conversations ??= new ConversationMemory();
  return deps.conversations;
}

/** Options of a chat-input interaction as plain values, by base name. */
export function optionValues(interaction: ChatInputCommandInteraction): OptionValues {
  const values: Record<string, string | number | boolean | undefined> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined) values[option.name] = option.value as string | number | boolean;
  }
  return values;
}

/** discord.js options for a rendered message. */
export function toDiscordOptions(
  message: DiscordMessage,
): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    files: message.files.map((file) => new AttachmentBuilder(file.data, { name: file.name })),
    allowedMentions: message.allowedMentions,
    ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

const COOLDOWN_COMMANDS = new Set(['ask']);

function cooldownReply(lang: Lang, seconds: number): DiscordMessage {
  return plainMessage(
    lang === 'fi'
      ? `Hetki vielä – voit kysyä uudelleen ${seconds} s kuluttua.`
      : `One moment – you can ask again in ${seconds} s.`,
  );
}

/**
 * Runs `work` and sends its message, deferring first when it is slow so Discord's 3-second window is
 * never missed.
 */
async function respond(
  interaction: RepliableInteraction,
  deps: BotDeps,
  work: () => Promise<DiscordMessage> | DiscordMessage,
  mode: 'reply' | 'update' = 'reply',
): Promise<void> {
  let deferred: Promise<unknown> | null = null;
  const timer = setTimeout(() => {
    deferred =
      mode === 'update' && interaction.isMessageComponent()
        ? interaction.deferUpdate()
        : interaction.deferReply();
  }, deps.deferAfterMs ?? 1500);
  let message: DiscordMessage;
  try {
    message = await work();
  } finally {
    clearTimeout(timer);
  }
  const options = toDiscordOptions(message);
  if (deferred) {
    await deferred;
    const { flags: _flags, ...edit } = options;
    await interaction.editReply(edit);
  } else if (mode === 'update' && interaction.isMessageComponent()) {
    const { flags: _flags, ...update } = options;
    await interaction.update(update);
  } else {
    await interaction.reply(options);
  }
}

/** Apologises to the user after a failed handler, by whatever way is still open. */
async function apologise(interaction: RepliableInteraction, lang: Lang, logger: Logger): Promise<void> {
  const options = toDiscordOptions(plainMessage(t(lang, 'error')));
  const { flags: _flags, ...edit } = options;
  try {
    if (interaction.deferred && !interaction.replied) await interaction.editReply(edit);
    else if (interaction.replied || interaction.deferred) await interaction.followUp(options);
    else await interaction.reply(options);
  } catch (error) {
    logger.warn({ err: error, interactionId: interaction.id }, 'could not send the error message');
  }
}

function context(deps: BotDeps, lang: Lang, conversation?: string): CommandContext {
  return {
    lang,
    catalog: deps.data.catalog,
    conversation: conversation === undefined ? undefined : conversationsOf(deps).recall(conversation),
  };
}

export async function handleChatInput(
  interaction: ChatInputCommandInteraction,
  deps: BotDeps,
): Promise<void> {
  const lang = langFromLocale(interaction.locale);
  const command = commands.get(interaction.commandName);
  if (!command) {
    await interaction.reply(
      toDiscordOptions(plainMessage(lang === 'fi' ? 'Tuntematon komento.' : 'Unknown command.')),
    );
    return;
  }
  if (COOLDOWN_COMMANDS.has(command.data.name)) {
    const wait = deps.cooldown.take(interaction.user.id);
    if (wait) {
      await interaction.reply(toDiscordOptions(cooldownReply(lang, wait)));
      return;
    }
  }
  const key = conversationKey(interaction.user.id, interaction.channelId);
  await respond(interaction, deps, async () => {
    const reply: Reply = await command.execute(context(deps, lang, key), optionValues(interaction));
    if (SUBJECT_COMMANDS.has(command.data.name)) conversationsOf(deps).remember(key, reply.answer);
    return discordMessage(reply);
  });
}

export async function handleAutocomplete(interaction: AutocompleteInteraction, deps: BotDeps): Promise<void> {
  const command = commands.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices =
    command?.autocomplete?.(
      context(deps, langFromLocale(interaction.locale)),
      focused.name,
      String(focused.value),
    ) ?? [];
  await interaction.respond(choices.slice(0, DISCORD_LIMITS.autocompleteChoices));
}

export async function handleButton(interaction: ButtonInteraction, deps: BotDeps): Promise<void> {
  const lang = langFromLocale(interaction.locale);
  const [prefix] = interaction.customId.split(':');
  const command = prefix ? commands.get(prefix) : undefined;
  if (!command?.button) {
    await interaction.deferUpdate();
    return;
  }
  const button = command.button;
  await respond(
    interaction,
    deps,
    async () => discordMessage(await button(context(deps, lang), interaction.customId)),
    'update',
  );
}

/** The question of a message that mentions the bot: the text without the mention(s). */
export function questionOf(message: Pick<Message, 'content'>, botId: string): string {
  return message.content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A message that mentions the bot, or a DM, is answered like /ask. */
export async function handleMessage(message: Message, client: Client, deps: BotDeps): Promise<void> {
  if (message.author.bot || !client.user) return;
  const isDm = !message.guildId;
  if (!isDm && !message.mentions.users.has(client.user.id)) return;
  const question = questionOf(message, client.user.id);
  const lang = detectLang(tokenize(question));
  const wait = deps.cooldown.take(message.author.id);
  let rendered: DiscordMessage;
  if (wait) rendered = cooldownReply(lang, wait);
  else if (!question)
    rendered = discordMessage(
      await (commands.get('help') as NonNullable<ReturnType<typeof commands.get>>).execute(
        context(deps, lang),
        {},
      ),
    );
  else {
    const key = conversationKey(message.author.id, message.channelId);
    const reply = await (commands.get('ask') as NonNullable<ReturnType<typeof commands.get>>).execute(
      context(deps, lang, key),
      { question },
    );
    conversationsOf(deps).remember(key, reply.answer);
    rendered = discordMessage(reply);
  }
  const { flags: _flags, ...options } = toDiscordOptions(rendered);
  await message.reply({ ...options, allowedMentions: { parse: [], repliedUser: false } });
}

/** Wraps a handler so that an error is logged and answered, never thrown into discord.js. */
export function guarded<T extends { id: string }>(
  name: string,
  deps: BotDeps,
  handler: (event: T) => Promise<void>,
): (event: T) => Promise<void> {
  return async (event) => {
    const started = performance.now();
    try {
      await handler(event);
      deps.logger.debug(
        { handler: name, id: event.id, ms: Math.round(performance.now() - started) },
        'handled',
      );
    } catch (error) {
      const interaction = event as unknown as RepliableInteraction;
      deps.logger.error(
        {
          err: error,
          handler: name,
          id: event.id,
          command: (interaction as Partial<ChatInputCommandInteraction>).commandName,
          user: (interaction as Partial<ChatInputCommandInteraction>).user?.id,
        },
        'handler failed',
      );
      if (typeof interaction.isRepliable === 'function' && interaction.isRepliable()) {
        await apologise(
          interaction,
          langFromLocale((interaction as Partial<ChatInputCommandInteraction>).locale),
          deps.logger,
        );
      } else if ('reply' in (event as object) && 'author' in (event as object)) {
        try {
          await (event as unknown as Message).reply({
            content: t('en', 'error'),
            allowedMentions: { parse: [], repliedUser: false },
          });
        } catch {
          // The channel may be gone; the error is logged above.
        }
      }
    }
  };
}
