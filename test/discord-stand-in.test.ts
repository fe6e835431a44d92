/**
 * Proves the Discord stand-in (test/support/discord-stand-in.ts) is good enough for the real discord.js client:
 * login + READY/GUILD_CREATE, command registration over REST, every interaction response kind, multipart
 * uploads, message replies, heartbeats, and reconnecting (resume and re-identify) after dropped connections.
 */
import { once } from 'node:events';
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  REST,
  Routes,
  SlashCommandBuilder,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type DiscordStandIn, type JsonObject, startDiscordStandIn } from './support/discord-stand-in.ts';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const commands = [
  new SlashCommandBuilder().setName('ping').setDescription('Vastaa pong'),
  new SlashCommandBuilder().setName('hidas').setDescription('Lykätty vastaus'),
  new SlashCommandBuilder()
    .setName('hae')
    .setDescription('Hae hankkeita')
    .addStringOption((o) =>
      o.setName('haku').setDescription('Hakusana').setRequired(true).setAutocomplete(true),
    )
    .addIntegerOption((o) => o.setName('maara').setDescription('Tulosten määrä')),
  new SlashCommandBuilder().setName('kaavio').setDescription('Kuva liitteenä'),
  new SlashCommandBuilder().setName('nappi').setDescription('Viesti jossa on nappi'),
].map((c) => c.toJSON());

function nextMessage(client: Client, predicate: (message: Message) => boolean): Promise<Message> {
  return new Promise((resolve) => {
    const listener = (message: Message): void => {
      if (!predicate(message)) return;
      client.off(Events.MessageCreate, listener);
      resolve(message);
    };
    client.on(Events.MessageCreate, listener);
  });
}

function payloadOf(body: unknown): JsonObject {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as JsonObject) : {};
}

describe('discord stand-in with the real discord.js client', () => {
  let standIn: DiscordStandIn;
  let client: Client;
  const seenInteractions: Interaction[] = [];
  const seenMessages: Message[] = [];
  const listenerErrors: unknown[] = [];

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      // DM channels are never announced by Discord; without this partial discord.js drops DM messages.
      partials: [Partials.Channel],
      // All REST calls (and, through GET /gateway/bot, the gateway URL) come from here: nothing goes to discord.com.
      rest: { api: standIn.apiUrl },
      // @discordjs/ws waits ~5–6.5 s between two IDENTIFYs of a shard (max_concurrency); tests re-identify at once.
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
    });

    client.on(Events.InteractionCreate, async (interaction) => {
      seenInteractions.push(interaction);
      try {
        if (interaction.isAutocomplete()) {
          const typed = interaction.options.getFocused();
          await interaction.respond([
            { name: `${typed} – Helsinki`, value: `${typed}-hel` },
            { name: `${typed} – Tampere`, value: `${typed}-tre` },
          ]);
        } else if (interaction.isButton()) {
          await interaction.update({ content: `painettu: ${interaction.customId}`, components: [] });
        } else if (interaction.isChatInputCommand()) {
          switch (interaction.commandName) {
            case 'ping':
              await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
              break;
            case 'hidas':
              await interaction.deferReply({ flags: MessageFlags.Ephemeral });
              await interaction.editReply({ content: 'valmis' });
              break;
            case 'hae':
              await interaction.reply({
                content: `haku=${interaction.options.getString('haku', true)} määrä=${interaction.options.getInteger('maara') ?? '-'} locale=${interaction.locale}`,
              });
              break;
            case 'kaavio':
              await interaction.reply({
                content: 'kaavio liitteenä',
                files: [new AttachmentBuilder(PNG, { name: 'kaavio.png', description: 'Pylväskaavio' })],
              });
              break;
            case 'nappi':
              await interaction.reply({
                content: 'paina',
                components: [
                  new ActionRowBuilder<ButtonBuilder>().addComponents(
                    new ButtonBuilder().setCustomId('lisaa').setLabel('Lisää').setStyle(ButtonStyle.Primary),
                  ),
                ],
              });
              break;
          }
        }
      } catch (error) {
        listenerErrors.push(error);
      }
    });

    client.on(Events.MessageCreate, async (message) => {
      seenMessages.push(message);
      if (message.author.bot) return;
      try {
        if (message.channel.isDMBased()) await message.reply(`moi DM:ssä, sanoit "${message.content}"`);
        else if (client.user && message.mentions.has(client.user)) {
          await message.channel.sendTyping();
          await message.reply({
            content: `hei ${message.author.username}!`,
            allowedMentions: { repliedUser: false },
          });
        }
      } catch (error) {
        listenerErrors.push(error);
      }
    });

    const ready = once(client, Events.ClientReady);
    await client.login('test');
    await ready;
    await standIn.waitForReady();
  });

  afterAll(async () => {
    await client?.destroy();
    await standIn?.close();
  });

  it('logs in: GET /gateway/bot, IDENTIFY, READY and a cached guild with a text channel', async () => {
    expect(standIn.apiUrl).toBe(`http://127.0.0.1:${standIn.port}/api`);
    const gatewayBot = standIn.requests.find((r) => r.route === '/gateway/bot');
    expect(gatewayBot?.path).toBe('/api/v10/gateway/bot');
    expect(gatewayBot?.headers.authorization).toBe('Bot test');
    expect(standIn.identifyCount).toBe(1);
    expect(standIn.lastIdentify?.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(client.user?.id).toBe(standIn.botUser.id);
    expect(client.user?.bot).toBe(true);
    expect(client.application?.id).toBe(standIn.applicationId);
    const guild = client.guilds.cache.get(standIn.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.members.me?.id).toBe(standIn.botUser.id);
    expect(guild?.channels.cache.get(standIn.channelId)?.isTextBased()).toBe(true);
  });

  it('acknowledges heartbeats', async () => {
    const beat = await standIn.waitForGatewayPayload(
      (r) => r.direction === 'in' && r.payload.op === 1,
      10_000,
    );
    await standIn.waitForGatewayPayload(
      (r) => r.direction === 'out' && r.payload.op === 11 && r.at >= beat.at,
      5_000,
    );
    expect(standIn.heartbeatCount).toBeGreaterThan(0);
  });

  it('stores and echoes commands registered with REST.put(applicationGuildCommands)', async () => {
    const rest = new REST({ api: standIn.apiUrl }).setToken('test');
    const created = (await rest.put(Routes.applicationGuildCommands(standIn.applicationId, standIn.guildId), {
      body: commands,
    })) as JsonObject[];
    expect(created.map((c) => c.name)).toEqual(['ping', 'hidas', 'hae', 'kaavio', 'nappi']);
    for (const command of created) {
      expect(command.id).toMatch(/^\d{17,20}$/);
      expect(command.application_id).toBe(standIn.applicationId);
      expect(command.guild_id).toBe(standIn.guildId);
    }
    const fetched = (await rest.get(
      Routes.applicationGuildCommands(standIn.applicationId, standIn.guildId),
    )) as JsonObject[];
    expect(fetched.map((c) => c.id)).toEqual(created.map((c) => c.id));
    // Overwriting keeps the ids of commands with the same name, as Discord does.
    const again = (await rest.put(Routes.applicationGuildCommands(standIn.applicationId, standIn.guildId), {
      body: commands,
    })) as JsonObject[];
    expect(again.map((c) => c.id)).toEqual(created.map((c) => c.id));
    // Global commands through the client's own REST.
    await client.application?.commands.set([{ name: 'globaali', description: 'Globaali komento' }]);
    expect(standIn.getCommands().map((c) => c.name)).toEqual(['globaali']);
    // Discord's validation: descriptions are 1–100 characters.
    await expect(
      rest.put(Routes.applicationCommands(standIn.applicationId), {
        body: [{ name: 'liian', description: 'x'.repeat(101) }],
      }),
    ).rejects.toThrow(/Invalid Form Body/);
  });

  it('answers a chat-input command with interaction.reply', async () => {
    const { id, token, callback } = standIn.dispatchInteraction({ commandName: 'ping', locale: 'en-US' });
    const request = await callback;
    expect(request.path).toBe(`/api/v10/interactions/${id}/${token}/callback`);
    expect(request.status).toBe(204);
    expect(request.query).toEqual({ with_response: 'false' });
    // Interaction callbacks are sent without the bot token, like against Discord.
    expect(request.headers.authorization).toBeUndefined();
    expect(request.body).toMatchObject({
      type: 4,
      data: { content: 'pong', allowed_mentions: { parse: [] } },
    });
    const interaction = seenInteractions.find((i) => i.id === id);
    expect(interaction?.isChatInputCommand() && interaction.commandName).toBe('ping');
    expect(interaction?.locale).toBe('en-US');
    expect(interaction?.guildLocale).toBe('fi');
    expect(interaction?.channel?.id).toBe(standIn.channelId);
    expect(interaction?.inGuild()).toBe(true);
  });

  it('answers a command used in the bot DM', async () => {
    const { id, token, payload } = standIn.dispatchInteraction({ commandName: 'ping', dm: true });
    expect(payload.user).toMatchObject({ id: standIn.defaultUser.id });
    expect(payload.member).toBeUndefined();
    expect(payload.context).toBe(1);
    const response = await standIn.waitForInteractionResponse(id, token);
    expect(response.content).toBe('pong');
    expect(seenInteractions.find((i) => i.id === id)?.inGuild()).toBe(false);
  });

  it('lets discord.js retry a callback answered 429 (injectResponse)', async () => {
    const { id, token } = standIn.dispatchInteraction({ commandName: 'ping' });
    standIn.injectResponse((r) => r.route === `/interactions/${id}/${token}/callback`, {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
      headers: { 'retry-after': '0.05' },
    });
    const response = await standIn.waitForInteractionResponse(id, token);
    expect(response.content).toBe('pong');
    const attempts = standIn.requests.filter((r) => r.route === `/interactions/${id}/${token}/callback`);
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
  });

  it('passes options typed from the registered command, with the user locale', async () => {
    const { id, token } = standIn.dispatchInteraction({
      commandName: 'hae',
      options: { haku: 'tuuli', maara: 3 },
    });
    const response = await standIn.waitForInteractionResponse(id, token);
    expect(response.content).toBe('haku=tuuli määrä=3 locale=fi');
  });

  it('follows deferReply + editReply to the PATCH of @original', async () => {
    const { id, token, callback } = standIn.dispatchInteraction({ commandName: 'hidas' });
    expect((await callback).body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const response = await standIn.waitForInteractionResponse(id, token);
    expect(response.via).toBe('edit');
    expect(response.type).toBe(5);
    expect(response.content).toBe('valmis');
    expect(response.ephemeral).toBe(true);
    expect(response.request.method).toBe('PATCH');
    expect(response.request.path).toBe(
      `/api/v10/webhooks/${standIn.applicationId}/${token}/messages/@original`,
    );
    expect(response.request.status).toBe(200);
  });

  it('answers autocomplete with interaction.respond', async () => {
    const { id, token, callback } = standIn.dispatchInteraction({
      commandName: 'hae',
      options: { haku: 'aurin' },
      focused: 'haku',
    });
    expect((await callback).body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'aurin – Helsinki', value: 'aurin-hel' },
          { name: 'aurin – Tampere', value: 'aurin-tre' },
        ],
      },
    });
    const response = await standIn.waitForInteractionResponse(id, token);
    expect(response.data.choices).toHaveLength(2);
    const interaction = seenInteractions.find((i) => i.id === id);
    expect(interaction?.isAutocomplete()).toBe(true);
  });

  it('updates the message of a pressed button with interaction.update', async () => {
    const { id, token } = standIn.dispatchInteraction({ commandName: 'nappi' });
    const reply = await standIn.waitForInteractionResponse(id, token);
    const components = reply.data.components as JsonObject[];
    expect(components).toHaveLength(1);

    const pressed = standIn.dispatchInteraction({
      customId: 'lisaa',
      message: { content: 'paina', components },
    });
    expect((await pressed.callback).body).toMatchObject({
      type: 7,
      data: { content: 'painettu: lisaa', components: [] },
    });
    const response = await standIn.waitForInteractionResponse(pressed.id, pressed.token);
    expect(response.content).toBe('painettu: lisaa');
    const interaction = seenInteractions.find((i) => i.id === pressed.id);
    expect(interaction?.isButton() && interaction.message.content).toBe('paina');
  });

  it('records files of a multipart reply', async () => {
    const { id, token, callback } = standIn.dispatchInteraction({ commandName: 'kaavio' });
    const request = await callback;
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.files).toHaveLength(1);
    const [file] = request.files;
    expect(file?.field).toBe('files[0]');
    expect(file?.filename).toBe('kaavio.png');
    expect(file?.contentType).toBe('image/png');
    expect(file?.data.equals(PNG)).toBe(true);
    const payload = payloadOf(request.payload);
    expect(payload.type).toBe(4);
    expect(payloadOf(payload.data).content).toBe('kaavio liitteenä');
    expect(payloadOf(payload.data).attachments).toMatchObject([{ id: '0', description: 'Pylväskaavio' }]);
    expect(request.body).toEqual({ payload, files: request.files });

    const response = await standIn.waitForInteractionResponse(id, token);
    expect(response.files.map((f) => f.filename)).toEqual(['kaavio.png']);
    // The stored reply lists the attachment, and the stand-in serves its bytes.
    const original = (await new REST({ api: standIn.apiUrl }).get(
      Routes.webhookMessage(standIn.applicationId, token),
      {
        auth: false,
      },
    )) as JsonObject;
    const [attachment] = original.attachments as JsonObject[];
    expect(attachment).toMatchObject({ filename: 'kaavio.png', content_type: 'image/png', size: PNG.length });
    const download = await fetch(String(attachment?.url));
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('delivers a guild message that mentions the bot and records message.reply', async () => {
    const echoed = nextMessage(client, (m) => m.author.id === client.user?.id && m.reference !== null);
    const dispatched = standIn.dispatchMessageCreate({ content: 'mitä kuuluu?', mentionsBot: true });
    const reply = await dispatched.reply;
    // Discord echoes the bot's own message over the gateway; the listener must (and does) ignore it.
    expect((await echoed).id).toBe(payloadOf(reply.response).id);
    expect(reply.route).toBe(`/channels/${standIn.channelId}/messages`);
    expect(reply.headers.authorization).toBe('Bot test');
    expect(payloadOf(reply.payload).content).toBe(`hei ${String(standIn.defaultUser.username)}!`);
    expect(payloadOf(payloadOf(reply.payload).message_reference).message_id).toBe(dispatched.id);
    expect(payloadOf(reply.response).type).toBe(19);
    const received = seenMessages.find((m) => m.id === dispatched.id);
    expect(received?.content).toBe(`<@${String(standIn.botUser.id)}> mitä kuuluu?`);
    expect(received?.guildId).toBe(standIn.guildId);
    const typing = standIn.requests.find((r) => r.route === `/channels/${standIn.channelId}/typing`);
    expect(typing?.status).toBe(204);
  });

  it('blanks the content of unmentioned guild messages without the MessageContent intent', async () => {
    const dispatched = standIn.dispatchMessageCreate({ content: 'salainen' });
    const message = await nextMessage(client, (m) => m.id === dispatched.id);
    expect(message.content).toBe('');
    expect(message.author.id).toBe(standIn.defaultUser.id);
  });

  it('delivers a DM and records the reply in the DM channel', async () => {
    const reply = await standIn.dispatchMessage({ content: 'terve', dm: true });
    expect(reply.route).toBe(`/channels/${standIn.dmChannelId}/messages`);
    expect(payloadOf(reply.payload).content).toBe('moi DM:ssä, sanoit "terve"');
  });

  it('reports Discord errors: double acknowledgement and too long content', async () => {
    const { id, token, callback } = standIn.dispatchInteraction({ commandName: 'ping' });
    await callback;
    const interaction = seenInteractions.find((i) => i.id === id);
    const rest = new REST({ api: standIn.apiUrl });
    await expect(
      rest.post(Routes.interactionCallback(id, token), {
        body: { type: 4, data: { content: 'x' } },
        auth: false,
      }),
    ).rejects.toThrow(/already been acknowledged/);
    await expect(
      rest.patch(Routes.webhookMessage(standIn.applicationId, token), {
        body: { content: 'x'.repeat(2001) },
        auth: false,
      }),
    ).rejects.toThrow(/2000 or fewer/);
    expect(interaction).toBeDefined();
  });

  it('resumes after the gateway closes with 4000 and keeps answering', async () => {
    const resumes = standIn.resumeCount;
    const identifies = standIn.identifyCount;
    expect(standIn.dropConnections(4000)).toBe(1);
    await standIn.waitForReady(20_000);
    expect(standIn.resumeCount).toBe(resumes + 1);
    expect(standIn.identifyCount).toBe(identifies);
    const { callback } = standIn.dispatchInteraction({ commandName: 'ping' });
    expect(payloadOf(payloadOf((await callback).payload).data).content).toBe('pong');
  });

  it('resumes after an abnormal close (1006)', async () => {
    const resumes = standIn.resumeCount;
    standIn.dropConnections();
    // The event is queued until the client is back, then delivered.
    const { id, token } = standIn.dispatchInteraction({ commandName: 'ping', timeoutMs: 20_000 });
    const response = await standIn.waitForInteractionResponse(id, token, { timeoutMs: 20_000 });
    expect(response.content).toBe('pong');
    expect(standIn.resumeCount).toBe(resumes + 1);
  });

  it('re-identifies after a 1000 close and keeps answering', async () => {
    const identifies = standIn.identifyCount;
    standIn.dropConnections(1000);
    await standIn.waitForReady(20_000);
    expect(standIn.identifyCount).toBe(identifies + 1);
    const reply = await standIn.dispatchMessage({
      content: 'vielä täällä?',
      mentionsBot: true,
      timeoutMs: 20_000,
    });
    expect(payloadOf(reply.payload).content).toMatch(/^hei /);
  });

  it('had no errors in the listeners', () => {
    expect(listenerErrors).toEqual([]);
  });
});

describe('discord stand-in gateway protocol details', () => {
  let standIn: DiscordStandIn;

  beforeAll(async () => {
    standIn = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
  });

  afterAll(async () => {
    await standIn?.close();
  });

  it('speaks zlib-stream when asked to', async () => {
    const socket = new WebSocket(`${standIn.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const [data, isBinary] = (await once(socket, 'message')) as [Buffer, boolean];
    expect(isBinary).toBe(true);
    expect(data.readUInt32BE(data.length - 4)).toBe(0x0000ffff);
    const hello = JSON.parse(inflateSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8'));
    expect(hello).toMatchObject({ op: 10, d: { heartbeat_interval: 1000 } });
    socket.close();
    await once(socket, 'close');
  });

  it('answers an unknown RESUME with op 9 and rejects a wrong API version with 4012', async () => {
    const socket = new WebSocket(`${standIn.gatewayUrl}?v=10&encoding=json`);
    await once(socket, 'message'); // HELLO
    socket.send(JSON.stringify({ op: 6, d: { token: 'test', session_id: 'nope', seq: 3 } }));
    const [message] = (await once(socket, 'message')) as [Buffer];
    expect(JSON.parse(message.toString('utf8'))).toMatchObject({ op: 9, d: false });
    socket.close();
    await once(socket, 'close');

    const old = new WebSocket(`${standIn.gatewayUrl}?v=9&encoding=json`);
    const [code] = (await once(old, 'close')) as [number];
    expect(code).toBe(4012);
  });
});
