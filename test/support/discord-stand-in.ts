/**
 * A local stand-in for Discord's HTTP API (v10) and gateway, good enough for a real discord.js v14 client.
 *
 * Discord itself is unreachable from tests, so the bot is pointed at this server instead:
 *
 *   const standIn = await startDiscordStandIn();
 *   const client = new Client({ intents, rest: { api: standIn.apiUrl } });
 *   await client.login('test');
 *
 * How discord.js finds it (read from discord.js 14.28, @discordjs/rest 2.6, @discordjs/ws 1.2):
 * - Every REST call goes to `${rest.api}/v10${route}` (undici `request`, keep-alive), so `rest.api` is the only
 *   setting needed. Interaction callbacks and webhook (follow-up / @original) calls are sent with `auth: false`,
 *   i.e. WITHOUT an Authorization header, exactly like against Discord.
 * - The gateway URL is never configured: `client.login()` asks `GET /gateway/bot` (url, shards,
 *   session_start_limit.max_concurrency for the identify throttler) and connects to `${url}?v=10&encoding=json`.
 *   After READY it reconnects to READY's `resume_gateway_url` when resuming.
 * - Compression: discord.js only asks for `compress=zlib-stream` when the optional native `zlib-sync` package is
 *   installed (it is not here). The stand-in nevertheless implements zlib-stream (one shared deflate context,
 *   every payload ends with a Z_SYNC_FLUSH) and "identify compress" (`compress: true` in IDENTIFY: each payload a
 *   binary zlib frame). permessage-deflate is disabled on the socket.
 * - Nothing else is fetched from discord.com: CDN URLs are only built, never requested. (Sending an attachment
 *   given as an http(s) URL string would make discord.js download it; tests should pass Buffers.)
 *
 * The stand-in validates a few things Discord validates (content ≤ 2000 chars, ≤ 10 embeds, embed limits,
 * autocomplete ≤ 25 choices, empty messages, double acknowledgement of an interaction, command names and
 * descriptions) and answers with Discord's error shapes, so a bot that would fail against Discord fails here.
 * Pass `validate: false` to turn that off.
 *
 * Other Discord behaviour it copies: the bot's own non-ephemeral messages come back as MESSAGE_CREATE/UPDATE/
 * DELETE; guild messages that neither mention the bot nor come with the MESSAGE_CONTENT intent arrive with empty
 * content; MESSAGE_CREATE needs GUILD_MESSAGES / DIRECT_MESSAGES; no GUILD_CREATE without GUILDS; a clean client
 * close (1000/1001) ends the session, other closes stay resumable; RESUME replays missed dispatches.
 * DMs: Discord never announces DM channels, so a discord.js client needs `partials: [Partials.Channel]` to get
 * DM messages at all (DM interactions work without it, `interaction.channel` is then null).
 * Identify throttling: @discordjs/ws waits ~5–6.5 s between two IDENTIFYs of a shard; tests that re-identify can
 * pass `ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) }` to the Client.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createDeflate, type Deflate, deflateSync, constants as zlibConstants } from 'node:zlib';
import { type RawData, WebSocket, WebSocketServer } from 'ws';

// ---------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------

export type JsonObject = Record<string, unknown>;

export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
  size: number;
}

export interface RecordedRequest {
  /** Order of arrival, starting at 0 (same as the index in `requests` unless `clearRequests()` was called). */
  seq: number;
  method: string;
  /** Full path without the query, e.g. `/api/v10/channels/123/messages`. */
  path: string;
  /** Path with the `/api/vN` prefix removed, e.g. `/channels/123/messages` (equal to `path` outside `/api`). */
  route: string;
  /** API version from the path (10 for `/api/v10/...`), null when the path had none. */
  version: number | null;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, `{ payload, files }` for multipart/form-data, text for other bodies, undefined when empty. */
  body: unknown;
  /** The JSON payload whatever the encoding (`payload_json` for multipart), undefined when there was none. */
  payload: unknown;
  /** Files of a multipart body (empty otherwise). */
  files: RecordedFile[];
  /** Date.now() when the request arrived. */
  at: number;
  /** Status code the stand-in answered with. */
  status: number;
  /** Body the stand-in answered with (undefined for 204). */
  response: unknown;
}

export interface GatewayPayloadRecord {
  direction: 'in' | 'out';
  connectionId: number;
  at: number;
  payload: JsonObject;
}

export interface UserSpec {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface DiscordStandInOptions {
  /** op 10 HELLO heartbeat_interval, default 41250. */
  heartbeatIntervalMs?: number;
  /** Recommended shard count returned by GET /gateway/bot, default 1. */
  shards?: number;
  /** session_start_limit.max_concurrency, default 1. */
  maxConcurrency?: number;
  /** When set, REST calls must carry `Authorization: Bot <token>` and IDENTIFY/RESUME this token (else 401/4004). */
  token?: string;
  /** Intents (bitfield) that count as enabled privileged intents; requesting others closes with 4014. Default: all. */
  allowedPrivilegedIntents?: number;
  botUser?: UserSpec;
  /** Defaults to the bot user id (as for every modern Discord app). */
  applicationId?: string;
  applicationFlags?: number;
  guild?: { id?: string; name?: string; preferredLocale?: string };
  channel?: { id?: string; name?: string };
  /** The human who sends messages and uses commands by default. */
  user?: UserSpec;
  /** Id of the DM channel between the bot and the default user. */
  dmChannelId?: string;
  /** Permissions (decimal string) of @everyone / the bot / the default user, default: Discord's usual set. */
  permissions?: string;
  /** When false, RESUME is answered with op 9 (invalid session, not resumable) so the client re-identifies. */
  allowResume?: boolean;
  /** Blank content/embeds/attachments/components of guild messages that neither mention the bot nor are
   *  DMs, when the client did not identify with MESSAGE_CONTENT, like Discord does. Default true. */
  emulateMessageContentIntent?: boolean;
  /** Echo the bot's own non-ephemeral messages back over the gateway as MESSAGE_CREATE / MESSAGE_UPDATE /
   *  MESSAGE_DELETE (Discord does; a bot that does not ignore its own messages may loop). Default true. */
  echoBotMessages?: boolean;
  /** Discord-like 400 answers for invalid payloads. Default true. */
  validate?: boolean;
  /** When set, interaction callbacks later than this after dispatch get 404 Unknown interaction (Discord: 3000). */
  interactionDeadlineMs?: number;
  /** Default timeout of the wait helpers, default 15000 ms. */
  defaultTimeoutMs?: number;
  /** Receives one line per request / gateway event, for debugging. */
  log?: (line: string) => void;
}

export type SimpleOptionValue = string | number | boolean;

export interface RawCommandOption {
  name: string;
  type: number;
  value?: SimpleOptionValue;
  focused?: boolean;
  options?: RawCommandOption[];
}

export interface InteractionInput {
  /** Default: 'button' when customId is given, 'autocomplete' when focused is given, else 'command'. */
  kind?: 'command' | 'autocomplete' | 'button' | 'select';
  commandName?: string;
  /** Default: the id of the registered command with that name (guild commands first), else a fresh snowflake. */
  commandId?: string;
  subcommand?: string;
  subcommandGroup?: string;
  /** `{ query: 'abc', limit: 5 }` (types come from the registered command, else inferred) or raw API options. */
  options?: Record<string, SimpleOptionValue> | RawCommandOption[];
  /** Autocomplete: the name of the focused option (its value is the partial input). */
  focused?: string;
  /** Component interactions. */
  customId?: string;
  /** Component type, default 2 (button); 3 for a string select ('select' kind). */
  componentType?: number;
  /** Select menu values. */
  values?: string[];
  /** Overrides merged into the component's message object. */
  message?: JsonObject;
  /** User locale, default 'fi'. */
  locale?: string;
  /** Default: the guild's preferred locale (absent for DMs). */
  guildLocale?: string;
  dm?: boolean;
  user?: UserSpec;
  channelId?: string;
  appPermissions?: string;
  memberPermissions?: string;
  entitlements?: unknown[];
  /** 0 guild, 1 bot DM, 2 private channel. */
  context?: number;
  /** Merged into `data`. */
  data?: JsonObject;
  /** Merged into the top-level payload last. */
  extra?: JsonObject;
  /** Timeout for `callback` (and for waiting for a live gateway connection). */
  timeoutMs?: number;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
  /** The full INTERACTION_CREATE payload that was sent. */
  payload: JsonObject;
  /** Resolves once the event was written to a live gateway connection. */
  delivered: Promise<void>;
  /** Resolves with the first `/interactions/:id/:token/callback` request for this interaction that was not
   *  answered 429 (discord.js retries rate-limited requests by itself). */
  callback: Promise<RecordedRequest>;
}

export interface InteractionResponse {
  /** Callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  type: number;
  /** The payload that carries what the user sees (message payload, `{ choices }`, modal data). */
  data: JsonObject;
  content: string | undefined;
  files: RecordedFile[];
  ephemeral: boolean;
  via: 'callback' | 'edit' | 'followup';
  callback: RecordedRequest;
  request: RecordedRequest;
}

export interface MessageInput {
  content: string;
  /** Prefixes `<@bot>` to the content unless it already mentions the bot, and lists the bot in `mentions`. */
  mentionsBot?: boolean;
  dm?: boolean;
  authorId?: string;
  author?: UserSpec;
  channelId?: string;
  /** Reply wait timeout for dispatchMessage. */
  timeoutMs?: number;
  /** Merged into the MESSAGE_CREATE payload last. */
  extra?: JsonObject;
}

export interface DispatchedMessage {
  id: string;
  channelId: string;
  payload: JsonObject;
  delivered: Promise<void>;
  /** The bot's first POST /channels/:id/messages in that channel after the dispatch (replying to it, or not a reply). */
  reply: Promise<RecordedRequest>;
}

export interface InjectedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Only consider requests with seq >= after (gateway waits: gatewayLog index >= after). Default 0, so what
   *  was already recorded counts too: make predicates specific, or pass `after: standIn.nextRequestSeq` taken beforehand. */
  after?: number;
}

export interface DiscordStandIn {
  readonly port: number;
  /** `http://127.0.0.1:PORT/api`, for `new Client({ rest: { api } })` / `new REST({ api })`. */
  readonly apiUrl: string;
  /** `ws://127.0.0.1:PORT/gateway`. */
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUser: JsonObject;
  readonly defaultUser: JsonObject;
  readonly guildId: string;
  readonly channelId: string;
  readonly dmChannelId: string;
  readonly requests: readonly RecordedRequest[];
  /** The seq the next recorded request will get (for `waitForRequest(p, { after })`). */
  readonly nextRequestSeq: number;
  readonly gatewayLog: readonly GatewayPayloadRecord[];
  readonly connectionCount: number;
  readonly identifyCount: number;
  readonly resumeCount: number;
  readonly invalidSessionCount: number;
  readonly heartbeatCount: number;
  /** Number of gateway sockets currently open and authenticated. */
  readonly liveConnectionCount: number;
  readonly lastIdentify: JsonObject | null;
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    options?: number | WaitOptions,
  ): Promise<RecordedRequest>;
  waitForGatewayPayload(
    predicate: (record: GatewayPayloadRecord) => boolean,
    options?: number | WaitOptions,
  ): Promise<GatewayPayloadRecord>;
  /** Resolves when every shard has an identified (READY + GUILD_CREATE sent) or resumed live connection. */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Sends any dispatch event to the shard of `guildId` (shard 0 without one). Resolves with its sequence number. */
  dispatch(
    event: string,
    data: JsonObject,
    options?: { guildId?: string | null; timeoutMs?: number },
  ): Promise<number>;
  dispatchInteraction(input?: InteractionInput): DispatchedInteraction;
  waitForInteractionResponse(
    id: string,
    token: string,
    options?: { timeoutMs?: number; match?: (response: InteractionResponse) => boolean },
  ): Promise<InteractionResponse>;
  dispatchMessageCreate(input: MessageInput): DispatchedMessage;
  /** MESSAGE_CREATE, then resolves with the bot's answer (POST /channels/:id/messages). */
  dispatchMessage(input: MessageInput): Promise<RecordedRequest>;
  /** Closes every gateway socket: with the code (e.g. 4000 → resume, 1000 → re-identify), or abnormally (1006). */
  dropConnections(code?: number): number;
  /** Commands registered via PUT/POST (global without guildId). */
  getCommands(guildId?: string): JsonObject[];
  /** The next `times` requests matching `predicate` get this answer instead (still recorded). */
  injectResponse(
    predicate: (request: RecordedRequest) => boolean,
    response: InjectedResponse,
    times?: number,
  ): void;
  clearRequests(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Constants and small helpers
// ---------------------------------------------------------------------------------------------------------------

const DISCORD_EPOCH = 1420070400000n;
let snowflakeIncrement = 0n;

/** A time-based snowflake (19 digits today), so discord.js derives sensible createdTimestamps. */
export function snowflake(at: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeIncrement).toString();
}

const Intents = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
};
const PRIVILEGED_INTENTS = Intents.GuildMembers | Intents.GuildPresences | Intents.MessageContent;

const DEFAULT_PERMISSIONS = [
  0, 6, 9, 10, 11, 14, 15, 16, 18, 20, 21, 25, 26, 31, 32, 35, 36, 37, 38, 39, 46, 49, 50,
]
  .reduce((acc, bit) => acc | (1n << BigInt(bit)), 0n)
  .toString();

const MessageFlags = { Ephemeral: 1 << 6, Loading: 1 << 7 };

const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
  PremiumRequired: 10,
  LaunchActivity: 12,
} as const;

const InteractionType = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
  ModalSubmit: 5,
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function fieldError(code: string, message: string): JsonObject {
  return { _errors: [{ code, message }] };
}

function invalidFormBody(errors: JsonObject): InjectedResponse {
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

function apiError(status: number, code: number, message: string): InjectedResponse {
  return { status, body: { message, code } };
}

/** A rejected promise that does not count as an unhandled rejection until someone awaits it. */
function rejected<T>(error: Error): Promise<T> {
  const promise = Promise.reject<T>(error);
  promise.catch(() => {});
  return promise;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Pending waits; every one has its own (unref'd) timer, cleared on match, timeout and close. */
class WaiterList<T> {
  private readonly waiters = new Set<Waiter<T>>();

  wait(predicate: (item: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    const promise = new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new TimeoutError(`discord stand-in: timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs),
      };
      waiter.timer.unref();
      this.waiters.add(waiter);
    });
    // Never let an un-awaited wait crash the test run with an unhandled rejection; awaiting it still throws.
    promise.catch(() => {});
    return promise;
  }

  notify(item: T): void {
    for (const waiter of [...this.waiters]) {
      let matched = false;
      try {
        matched = waiter.predicate(item);
      } catch (error) {
        this.waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (matched) {
        this.waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(item);
      }
    }
  }

  rejectAll(error: Error): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.waiters.clear();
  }
}

interface ParsedBody {
  body: unknown;
  payload: unknown;
  files: RecordedFile[];
}

function headerParam(header: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\*?=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(header);
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? '').trim();
}

function decodeFormName(value: string): string {
  // undici/WHATWG FormData percent-encodes `"`, CR and LF in names and filenames.
  return value.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}

export interface MultipartPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

/** A small multipart/form-data parser (enough for what undici's FormData produces). */
export function parseMultipart(raw: Buffer, boundary: string): MultipartPart[] {
  const parts: MultipartPart[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let position = raw.indexOf(delimiter);
  while (position !== -1) {
    position += delimiter.length;
    if (raw[position] === 0x2d && raw[position + 1] === 0x2d) break; // closing "--boundary--"
    if (raw[position] === 0x0d && raw[position + 1] === 0x0a) position += 2;
    const headerEnd = raw.indexOf('\r\n\r\n', position);
    if (headerEnd === -1) break;
    const end = raw.indexOf(nextDelimiter, headerEnd + 4);
    if (end === -1) break;
    const headers = new Map<string, string>();
    for (const line of raw.subarray(position, headerEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const disposition = headers.get('content-disposition') ?? '';
    const name = headerParam(disposition, 'name');
    const filename = headerParam(disposition, 'filename');
    parts.push({
      name: decodeFormName(name ?? ''),
      filename: filename === undefined ? undefined : decodeFormName(filename),
      contentType: headers.get('content-type'),
      data: Buffer.from(raw.subarray(headerEnd + 4, end)),
    });
    position = end + 2;
  }
  return parts;
}

function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (raw.length === 0) return { body: undefined, payload: undefined, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const boundary = headerParam(contentType ?? '', 'boundary');
    if (!boundary) throw new SyntaxError('multipart body without boundary');
    const files: RecordedFile[] = [];
    const fields: JsonObject = {};
    let payload: unknown;
    for (const part of parseMultipart(raw, boundary)) {
      if (part.filename !== undefined) {
        files.push({
          field: part.name,
          filename: part.filename,
          contentType: part.contentType ?? 'application/octet-stream',
          data: part.data,
          size: part.data.length,
        });
      } else if (part.name === 'payload_json') {
        payload = JSON.parse(part.data.toString('utf8'));
      } else {
        fields[part.name] = part.data.toString('utf8');
      }
    }
    if (payload === undefined && Object.keys(fields).length > 0) payload = fields;
    return { body: { payload, files }, payload, files };
  }
  const text = raw.toString('utf8');
  if (type.startsWith('application/json') || (type === '' && /^\s*[[{]/.test(text))) {
    const json: unknown = JSON.parse(text);
    return { body: json, payload: json, files: [] };
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const form = Object.fromEntries(new URLSearchParams(text));
    return { body: form, payload: form, files: [] };
  }
  return { body: text, payload: undefined, files: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation (Discord's documented limits)
// ---------------------------------------------------------------------------------------------------------------

function maxLength(max: number): JsonObject {
  return fieldError('BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
}

function validateEmbeds(embeds: unknown): JsonObject | null {
  if (!Array.isArray(embeds)) return null;
  if (embeds.length > 10) return maxLength(10);
  const errors: JsonObject = {};
  let total = 0;
  embeds.forEach((embed, index) => {
    if (!isObject(embed)) return;
    const embedErrors: JsonObject = {};
    const check = (key: string, value: unknown, max: number): void => {
      if (typeof value !== 'string') return;
      total += value.length;
      if (value.length > max) embedErrors[key] = maxLength(max);
    };
    check('title', embed.title, 256);
    check('description', embed.description, 4096);
    if (isObject(embed.footer)) check('footer', embed.footer.text, 2048);
    if (isObject(embed.author)) check('author', embed.author.name, 256);
    if (Array.isArray(embed.fields)) {
      if (embed.fields.length > 25) embedErrors.fields = maxLength(25);
      embed.fields.forEach((field, fieldIndex) => {
        if (!isObject(field)) return;
        const fieldErrors: JsonObject = {};
        if (typeof field.name === 'string') {
          total += field.name.length;
          if (field.name.length > 256) fieldErrors.name = maxLength(256);
        }
        if (typeof field.value === 'string') {
          total += field.value.length;
          if (field.value.length > 1024) fieldErrors.value = maxLength(1024);
        }
        if (Object.keys(fieldErrors).length > 0) {
          embedErrors.fields = {
            ...(isObject(embedErrors.fields) ? embedErrors.fields : {}),
            [fieldIndex]: fieldErrors,
          };
        }
      });
    }
    if (Object.keys(embedErrors).length > 0) errors[index] = embedErrors;
  });
  if (Object.keys(errors).length > 0) return errors;
  if (total > 6000) return fieldError('MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  return null;
}

/** Field errors of a message payload, `empty` when there is nothing to show. */
function validateMessagePayload(
  payload: JsonObject,
  fileCount: number,
  requireSomething: boolean,
): { errors: JsonObject | null; empty: boolean } {
  const errors: JsonObject = {};
  if (typeof payload.content === 'string' && payload.content.length > 2000) errors.content = maxLength(2000);
  const embedErrors = validateEmbeds(payload.embeds);
  if (embedErrors) errors.embeds = embedErrors;
  if (Array.isArray(payload.components) && payload.components.length > 40) errors.components = maxLength(40);
  const isComponentsV2 = typeof payload.flags === 'number' && (payload.flags & (1 << 15)) !== 0;
  const hasSomething =
    (typeof payload.content === 'string' && payload.content.trim().length > 0) ||
    (Array.isArray(payload.embeds) && payload.embeds.length > 0) ||
    (Array.isArray(payload.components) && payload.components.length > 0) ||
    (Array.isArray(payload.sticker_ids) && payload.sticker_ids.length > 0) ||
    isObject(payload.poll) ||
    fileCount > 0 ||
    isComponentsV2;
  return { errors: Object.keys(errors).length > 0 ? errors : null, empty: requireSomething && !hasSomething };
}

function validateChoices(choices: unknown): JsonObject | null {
  if (!Array.isArray(choices)) return fieldError('BASE_TYPE_REQUIRED', 'This field is required');
  if (choices.length > 25) return maxLength(25);
  const errors: JsonObject = {};
  choices.forEach((choice, index) => {
    if (!isObject(choice)) return;
    const choiceErrors: JsonObject = {};
    if (typeof choice.name !== 'string' || choice.name.length < 1 || choice.name.length > 100) {
      choiceErrors.name = fieldError('BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (typeof choice.value === 'string' && choice.value.length > 100) choiceErrors.value = maxLength(100);
    if (Object.keys(choiceErrors).length > 0) errors[index] = choiceErrors;
  });
  return Object.keys(errors).length > 0 ? errors : null;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateOptionList(options: unknown): JsonObject | null {
  if (!Array.isArray(options)) return null;
  if (options.length > 25) return maxLength(25);
  const errors: JsonObject = {};
  options.forEach((option, index) => {
    if (!isObject(option)) return;
    const optionErrors: JsonObject = {};
    if (
      typeof option.name !== 'string' ||
      !COMMAND_NAME.test(option.name) ||
      option.name !== option.name.toLowerCase()
    ) {
      optionErrors.name = fieldError('APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    if (
      typeof option.description !== 'string' ||
      option.description.length < 1 ||
      option.description.length > 100
    ) {
      optionErrors.description = fieldError('BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (Array.isArray(option.choices) && option.choices.length > 25) optionErrors.choices = maxLength(25);
    const nested = validateOptionList(option.options);
    if (nested) optionErrors.options = nested;
    if (Object.keys(optionErrors).length > 0) errors[index] = optionErrors;
  });
  return Object.keys(errors).length > 0 ? errors : null;
}

function validateCommand(command: JsonObject): JsonObject | null {
  const errors: JsonObject = {};
  const type = typeof command.type === 'number' ? command.type : 1;
  const name = command.name;
  if (typeof name !== 'string' || name.length < 1 || name.length > 32) {
    errors.name = fieldError('BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
  } else if (type === 1 && (!COMMAND_NAME.test(name) || name !== name.toLowerCase())) {
    errors.name = fieldError('APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  if (type === 1) {
    const description = command.description;
    if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
      errors.description = fieldError('BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
  }
  const optionErrors = validateOptionList(command.options);
  if (optionErrors) errors.options = optionErrors;
  return Object.keys(errors).length > 0 ? errors : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------------

interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: { data: Buffer; contentType: string };
}

interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  token: string;
  seq: number;
  connection: GatewayConnection | null;
  /** Recent dispatches, replayed on RESUME when the client's seq is behind. */
  buffer: Array<{ s: number; payload: JsonObject }>;
}

interface GatewayConnection {
  id: number;
  socket: WebSocket;
  path: string;
  query: URLSearchParams;
  state: 'awaiting-auth' | 'ready' | 'closed';
  session: GatewaySession | null;
  compression: 'none' | 'zlib-stream' | 'identify';
  deflate: Deflate | null;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  payload: JsonObject;
  channelId: string;
  guildId: string | null;
  dispatchedAt: number;
  callbackType: number | null;
  original: JsonObject | null;
  followups: Map<string, JsonObject>;
}

interface StoredChannel {
  raw: JsonObject;
  guildId: string | null;
}

interface StoredAttachment {
  data: Buffer;
  contentType: string;
}

class StandInServer implements DiscordStandIn {
  port = 0;
  apiUrl = '';
  gatewayUrl = '';
  readonly applicationId: string;
  readonly botUser: JsonObject;
  readonly defaultUser: JsonObject;
  readonly guildId: string;
  readonly channelId: string;
  readonly dmChannelId: string;

  connectionCount = 0;
  identifyCount = 0;
  resumeCount = 0;
  invalidSessionCount = 0;
  heartbeatCount = 0;
  lastIdentify: JsonObject | null = null;

  private recorded: RecordedRequest[] = [];
  nextRequestSeq = 0;
  private readonly gatewayRecords: GatewayPayloadRecord[] = [];
  private readonly requestWaiters = new WaiterList<RecordedRequest>();
  private readonly gatewayWaiters = new WaiterList<GatewayPayloadRecord>();
  private readonly stateWaiters = new WaiterList<null>();
  private readonly injections: Array<{
    predicate: (r: RecordedRequest) => boolean;
    response: InjectedResponse;
    left: number;
  }> = [];

  private readonly connections = new Set<GatewayConnection>();
  private readonly sessions = new Map<string, GatewaySession>();
  private nextConnectionId = 1;

  private readonly users = new Map<string, JsonObject>();
  private readonly members = new Map<string, JsonObject>();
  private readonly channels = new Map<string, StoredChannel>();
  private readonly dmChannelsByUser = new Map<string, string>();
  private readonly messages = new Map<string, JsonObject>();
  private readonly attachments = new Map<string, StoredAttachment>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly globalCommands: JsonObject[] = [];
  private readonly guildCommands = new Map<string, JsonObject[]>();

  private readonly guildName: string;
  private readonly preferredLocale: string;
  private readonly permissions: string;
  private readonly everyoneRole: JsonObject;
  private readonly botRole: JsonObject;
  private readonly createdAt = new Date().toISOString();
  private closed = false;

  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly server = createServer((req, res) => {
    this.onHttpRequest(req, res).catch((error: unknown) => {
      this.log(`http handler failed: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: '500: Internal Server Error', code: 0 }));
    });
  });

  constructor(
    private readonly options: DiscordStandInOptions,
    readonly httpBase: string,
  ) {
    const bot = options.botUser ?? {};
    this.botUser = this.makeUser({
      id: bot.id ?? '1300000000000000001',
      username: bot.username ?? 'hankebotti',
      globalName: bot.globalName ?? 'Hankebotti',
      bot: true,
    });
    this.botUser.verified = true;
    this.botUser.mfa_enabled = false;
    this.botUser.email = null;
    this.botUser.discriminator = '0001';
    this.applicationId = options.applicationId ?? String(this.botUser.id);
    const user = options.user ?? {};
    this.defaultUser = this.makeUser({
      id: user.id ?? '1300000000000000030',
      username: user.username ?? 'testaaja',
      globalName: user.globalName ?? 'Testaaja',
      bot: user.bot ?? false,
    });
    this.guildId = options.guild?.id ?? '1300000000000000010';
    this.guildName = options.guild?.name ?? 'Hanketesti';
    this.preferredLocale = options.guild?.preferredLocale ?? 'fi';
    this.channelId = options.channel?.id ?? '1300000000000000020';
    this.dmChannelId = options.dmChannelId ?? '1300000000000000040';
    this.permissions = options.permissions ?? DEFAULT_PERMISSIONS;

    this.everyoneRole = this.makeRole(this.guildId, '@everyone', this.permissions, false);
    this.botRole = this.makeRole(
      '1300000000000000011',
      String(this.botUser.username),
      this.permissions,
      true,
    );
    this.botRole.tags = { bot_id: this.botUser.id };

    this.members.set(String(this.botUser.id), this.makeMember(this.botUser, [String(this.botRole.id)]));
    this.members.set(String(this.defaultUser.id), this.makeMember(this.defaultUser, []));
    this.channels.set(this.channelId, {
      guildId: this.guildId,
      raw: {
        id: this.channelId,
        type: 0,
        guild_id: this.guildId,
        name: options.channel?.name ?? 'yleinen',
        position: 0,
        permission_overwrites: [],
        topic: null,
        nsfw: false,
        last_message_id: null,
        rate_limit_per_user: 0,
        parent_id: null,
        last_pin_timestamp: null,
        default_thread_rate_limit_per_user: 0,
        flags: 0,
      },
    });
    this.dmChannelsByUser.set(String(this.defaultUser.id), this.dmChannelId);
    this.channels.set(this.dmChannelId, {
      guildId: null,
      raw: this.makeDmChannel(this.dmChannelId, this.defaultUser),
    });
  }

  async listen(): Promise<void> {
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.onUpgrade(req, socket, head),
    );
    this.server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const { port } = this.server.address() as AddressInfo;
    this.port = port;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  }

  get requests(): readonly RecordedRequest[] {
    return this.recorded;
  }

  get gatewayLog(): readonly GatewayPayloadRecord[] {
    return this.gatewayRecords;
  }

  get liveConnectionCount(): number {
    let count = 0;
    for (const connection of this.connections) if (connection.state === 'ready') count++;
    return count;
  }

  private get timeout(): number {
    return this.options.defaultTimeoutMs ?? 15_000;
  }

  private log(line: string): void {
    this.options.log?.(`[discord stand-in] ${line}`);
  }

  // ---- data builders ------------------------------------------------------------------------------------------

  private makeUser(spec: UserSpec & { id: string }): JsonObject {
    const user: JsonObject = {
      id: spec.id,
      username: spec.username ?? `user${spec.id.slice(-4)}`,
      discriminator: '0',
      global_name: spec.globalName ?? null,
      avatar: null,
      avatar_decoration_data: null,
      public_flags: 0,
      flags: 0,
      banner: null,
      accent_color: null,
      primary_guild: null,
      collectibles: null,
    };
    if (spec.bot) user.bot = true;
    this.users.set(spec.id, user);
    return user;
  }

  private userFor(spec: UserSpec | undefined, id?: string): JsonObject {
    const wanted = spec?.id ?? id;
    if (wanted === undefined) return this.defaultUser;
    const known = this.users.get(wanted);
    if (known && spec?.username === undefined && spec?.globalName === undefined) return known;
    return this.makeUser({ ...spec, id: wanted });
  }

  private makeRole(id: string, name: string, permissions: string, managed: boolean): JsonObject {
    return {
      id,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: managed ? 1 : 0,
      permissions,
      managed,
      mentionable: false,
      flags: 0,
    };
  }

  private makeMember(user: JsonObject, roles: string[]): JsonObject {
    return {
      user,
      nick: null,
      avatar: null,
      banner: null,
      roles,
      joined_at: this.createdAt,
      premium_since: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
      communication_disabled_until: null,
      unusual_dm_activity_until: null,
    };
  }

  private memberFor(user: JsonObject): JsonObject {
    const id = String(user.id);
    let member = this.members.get(id);
    if (!member) {
      member = this.makeMember(user, []);
      this.members.set(id, member);
    }
    return member;
  }

  private makeDmChannel(id: string, recipient: JsonObject): JsonObject {
    return { id, type: 1, last_message_id: null, flags: 0, recipients: [recipient] };
  }

  private dmChannelFor(user: JsonObject): string {
    const userId = String(user.id);
    let channelId = this.dmChannelsByUser.get(userId);
    if (!channelId) {
      channelId = snowflake();
      this.dmChannelsByUser.set(userId, channelId);
      this.channels.set(channelId, { guildId: null, raw: this.makeDmChannel(channelId, user) });
    }
    return channelId;
  }

  private guildPayload(): JsonObject {
    return {
      id: this.guildId,
      name: this.guildName,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.defaultUser.id,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [this.everyoneRole, this.botRole],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: this.channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_presences: null,
      max_members: 500000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: this.preferredLocale,
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: 0,
      nsfw: false,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      incidents_data: null,
      hub_type: null,
    };
  }

  private guildCreatePayload(): JsonObject {
    const guildChannels = [...this.channels.values()]
      .filter((channel) => channel.guildId === this.guildId)
      .map((channel) => {
        const { guild_id: _omit, ...rest } = channel.raw;
        return rest;
      });
    return {
      ...this.guildPayload(),
      joined_at: this.createdAt,
      large: false,
      unavailable: false,
      lazy: true,
      member_count: this.members.size,
      voice_states: [],
      members: [...this.members.values()],
      channels: guildChannels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
    };
  }

  private memberWithoutUser(member: JsonObject): JsonObject {
    const { user: _omit, ...rest } = member;
    return rest;
  }

  // ---- shard routing & dispatch --------------------------------------------------------------------------------

  private shardOf(guildId: string | null, shardCount: number): number {
    if (!guildId || shardCount <= 1) return 0;
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
  }

  private liveSessionFor(guildId: string | null): GatewaySession | null {
    for (const connection of this.connections) {
      const session = connection.session;
      if (connection.state !== 'ready' || !session) continue;
      if (session.shard[0] === this.shardOf(guildId, session.shard[1])) return session;
    }
    return null;
  }

  private isReady(): boolean {
    const live = [...this.connections].filter((c) => c.state === 'ready' && c.session);
    const first = live[0]?.session;
    if (!first) return false;
    const count = first.shard[1];
    for (let shard = 0; shard < count; shard++) {
      if (!live.some((c) => c.session?.shard[0] === shard)) return false;
    }
    return true;
  }

  async waitForReady(timeoutMs: number = this.timeout): Promise<void> {
    if (this.isReady()) return;
    await this.stateWaiters.wait(
      () => this.isReady(),
      timeoutMs,
      'an identified or resumed gateway connection',
    );
  }

  private async waitForSession(guildId: string | null, timeoutMs: number): Promise<GatewaySession> {
    const found = this.liveSessionFor(guildId);
    if (found) return found;
    await this.stateWaiters.wait(
      () => this.liveSessionFor(guildId) !== null,
      timeoutMs,
      `a live gateway connection for ${guildId ? `guild ${guildId}` : 'shard 0'}`,
    );
    const session = this.liveSessionFor(guildId);
    if (!session) throw new Error('discord stand-in: gateway connection vanished');
    return session;
  }

  private sessionDispatch(session: GatewaySession, event: string, data: unknown): number {
    session.seq += 1;
    const payload: JsonObject = { op: 0, t: event, s: session.seq, d: data };
    session.buffer.push({ s: session.seq, payload });
    if (session.buffer.length > 500) session.buffer.shift();
    if (session.connection) this.send(session.connection, payload);
    return session.seq;
  }

  async dispatch(
    event: string,
    data: JsonObject,
    options: { guildId?: string | null; timeoutMs?: number } = {},
  ): Promise<number> {
    const guildId =
      options.guildId !== undefined
        ? options.guildId
        : typeof data.guild_id === 'string'
          ? data.guild_id
          : null;
    const session = await this.waitForSession(guildId, options.timeoutMs ?? this.timeout);
    return this.sessionDispatch(session, event, data);
  }

  // ---- gateway ------------------------------------------------------------------------------------------------

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', this.httpBase);
    if (this.closed || !url.pathname.startsWith('/gateway')) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url));
  }

  private onConnection(socket: WebSocket, url: URL): void {
    this.connectionCount++;
    const connection: GatewayConnection = {
      id: this.nextConnectionId++,
      socket,
      path: url.pathname,
      query: url.searchParams,
      state: 'awaiting-auth',
      session: null,
      compression: 'none',
      deflate: null,
    };
    this.connections.add(connection);
    this.log(`gateway connection #${connection.id} ${url.pathname}${url.search}`);
    socket.on('message', (data: RawData, isBinary: boolean) =>
      this.onGatewayMessage(connection, data, isBinary),
    );
    socket.on('close', (code: number) => this.onGatewayClose(connection, code));
    socket.on('error', (error: Error) =>
      this.log(`gateway connection #${connection.id} error: ${error.message}`),
    );

    const version = url.searchParams.get('v');
    if (version !== null && version !== '10') {
      this.closeConnection(connection, 4012, 'Invalid API version.');
      return;
    }
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (encoding !== 'json') {
      this.closeConnection(
        connection,
        4002,
        'Error while decoding payload (only encoding=json is supported).',
      );
      return;
    }
    const compress = url.searchParams.get('compress');
    if (compress === 'zlib-stream') {
      const deflate = createDeflate({ flush: zlibConstants.Z_SYNC_FLUSH });
      // Every write ends with a sync flush (00 00 ff ff): that suffix marks the end of one payload's frame.
      let pending = Buffer.alloc(0);
      deflate.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        if (pending.length >= 4 && pending.readUInt32BE(pending.length - 4) === 0x0000ffff) {
          const frame = pending;
          pending = Buffer.alloc(0);
          if (socket.readyState === WebSocket.OPEN) socket.send(frame, { binary: true });
        }
      });
      deflate.on('error', (error: Error) => this.log(`deflate error: ${error.message}`));
      connection.compression = 'zlib-stream';
      connection.deflate = deflate;
    } else if (compress !== null) {
      this.closeConnection(connection, 4000, `Unsupported compression ${compress}.`);
      return;
    }
    this.send(connection, {
      op: 10,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41250, _trace: ['["discord-stand-in"]'] },
      s: null,
      t: null,
    });
  }

  private send(connection: GatewayConnection, payload: JsonObject): void {
    if (connection.state === 'closed' || connection.socket.readyState !== WebSocket.OPEN) return;
    this.recordGateway({ direction: 'out', connectionId: connection.id, at: Date.now(), payload });
    const json = JSON.stringify(payload);
    if (connection.compression === 'zlib-stream' && connection.deflate) connection.deflate.write(json);
    else if (connection.compression === 'identify')
      connection.socket.send(deflateSync(json), { binary: true });
    else connection.socket.send(json);
  }

  private recordGateway(record: GatewayPayloadRecord): void {
    this.gatewayRecords.push(record);
    if (record.direction === 'in' || record.payload.op === 0) {
      const p = record.payload;
      this.log(
        `gateway #${record.connectionId} ${record.direction === 'in' ? '→' : '←'} op ${String(p.op)}${p.t ? ` ${String(p.t)}` : ''}`,
      );
    }
    this.gatewayWaiters.notify(record);
  }

  private closeConnection(connection: GatewayConnection, code: number | undefined, reason = ''): void {
    if (connection.state === 'closed') return;
    connection.state = 'closed';
    if (connection.session?.connection === connection) connection.session.connection = null;
    // 1005/1006 cannot be sent in a close frame: they mean "no close frame", i.e. just cut the TCP connection.
    if (code === undefined || code === 1005 || code === 1006) connection.socket.terminate();
    else {
      try {
        connection.socket.close(code, reason);
      } catch {
        connection.socket.terminate();
      }
    }
    connection.deflate?.close();
    this.stateWaiters.notify(null);
  }

  private onGatewayClose(connection: GatewayConnection, code: number): void {
    this.connections.delete(connection);
    connection.deflate?.close();
    if (connection.state === 'closed') return;
    connection.state = 'closed';
    const session = connection.session;
    if (session?.connection === connection) {
      session.connection = null;
      // A clean close by the client ends the session (Discord invalidates it); other closes stay resumable.
      if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    }
    this.log(`gateway connection #${connection.id} closed by client (${code})`);
    this.stateWaiters.notify(null);
  }

  private onGatewayMessage(connection: GatewayConnection, data: RawData, isBinary: boolean): void {
    if (connection.state === 'closed') return;
    if (isBinary) {
      this.closeConnection(connection, 4002, 'Error while decoding payload.');
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(Array.isArray(data) ? Buffer.concat(data).toString('utf8') : data.toString());
    } catch {
      this.closeConnection(connection, 4002, 'Error while decoding payload.');
      return;
    }
    if (!isObject(payload)) {
      this.closeConnection(connection, 4002, 'Error while decoding payload.');
      return;
    }
    this.recordGateway({ direction: 'in', connectionId: connection.id, at: Date.now(), payload });
    const d = payload.d;
    switch (payload.op) {
      case 1: {
        this.heartbeatCount++;
        this.send(connection, { op: 11 });
        return;
      }
      case 2:
        this.onIdentify(connection, isObject(d) ? d : {});
        return;
      case 6:
        this.onResume(connection, isObject(d) ? d : {});
        return;
      case 3:
      case 4:
      case 8:
      case 31:
        if (!connection.session) {
          this.closeConnection(connection, 4003, 'Not authenticated.');
          return;
        }
        if (payload.op === 8 && isObject(d)) this.onRequestGuildMembers(connection.session, d);
        return;
      default:
        this.closeConnection(connection, 4001, 'Unknown opcode.');
    }
  }

  private onIdentify(connection: GatewayConnection, d: JsonObject): void {
    if (connection.session) {
      this.closeConnection(connection, 4005, 'Already authenticated.');
      return;
    }
    const token = typeof d.token === 'string' ? d.token.replace(/^Bot\s+/i, '') : '';
    if (!token || (this.options.token !== undefined && token !== this.options.token)) {
      this.closeConnection(connection, 4004, 'Authentication failed.');
      return;
    }
    if (typeof d.intents !== 'number' || !Number.isInteger(d.intents) || d.intents < 0) {
      this.closeConnection(connection, 4013, 'Invalid intent(s).');
      return;
    }
    const allowed = this.options.allowedPrivilegedIntents ?? PRIVILEGED_INTENTS;
    if ((d.intents & PRIVILEGED_INTENTS & ~allowed) !== 0) {
      this.closeConnection(connection, 4014, 'Disallowed intent(s).');
      return;
    }
    let shard: [number, number] = [0, 1];
    if (d.shard !== undefined) {
      const raw = d.shard;
      if (
        !Array.isArray(raw) ||
        raw.length !== 2 ||
        !raw.every((n) => Number.isInteger(n)) ||
        raw[1] < 1 ||
        raw[0] < 0 ||
        raw[0] >= raw[1]
      ) {
        this.closeConnection(connection, 4010, 'Invalid shard.');
        return;
      }
      shard = [raw[0], raw[1]];
    }
    if (d.compress === true)
      connection.compression = connection.compression === 'none' ? 'identify' : connection.compression;

    this.identifyCount++;
    this.lastIdentify = d;
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      shard,
      intents: d.intents,
      token,
      seq: 0,
      connection,
      buffer: [],
    };
    this.sessions.set(session.id, session);
    connection.session = session;
    const guildsOfShard = this.shardOf(this.guildId, shard[1]) === shard[0] ? [this.guildId] : [];
    this.sessionDispatch(session, 'READY', {
      v: 10,
      user: this.botUser,
      user_settings: {},
      guilds: guildsOfShard.map((id) => ({ id, unavailable: true })),
      relationships: [],
      private_channels: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['stand-in'],
      session_type: 'normal',
      session_id: session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway/resume`,
      shard,
      application: { id: this.applicationId, flags: this.options.applicationFlags ?? 0 },
      auth: {},
      _trace: ['["discord-stand-in"]'],
    });
    // Without the GUILDS intent Discord sends no GUILD_CREATE (discord.js then gives up waiting at once).
    if ((session.intents & Intents.Guilds) !== 0) {
      for (const _guild of guildsOfShard)
        this.sessionDispatch(session, 'GUILD_CREATE', this.guildCreatePayload());
    }
    connection.state = 'ready';
    this.stateWaiters.notify(null);
  }

  private onResume(connection: GatewayConnection, d: JsonObject): void {
    if (connection.session) {
      this.closeConnection(connection, 4005, 'Already authenticated.');
      return;
    }
    const token = typeof d.token === 'string' ? d.token.replace(/^Bot\s+/i, '') : '';
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (this.options.allowResume === false || !session || session.token !== token) {
      this.invalidSessionCount++;
      if (session && this.options.allowResume === false) this.sessions.delete(session.id);
      this.send(connection, { op: 9, d: false, s: null, t: null });
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection) {
      previous.session = null;
      this.closeConnection(previous, 4000, 'Session resumed elsewhere.');
    }
    this.resumeCount++;
    session.connection = connection;
    connection.session = session;
    const clientSeq = typeof d.seq === 'number' ? d.seq : 0;
    for (const entry of session.buffer) if (entry.s > clientSeq) this.send(connection, entry.payload);
    this.sessionDispatch(session, 'RESUMED', { _trace: ['["discord-stand-in"]'] });
    connection.state = 'ready';
    this.stateWaiters.notify(null);
  }

  private onRequestGuildMembers(session: GatewaySession, d: JsonObject): void {
    const guildIds = Array.isArray(d.guild_id) ? d.guild_id : [d.guild_id];
    for (const guildId of guildIds) {
      if (guildId !== this.guildId) continue;
      let members = [...this.members.values()];
      const notFound: string[] = [];
      if (Array.isArray(d.user_ids) || typeof d.user_ids === 'string') {
        const ids = (Array.isArray(d.user_ids) ? d.user_ids : [d.user_ids]).map(String);
        members = members.filter((m) => isObject(m.user) && ids.includes(String(m.user.id)));
        for (const id of ids) if (!this.members.has(id)) notFound.push(id);
      } else if (typeof d.query === 'string' && d.query !== '') {
        const query = d.query.toLowerCase();
        members = members.filter(
          (m) => isObject(m.user) && String(m.user.username).toLowerCase().startsWith(query),
        );
      }
      if (typeof d.limit === 'number' && d.limit > 0) members = members.slice(0, d.limit);
      const chunk: JsonObject = {
        guild_id: guildId,
        members,
        chunk_index: 0,
        chunk_count: 1,
        not_found: notFound,
      };
      if (d.presences === true) chunk.presences = [];
      if (typeof d.nonce === 'string') chunk.nonce = d.nonce;
      this.sessionDispatch(session, 'GUILD_MEMBERS_CHUNK', chunk);
    }
  }

  dropConnections(code?: number): number {
    let dropped = 0;
    for (const connection of [...this.connections]) {
      if (connection.state === 'closed') continue;
      dropped++;
      this.closeConnection(connection, code, code === undefined ? '' : 'Dropped by the test.');
    }
    this.log(`dropped ${dropped} gateway connection(s) with ${code ?? 'an abnormal close'}`);
    return dropped;
  }

  // ---- HTTP ---------------------------------------------------------------------------------------------------

  private async onHttpRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.httpBase);
    const at = Date.now();
    // discord.js percent-encodes path segments (`@original` arrives as `%40original`): record them decoded.
    const path = url.pathname
      .split('/')
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      })
      .join('/');
    const apiMatch = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(path);
    const version = apiMatch?.[1] ? Number(apiMatch[1]) : null;
    const route = apiMatch ? (apiMatch[2] ?? '/') : path;
    const method = (req.method ?? 'GET').toUpperCase();

    let parsed: ParsedBody = { body: undefined, payload: undefined, files: [] };
    let result: HttpResult | null = null;
    try {
      parsed = parseBody(raw, req.headers['content-type']);
    } catch {
      parsed = { body: raw.toString('utf8'), payload: undefined, files: [] };
      result = apiError(400, 50109, 'The request body contains invalid JSON.');
    }
    const record: RecordedRequest = {
      seq: this.nextRequestSeq++,
      method,
      path,
      route,
      version,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parsed.body,
      payload: parsed.payload,
      files: parsed.files,
      at,
      status: 0,
      response: undefined,
    };

    if (!result) {
      const injection = this.injections.find((entry) => entry.left > 0 && entry.predicate(record));
      if (injection) {
        injection.left--;
        result = injection.response;
      }
    }
    if (!result) {
      try {
        result = apiMatch ? this.handleApi(record) : this.handleOther(record);
      } catch (error) {
        this.log(`handler error for ${method} ${url.pathname}: ${String(error)}`);
        result = { status: 500, body: { message: `500: ${String(error)}`, code: 0 } };
      }
    }
    record.status = result.status;
    record.response = result.body;
    this.recorded.push(record);
    this.log(`${method} ${url.pathname}${url.search} → ${result.status}`);
    this.requestWaiters.notify(record);

    const headers: Record<string, string> = { ...this.rateLimitHeaders(method, route), ...result.headers };
    if (result.raw) {
      res.writeHead(result.status, { ...headers, 'content-type': result.raw.contentType });
      res.end(result.raw.data);
    } else if (result.body === undefined || result.status === 204) {
      res.writeHead(result.status, headers);
      res.end();
    } else {
      res.writeHead(result.status, { ...headers, 'content-type': 'application/json' });
      res.end(JSON.stringify(result.body));
    }
  }

  private rateLimitHeaders(method: string, route: string): Record<string, string> {
    const bucketRoute = route
      .replace(/\d{17,19}/g, ':id')
      .replace(/\/webhooks\/:id\/[^/?]+/, '/webhooks/:id/:token');
    const bucket = createHash('sha1').update(`${method}:${bucketRoute}`).digest('hex').slice(0, 32);
    return {
      'x-ratelimit-limit': '50',
      'x-ratelimit-remaining': '49',
      'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': '1.000',
      'x-ratelimit-bucket': bucket,
    };
  }

  private handleOther(request: RecordedRequest): HttpResult {
    const match = /^\/attachments\/\d+\/(\d+)\/.+$/.exec(request.path);
    if (request.method === 'GET' && match?.[1]) {
      const attachment = this.attachments.get(match[1]);
      if (attachment)
        return { status: 200, raw: { data: attachment.data, contentType: attachment.contentType } };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private requiresAuth(route: string): boolean {
    return !route.startsWith('/interactions/') && !/^\/webhooks\/\d+\/[^/]+/.test(route);
  }

  private handleApi(request: RecordedRequest): HttpResult {
    const { method, route } = request;
    if (this.requiresAuth(route)) {
      const auth = request.headers.authorization;
      if (!auth || (this.options.token !== undefined && auth !== `Bot ${this.options.token}`)) {
        return apiError(401, 0, '401: Unauthorized');
      }
    }
    for (const [routeMethod, pattern, handler] of this.apiRoutes) {
      const match = pattern.exec(route);
      if (match && (routeMethod === '*' || routeMethod === method)) return handler(request, match.slice(1));
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private readonly apiRoutes: Array<
    [string, RegExp, (request: RecordedRequest, params: Array<string | undefined>) => HttpResult]
  > = [
    [
      'GET',
      /^\/gateway\/bot$/,
      () => ({
        status: 200,
        body: {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: this.options.shards ?? 1,
          session_start_limit: {
            total: 1000,
            remaining: Math.max(0, 1000 - this.identifyCount),
            reset_after: 14_400_000,
            max_concurrency: this.options.maxConcurrency ?? 1,
          },
        },
      }),
    ],
    ['GET', /^\/gateway$/, () => ({ status: 200, body: { url: `ws://127.0.0.1:${this.port}/gateway` } })],
    ['GET', /^\/users\/@me$/, () => ({ status: 200, body: this.botUser })],
    [
      'POST',
      /^\/users\/@me\/channels$/,
      (request) => {
        const body = isObject(request.payload) ? request.payload : {};
        if (typeof body.recipient_id !== 'string') {
          return invalidFormBody({
            recipient_id: fieldError('BASE_TYPE_REQUIRED', 'This field is required'),
          });
        }
        const channel = this.channels.get(this.dmChannelFor(this.userFor(undefined, body.recipient_id)));
        return { status: 200, body: channel?.raw };
      },
    ],
    [
      'GET',
      /^\/users\/(\d+)$/,
      (_request, [userId]) => {
        const user = this.users.get(userId ?? '');
        return user ? { status: 200, body: user } : apiError(404, 10013, 'Unknown User');
      },
    ],
    ['GET', /^\/applications\/@me$/, () => ({ status: 200, body: this.applicationPayload() })],
    [
      '*',
      /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands(?:\/(\d+))?$/,
      (request, [appId, guildId, commandId]) =>
        this.handleCommands(request, appId ?? '', guildId ?? null, commandId ?? null),
    ],
    [
      'POST',
      /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
      (request, [id, token]) => this.handleCallback(request, id ?? '', token ?? ''),
    ],
    [
      '*',
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      (request, [appId, token, messageId]) =>
        this.handleWebhookMessage(request, appId ?? '', token ?? '', messageId ?? ''),
    ],
    [
      'POST',
      /^\/webhooks\/(\d+)\/([^/]+)$/,
      (request, [appId, token]) => this.handleFollowup(request, appId ?? '', token ?? ''),
    ],
    [
      'GET',
      /^\/channels\/(\d+)$/,
      (_request, [channelId]) => {
        const channel = this.channels.get(channelId ?? '');
        return channel ? { status: 200, body: channel.raw } : apiError(404, 10003, 'Unknown Channel');
      },
    ],
    [
      'POST',
      /^\/channels\/(\d+)\/typing$/,
      (_request, [channelId]) =>
        this.channels.has(channelId ?? '') ? { status: 204 } : apiError(404, 10003, 'Unknown Channel'),
    ],
    [
      'POST',
      /^\/channels\/(\d+)\/messages$/,
      (request, [channelId]) => this.handleChannelMessage(request, channelId ?? ''),
    ],
    [
      '*',
      /^\/channels\/(\d+)\/messages\/(\d+)$/,
      (request, [channelId, messageId]) =>
        this.handleExistingChannelMessage(request, channelId ?? '', messageId ?? ''),
    ],
    [
      'PUT',
      /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/[^/]+\/@me$/,
      (_request, [, messageId]) =>
        this.messages.has(messageId ?? '') ? { status: 204 } : apiError(404, 10008, 'Unknown Message'),
    ],
    [
      'GET',
      /^\/guilds\/(\d+)$/,
      (_request, [guildId]) =>
        guildId === this.guildId
          ? { status: 200, body: { ...this.guildPayload(), approximate_member_count: this.members.size } }
          : apiError(404, 10004, 'Unknown Guild'),
    ],
    [
      'GET',
      /^\/guilds\/(\d+)\/members\/(\d+)$/,
      (_request, [guildId, userId]) => {
        const member = guildId === this.guildId ? this.members.get(userId ?? '') : undefined;
        return member ? { status: 200, body: member } : apiError(404, 10007, 'Unknown Member');
      },
    ],
    [
      'GET',
      /^\/guilds\/(\d+)\/channels$/,
      (_request, [guildId]) =>
        guildId === this.guildId
          ? {
              status: 200,
              body: [...this.channels.values()].filter((c) => c.guildId === this.guildId).map((c) => c.raw),
            }
          : apiError(404, 10004, 'Unknown Guild'),
    ],
  ];

  private applicationPayload(): JsonObject {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      hook: true,
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: 'a'.repeat(64),
      flags: this.options.applicationFlags ?? 0,
      owner: this.defaultUser,
      team: null,
      bot: this.botUser,
      tags: [],
      install_params: null,
      integration_types_config: { '0': {} },
      approximate_guild_count: 1,
      approximate_user_install_count: 0,
      redirect_uris: [],
      interactions_endpoint_url: null,
      role_connections_verification_url: null,
      event_webhooks_url: null,
      event_webhooks_status: 1,
      event_webhooks_types: [],
      custom_install_url: null,
    };
  }

  // ---- commands -----------------------------------------------------------------------------------------------

  getCommands(guildId?: string): JsonObject[] {
    return clone(guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands);
  }

  private commandStore(guildId: string | null): JsonObject[] {
    if (!guildId) return this.globalCommands;
    let list = this.guildCommands.get(guildId);
    if (!list) {
      list = [];
      this.guildCommands.set(guildId, list);
    }
    return list;
  }

  private storeCommand(
    input: JsonObject,
    guildId: string | null,
    existing: JsonObject | undefined,
  ): JsonObject {
    const type = typeof input.type === 'number' ? input.type : 1;
    const command: JsonObject = {
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type,
      name: input.name,
      name_localizations: input.name_localizations ?? null,
      description: type === 1 ? (input.description ?? '') : '',
      description_localizations: input.description_localizations ?? null,
      default_member_permissions: input.default_member_permissions ?? null,
      nsfw: input.nsfw ?? false,
      integration_types: input.integration_types ?? [0],
      contexts: input.contexts ?? null,
    };
    if (!guildId) command.dm_permission = input.dm_permission ?? true;
    if (guildId) command.guild_id = guildId;
    if (Array.isArray(input.options)) command.options = clone(input.options);
    if (input.handler !== undefined) command.handler = input.handler;
    return command;
  }

  private handleCommands(
    request: RecordedRequest,
    appId: string,
    guildId: string | null,
    commandId: string | null,
  ): HttpResult {
    if (appId !== this.applicationId) return apiError(403, 50001, 'Missing Access');
    if (guildId && guildId !== this.guildId) return apiError(403, 50001, 'Missing Access');
    const store = this.commandStore(guildId);
    const validate = this.options.validate !== false;
    const { method } = request;

    if (commandId) {
      const index = store.findIndex((c) => c.id === commandId);
      if (index === -1) return apiError(404, 10063, 'Unknown application command');
      if (method === 'GET') return { status: 200, body: store[index] };
      if (method === 'DELETE') {
        store.splice(index, 1);
        return { status: 204 };
      }
      if (method === 'PATCH' && isObject(request.payload)) {
        const merged = { ...store[index], ...request.payload };
        const errors = validate ? validateCommand(merged) : null;
        if (errors) return invalidFormBody(errors);
        const updated = this.storeCommand(merged, guildId, store[index]);
        store[index] = updated;
        return { status: 200, body: updated };
      }
      return apiError(405, 0, '405: Method Not Allowed');
    }
    if (method === 'GET') return { status: 200, body: store };
    if (method === 'PUT') {
      if (!Array.isArray(request.payload))
        return invalidFormBody({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
      const input = request.payload.filter(isObject);
      if (validate) {
        const errors: JsonObject = {};
        const seen = new Set<string>();
        input.forEach((command, index) => {
          const commandErrors = validateCommand(command);
          const key = `${String(command.type ?? 1)}:${String(command.name)}`;
          if (seen.has(key)) {
            errors[index] = {
              name: fieldError(
                'APPLICATION_COMMANDS_DUPLICATE_NAME',
                'Application command names must be unique',
              ),
            };
          } else if (commandErrors) errors[index] = commandErrors;
          seen.add(key);
        });
        if (input.length > 100)
          errors._errors = [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' }];
        if (Object.keys(errors).length > 0) return invalidFormBody(errors);
      }
      const previous = [...store];
      const next = input.map((command) =>
        this.storeCommand(
          command,
          guildId,
          previous.find((p) => p.name === command.name && p.type === (command.type ?? 1)),
        ),
      );
      store.splice(0, store.length, ...next);
      return { status: 200, body: store };
    }
    if (method === 'POST' && isObject(request.payload)) {
      const errors = validate ? validateCommand(request.payload) : null;
      if (errors) return invalidFormBody(errors);
      const input = request.payload;
      const index = store.findIndex((c) => c.name === input.name && c.type === (input.type ?? 1));
      const command = this.storeCommand(input, guildId, index === -1 ? undefined : store[index]);
      if (index === -1) store.push(command);
      else store[index] = command;
      return { status: index === -1 ? 201 : 200, body: command };
    }
    return apiError(405, 0, '405: Method Not Allowed');
  }

  // ---- messages -----------------------------------------------------------------------------------------------

  /** Attachments of a message from `payload.attachments` + uploaded files; keeps listed existing attachments. */
  private resolveAttachments(
    channelId: string,
    payload: JsonObject,
    files: RecordedFile[],
    existing: unknown[] | null,
  ): JsonObject[] {
    const makeAttachment = (file: RecordedFile, meta: JsonObject | undefined): JsonObject => {
      const id = snowflake();
      const filename = typeof meta?.filename === 'string' ? meta.filename : file.filename;
      this.attachments.set(id, { data: file.data, contentType: file.contentType });
      const url = `http://127.0.0.1:${this.port}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
      const attachment: JsonObject = {
        id,
        filename,
        size: file.size,
        url,
        proxy_url: url,
        content_type: file.contentType,
      };
      if (typeof meta?.description === 'string') attachment.description = meta.description;
      return attachment;
    };
    const byField = new Map(files.map((file) => [file.field, file]));
    const used = new Set<RecordedFile>();
    const result: JsonObject[] = [];
    const existingList = (existing ?? []).filter(isObject);
    if (Array.isArray(payload.attachments)) {
      for (const meta of payload.attachments.filter(isObject)) {
        const id = String(meta.id);
        const kept = existingList.find((a) => a.id === id);
        if (kept) {
          result.push(kept);
          continue;
        }
        const file = byField.get(`files[${id}]`) ?? files[Number(id)];
        if (file && !used.has(file)) {
          used.add(file);
          result.push(makeAttachment(file, meta));
        }
      }
    } else {
      result.push(...existingList);
    }
    for (const file of files) if (!used.has(file)) result.push(makeAttachment(file, undefined));
    return result;
  }

  private buildMessage(options: {
    channelId: string;
    author: JsonObject;
    payload: JsonObject;
    files: RecordedFile[];
    type?: number;
    extra?: JsonObject;
  }): JsonObject {
    const { channelId, payload } = options;
    const message: JsonObject = {
      id: snowflake(),
      type: options.type ?? 0,
      channel_id: channelId,
      author: options.author,
      content: typeof payload.content === 'string' ? payload.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: payload.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      mention_channels: [],
      attachments: this.resolveAttachments(channelId, payload, options.files, null),
      embeds: Array.isArray(payload.embeds) ? clone(payload.embeds) : [],
      reactions: [],
      pinned: false,
      flags: typeof payload.flags === 'number' ? payload.flags : 0,
      components: Array.isArray(payload.components) ? clone(payload.components) : [],
      ...options.extra,
    };
    if (payload.nonce !== undefined) message.nonce = payload.nonce;
    if (isObject(payload.poll)) message.poll = clone(payload.poll);
    this.messages.set(String(message.id), message);
    const channel = this.channels.get(channelId);
    if (channel) channel.raw.last_message_id = message.id;
    return message;
  }

  private applyEdit(message: JsonObject, payload: JsonObject, files: RecordedFile[]): JsonObject {
    const channelId = String(message.channel_id);
    if ('content' in payload) message.content = typeof payload.content === 'string' ? payload.content : '';
    if ('embeds' in payload) message.embeds = Array.isArray(payload.embeds) ? clone(payload.embeds) : [];
    if ('components' in payload)
      message.components = Array.isArray(payload.components) ? clone(payload.components) : [];
    if ('poll' in payload && isObject(payload.poll)) message.poll = clone(payload.poll);
    if ('attachments' in payload || files.length > 0) {
      message.attachments = this.resolveAttachments(
        channelId,
        payload,
        files,
        Array.isArray(message.attachments) ? message.attachments : null,
      );
    }
    const flags = typeof message.flags === 'number' ? message.flags : 0;
    const suppress = 1 << 2;
    let nextFlags = flags & ~MessageFlags.Loading;
    if (typeof payload.flags === 'number') nextFlags = (nextFlags & ~suppress) | (payload.flags & suppress);
    message.flags = nextFlags;
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  private validateOrError(
    payload: JsonObject,
    files: RecordedFile[],
    requireSomething: boolean,
    wrap?: string,
  ): HttpResult | null {
    if (this.options.validate === false) return null;
    const { errors, empty } = validateMessagePayload(payload, files.length, requireSomething);
    if (errors) return invalidFormBody(wrap ? { [wrap]: errors } : errors);
    if (empty) return apiError(400, 50006, 'Cannot send an empty message');
    return null;
  }

  /** Sends the bot's own message event to the live session that would receive it (no waiting, no queueing). */
  private echo(event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE' | 'MESSAGE_DELETE', message: JsonObject): void {
    if (this.options.echoBotMessages === false) return;
    if (typeof message.flags === 'number' && (message.flags & MessageFlags.Ephemeral) !== 0) return;
    const channelId = String(message.channel_id);
    const guildId = this.channels.get(channelId)?.guildId ?? null;
    const session = this.liveSessionFor(guildId);
    if (!session || (session.intents & (guildId ? Intents.GuildMessages : Intents.DirectMessages)) === 0)
      return;
    if (event === 'MESSAGE_DELETE') {
      this.sessionDispatch(session, event, {
        id: message.id,
        channel_id: channelId,
        ...(guildId ? { guild_id: guildId } : {}),
      });
      return;
    }
    const data: JsonObject = { ...clone(message), channel_type: guildId ? 0 : 1 };
    const botMember = this.members.get(String(this.botUser.id));
    if (guildId) {
      data.guild_id = guildId;
      if (botMember) data.member = this.memberWithoutUser(botMember);
    }
    this.sessionDispatch(session, event, data);
  }

  private handleChannelMessage(request: RecordedRequest, channelId: string): HttpResult {
    const channel = this.channels.get(channelId);
    if (!channel) return apiError(404, 10003, 'Unknown Channel');
    const payload = isObject(request.payload) ? request.payload : {};
    const invalid = this.validateOrError(payload, request.files, true);
    if (invalid) return invalid;
    const extra: JsonObject = {};
    let type = 0;
    if (isObject(payload.message_reference)) {
      const reference = payload.message_reference;
      const referenced = this.messages.get(String(reference.message_id));
      if (!referenced && reference.fail_if_not_exists !== false) {
        return invalidFormBody({
          message_reference: fieldError('REPLIES_UNKNOWN_MESSAGE', 'Unknown message'),
        });
      }
      if (referenced) {
        type = 19;
        extra.message_reference = {
          type: 0,
          channel_id: referenced.channel_id,
          message_id: referenced.id,
          ...(channel.guildId ? { guild_id: channel.guildId } : {}),
        };
        extra.referenced_message = clone(referenced);
      }
    }
    const message = this.buildMessage({
      channelId,
      author: this.botUser,
      payload,
      files: request.files,
      type,
      extra,
    });
    this.echo('MESSAGE_CREATE', message);
    return { status: 200, body: message };
  }

  private handleExistingChannelMessage(
    request: RecordedRequest,
    channelId: string,
    messageId: string,
  ): HttpResult {
    const message = this.messages.get(messageId);
    if (!message || message.channel_id !== channelId) return apiError(404, 10008, 'Unknown Message');
    if (request.method === 'GET') return { status: 200, body: message };
    if (request.method === 'DELETE') {
      this.messages.delete(messageId);
      this.echo('MESSAGE_DELETE', message);
      return { status: 204 };
    }
    if (request.method === 'PATCH') {
      const author = isObject(message.author) ? message.author : {};
      if (author.id !== this.botUser.id)
        return apiError(403, 50005, 'Cannot edit a message authored by another user');
      const payload = isObject(request.payload) ? request.payload : {};
      const invalid = this.validateOrError(payload, request.files, false);
      if (invalid) return invalid;
      const edited = this.applyEdit(message, payload, request.files);
      this.echo('MESSAGE_UPDATE', edited);
      return { status: 200, body: edited };
    }
    return apiError(405, 0, '405: Method Not Allowed');
  }

  // ---- interactions -------------------------------------------------------------------------------------------

  private interactionMetadata(state: InteractionState): JsonObject {
    const user = isObject(state.payload.user)
      ? state.payload.user
      : isObject(state.payload.member)
        ? state.payload.member.user
        : undefined;
    const metadata: JsonObject = {
      id: state.id,
      type: state.type,
      user,
      authorizing_integration_owners: state.payload.authorizing_integration_owners,
    };
    const data = isObject(state.payload.data) ? state.payload.data : {};
    if (state.type === InteractionType.ApplicationCommand) metadata.name = data.name;
    if (state.type === InteractionType.MessageComponent && isObject(state.payload.message)) {
      metadata.interacted_message_id = state.payload.message.id;
    }
    return metadata;
  }

  private interactionMessage(
    state: InteractionState,
    payload: JsonObject,
    files: RecordedFile[],
    flags: number,
  ): JsonObject {
    const metadata = this.interactionMetadata(state);
    const message = this.buildMessage({
      channelId: state.channelId,
      author: this.botUser,
      payload: { ...payload, flags },
      files,
      type: state.type === InteractionType.ApplicationCommand ? 20 : 0,
      extra: {
        webhook_id: this.applicationId,
        application_id: this.applicationId,
        interaction_metadata: metadata,
        interaction: { id: state.id, type: state.type, name: metadata.name ?? '', user: metadata.user },
      },
    });
    return message;
  }

  private handleCallback(request: RecordedRequest, id: string, token: string): HttpResult {
    const state = this.interactions.get(id);
    if (!state || state.token !== token) return apiError(404, 10062, 'Unknown interaction');
    const deadline = this.options.interactionDeadlineMs;
    if (deadline !== undefined && request.at - state.dispatchedAt > deadline) {
      return apiError(404, 10062, 'Unknown interaction');
    }
    if (state.callbackType !== null)
      return apiError(400, 40060, 'Interaction has already been acknowledged.');
    const body = isObject(request.payload) ? request.payload : {};
    const type = body.type;
    if (typeof type !== 'number' || !Object.values(CallbackType).includes(type as never)) {
      return invalidFormBody({
        type: fieldError(
          'BASE_TYPE_CHOICES',
          `Value must be one of ${Object.values(CallbackType).join(', ')}.`,
        ),
      });
    }
    const data = isObject(body.data) ? body.data : {};
    const isAutocomplete = state.type === InteractionType.Autocomplete;
    const isComponentLike =
      state.type === InteractionType.MessageComponent || state.type === InteractionType.ModalSubmit;
    const allowed = isAutocomplete
      ? type === CallbackType.AutocompleteResult
      : type === CallbackType.AutocompleteResult
        ? false
        : type === CallbackType.DeferredMessageUpdate || type === CallbackType.UpdateMessage
          ? isComponentLike
          : type === CallbackType.Modal
            ? state.type !== InteractionType.ModalSubmit
            : type !== CallbackType.Pong;
    if (!allowed) {
      return invalidFormBody({
        type: fieldError(
          'INTERACTION_RESPONSE_TYPE_INVALID',
          'Interaction response type is not valid for this interaction',
        ),
      });
    }

    let message: JsonObject | null = null;
    switch (type) {
      case CallbackType.ChannelMessageWithSource: {
        const invalid = this.validateOrError(data, request.files, true, 'data');
        if (invalid) return invalid;
        const flags = typeof data.flags === 'number' ? data.flags : 0;
        message = this.interactionMessage(state, data, request.files, flags);
        state.original = message;
        this.echo('MESSAGE_CREATE', message);
        break;
      }
      case CallbackType.DeferredChannelMessageWithSource: {
        const flags = (typeof data.flags === 'number' ? data.flags : 0) | MessageFlags.Loading;
        message = this.interactionMessage(state, {}, [], flags);
        state.original = message;
        this.echo('MESSAGE_CREATE', message);
        break;
      }
      case CallbackType.DeferredMessageUpdate:
      case CallbackType.UpdateMessage: {
        if (type === CallbackType.UpdateMessage) {
          const invalid = this.validateOrError(data, request.files, false, 'data');
          if (invalid) return invalid;
        }
        const source = isObject(state.payload.message) ? state.payload.message : null;
        const stored = source ? (this.messages.get(String(source.id)) ?? clone(source)) : null;
        if (stored) {
          this.messages.set(String(stored.id), stored);
          state.original =
            type === CallbackType.UpdateMessage ? this.applyEdit(stored, data, request.files) : stored;
          message = state.original;
          if (type === CallbackType.UpdateMessage) this.echo('MESSAGE_UPDATE', message);
        }
        break;
      }
      case CallbackType.AutocompleteResult: {
        if (this.options.validate !== false) {
          const errors = validateChoices(data.choices);
          if (errors) return invalidFormBody({ data: { choices: errors } });
        }
        break;
      }
      default:
        break;
    }
    state.callbackType = type;

    if (request.query.with_response !== 'true') return { status: 204 };
    const response: JsonObject = {
      interaction: {
        id: state.id,
        type: state.type,
        response_message_id: message?.id,
        response_message_loading: type === CallbackType.DeferredChannelMessageWithSource,
        response_message_ephemeral: message
          ? (Number(message.flags) & MessageFlags.Ephemeral) !== 0
          : undefined,
      },
    };
    if (message) response.resource = { type, message };
    else response.resource = { type };
    return { status: 200, body: response };
  }

  private interactionForWebhook(appId: string, token: string): InteractionState | null {
    if (appId !== this.applicationId) return null;
    for (const state of this.interactions.values()) if (state.token === token) return state;
    return null;
  }

  private handleWebhookMessage(
    request: RecordedRequest,
    appId: string,
    token: string,
    messageId: string,
  ): HttpResult {
    const state = this.interactionForWebhook(appId, token);
    if (!state) return apiError(404, 10015, 'Unknown Webhook');
    const message =
      messageId === '@original'
        ? state.original
        : (state.followups.get(messageId) ?? (state.original?.id === messageId ? state.original : null));
    if (!message) return apiError(404, 10008, 'Unknown Message');
    if (request.method === 'GET') return { status: 200, body: message };
    if (request.method === 'DELETE') {
      this.messages.delete(String(message.id));
      this.echo('MESSAGE_DELETE', message);
      if (messageId === '@original' || state.original?.id === messageId) state.original = null;
      else state.followups.delete(messageId);
      return { status: 204 };
    }
    if (request.method === 'PATCH') {
      const payload = isObject(request.payload) ? request.payload : {};
      const invalid = this.validateOrError(payload, request.files, false);
      if (invalid) return invalid;
      const edited = this.applyEdit(message, payload, request.files);
      this.echo('MESSAGE_UPDATE', edited);
      return { status: 200, body: edited };
    }
    return apiError(405, 0, '405: Method Not Allowed');
  }

  private handleFollowup(request: RecordedRequest, appId: string, token: string): HttpResult {
    const state = this.interactionForWebhook(appId, token);
    if (!state) return apiError(404, 10015, 'Unknown Webhook');
    if (state.callbackType === null) return apiError(404, 10015, 'Unknown Webhook');
    const payload = isObject(request.payload) ? request.payload : {};
    const invalid = this.validateOrError(payload, request.files, true);
    if (invalid) return invalid;
    const flags = typeof payload.flags === 'number' ? payload.flags : 0;
    const message = this.interactionMessage(state, payload, request.files, flags);
    if (isObject(message.interaction_metadata) && state.original) {
      message.interaction_metadata.original_response_message_id = state.original.id;
    }
    state.followups.set(String(message.id), message);
    this.echo('MESSAGE_CREATE', message);
    return request.query.wait === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  private findCommand(
    name: string | undefined,
    guildId: string | null,
    type: number,
  ): JsonObject | undefined {
    if (!name) return undefined;
    const lists = [guildId ? (this.guildCommands.get(guildId) ?? []) : [], this.globalCommands];
    for (const list of lists) {
      const found = list.find((c) => c.name === name && (c.type ?? 1) === type);
      if (found) return found;
    }
    return undefined;
  }

  private buildOptions(input: InteractionInput, command: JsonObject | undefined): JsonObject[] | undefined {
    let definitions: JsonObject[] = Array.isArray(command?.options) ? command.options.filter(isObject) : [];
    const descend = (name: string): void => {
      const next = definitions.find((d) => d.name === name);
      definitions = Array.isArray(next?.options) ? next.options.filter(isObject) : [];
    };
    if (input.subcommandGroup) descend(input.subcommandGroup);
    if (input.subcommand) descend(input.subcommand);

    let leaf: JsonObject[];
    if (Array.isArray(input.options)) {
      leaf = input.options.map((option) => {
        const copy: JsonObject = { ...option };
        if (input.focused && option.name === input.focused) copy.focused = true;
        return copy;
      });
    } else {
      leaf = Object.entries(input.options ?? {}).map(([name, value]) => {
        const definition = definitions.find((d) => d.name === name);
        const inferred =
          typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3;
        const option: JsonObject = {
          name,
          type: typeof definition?.type === 'number' ? definition.type : inferred,
          value,
        };
        if (input.focused === name) option.focused = true;
        return option;
      });
    }
    if (input.subcommand) leaf = [{ name: input.subcommand, type: 1, options: leaf }];
    if (input.subcommandGroup) leaf = [{ name: input.subcommandGroup, type: 2, options: leaf }];
    return leaf.length > 0 || input.subcommand ? leaf : undefined;
  }

  private resolvedFor(options: JsonObject[] | undefined, guildId: string | null): JsonObject | undefined {
    const users: JsonObject = {};
    const members: JsonObject = {};
    const channels: JsonObject = {};
    const visit = (list: JsonObject[]): void => {
      for (const option of list) {
        if (Array.isArray(option.options)) visit(option.options.filter(isObject));
        const value = String(option.value);
        if (option.type === 6 || option.type === 9) {
          const user = this.users.get(value);
          if (user) {
            users[value] = user;
            const member = guildId ? this.members.get(value) : undefined;
            if (member) members[value] = { ...this.memberWithoutUser(member), permissions: this.permissions };
          }
        }
        if (option.type === 7) {
          const channel = this.channels.get(value);
          if (channel) channels[value] = { ...channel.raw, permissions: this.permissions };
        }
      }
    };
    visit(options ?? []);
    const resolved: JsonObject = {};
    if (Object.keys(users).length > 0) resolved.users = users;
    if (Object.keys(members).length > 0) resolved.members = members;
    if (Object.keys(channels).length > 0) resolved.channels = channels;
    return Object.keys(resolved).length > 0 ? resolved : undefined;
  }

  dispatchInteraction(input: InteractionInput = {}): DispatchedInteraction {
    const kind =
      input.kind ??
      (input.customId !== undefined
        ? input.values
          ? 'select'
          : 'button'
        : input.focused !== undefined
          ? 'autocomplete'
          : 'command');
    const type =
      kind === 'command'
        ? InteractionType.ApplicationCommand
        : kind === 'autocomplete'
          ? InteractionType.Autocomplete
          : InteractionType.MessageComponent;
    const id = snowflake();
    const token = `stand-in.${randomBytes(32).toString('base64url')}`;
    const user = this.userFor(input.user);
    const dm = input.dm === true;
    const guildId = dm ? null : this.guildId;
    const channelId = input.channelId ?? (dm ? this.dmChannelFor(user) : this.channelId);
    const channelRaw = this.channels.get(channelId)?.raw ?? { id: channelId, type: dm ? 1 : 0 };

    let data: JsonObject;
    if (type === InteractionType.MessageComponent) {
      data = {
        custom_id: input.customId ?? 'button',
        component_type: input.componentType ?? (kind === 'select' ? 3 : 2),
      };
      if (input.values) data.values = input.values;
    } else {
      const commandName = input.commandName ?? 'ping';
      const command = this.findCommand(commandName, guildId, 1);
      const options = this.buildOptions(input, command);
      data = {
        id: input.commandId ?? (command ? String(command.id) : snowflake()),
        name: commandName,
        type: 1,
      };
      if (command?.guild_id) data.guild_id = command.guild_id;
      if (options) data.options = options;
      const resolved =
        type === InteractionType.ApplicationCommand ? this.resolvedFor(options, guildId) : undefined;
      if (resolved) data.resolved = resolved;
    }
    Object.assign(data, input.data);

    const payload: JsonObject = {
      id,
      application_id: this.applicationId,
      type,
      data,
      channel: { ...channelRaw, ...(dm ? {} : { permissions: this.permissions }) },
      channel_id: channelId,
      token,
      version: 1,
      app_permissions: input.appPermissions ?? this.permissions,
      locale: input.locale ?? 'fi',
      entitlements: input.entitlements ?? [],
      authorizing_integration_owners: dm ? { '0': '0' } : { '0': this.guildId },
      context: input.context ?? (dm ? 1 : 0),
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (guildId) {
      payload.guild_id = guildId;
      payload.guild = { id: guildId, locale: this.preferredLocale, features: [] };
      payload.guild_locale = input.guildLocale ?? this.preferredLocale;
      payload.member = { ...this.memberFor(user), permissions: input.memberPermissions ?? this.permissions };
    } else {
      payload.user = user;
    }
    if (type === InteractionType.MessageComponent) {
      const components = [
        {
          type: 1,
          id: 1,
          components: [
            data.component_type === 2
              ? { type: 2, id: 2, style: 1, label: 'Button', custom_id: data.custom_id }
              : {
                  type: data.component_type,
                  id: 2,
                  custom_id: data.custom_id,
                  options: [],
                  placeholder: null,
                },
          ],
        },
      ];
      const message = this.buildMessage({
        channelId,
        author: this.botUser,
        payload: { content: 'A message with a component', components },
        files: [],
        extra: { webhook_id: this.applicationId, application_id: this.applicationId },
      });
      Object.assign(message, input.message);
      this.messages.set(String(message.id), message);
      payload.message = clone(message);
    }
    Object.assign(payload, input.extra);

    const state: InteractionState = {
      id,
      token,
      type,
      payload,
      channelId,
      guildId,
      dispatchedAt: Date.now(),
      callbackType: null,
      original: null,
      followups: new Map(),
    };
    this.interactions.set(id, state);
    const timeoutMs = input.timeoutMs ?? this.timeout;
    const callbackPath = `/interactions/${id}/${token}/callback`;
    const callback = this.waitForRequest(
      (r) => r.method === 'POST' && r.route === callbackPath && r.status !== 429,
      timeoutMs,
    );
    const delivered = this.dispatch('INTERACTION_CREATE', payload, { guildId, timeoutMs }).then(() => {
      state.dispatchedAt = Date.now();
    });
    delivered.catch(() => {});
    return { id, token, payload, delivered, callback };
  }

  async waitForInteractionResponse(
    id: string,
    token: string,
    options: { timeoutMs?: number; match?: (response: InteractionResponse) => boolean } = {},
  ): Promise<InteractionResponse> {
    const timeoutMs = options.timeoutMs ?? this.timeout;
    const started = Date.now();
    const remaining = (): number => Math.max(1, timeoutMs - (Date.now() - started));
    const callbackPath = `/interactions/${id}/${token}/callback`;
    const callback = await this.waitForRequest(
      (r) => r.method === 'POST' && r.route === callbackPath && r.status !== 429,
      timeoutMs,
    );
    if (callback.status >= 400) {
      throw new Error(
        `discord stand-in: interaction callback was rejected with ${callback.status}: ${JSON.stringify(callback.response)}`,
      );
    }
    const callbackBody = isObject(callback.payload) ? callback.payload : {};
    const type = typeof callbackBody.type === 'number' ? callbackBody.type : 0;
    const callbackData = isObject(callbackBody.data) ? callbackBody.data : {};
    const deferredEphemeral =
      typeof callbackData.flags === 'number' && (callbackData.flags & MessageFlags.Ephemeral) !== 0;
    const matches = (response: InteractionResponse): boolean =>
      options.match ? options.match(response) : true;
    const toResponse = (request: RecordedRequest): InteractionResponse => {
      const via: InteractionResponse['via'] =
        request === callback ? 'callback' : request.method === 'PATCH' ? 'edit' : 'followup';
      const data = via === 'callback' ? callbackData : isObject(request.payload) ? request.payload : {};
      const flags = typeof data.flags === 'number' ? data.flags : 0;
      return {
        type,
        data,
        content: typeof data.content === 'string' ? data.content : undefined,
        files: request.files,
        ephemeral: (flags & MessageFlags.Ephemeral) !== 0 || (via === 'edit' && deferredEphemeral),
        via,
        callback,
        request,
      };
    };
    if (
      type !== CallbackType.DeferredChannelMessageWithSource &&
      type !== CallbackType.DeferredMessageUpdate
    ) {
      const response = toResponse(callback);
      if (type === CallbackType.AutocompleteResult || type === CallbackType.Modal || matches(response))
        return response;
    }
    const originalPath = `/webhooks/${this.applicationId}/${token}/messages/@original`;
    const followupPath = `/webhooks/${this.applicationId}/${token}`;
    const carrier = await this.waitForRequest(
      (r) => {
        if (r.status >= 400) return false;
        const isEdit = r.method === 'PATCH' && r.route === originalPath;
        const isFollowup = r.method === 'POST' && r.route === followupPath;
        return (isEdit || isFollowup) && matches(toResponse(r));
      },
      { timeoutMs: remaining(), after: callback.seq + 1 },
    );
    return toResponse(carrier);
  }

  dispatchMessageCreate(input: MessageInput): DispatchedMessage {
    const author =
      input.author || input.authorId ? this.userFor(input.author, input.authorId) : this.defaultUser;
    const dm = input.dm === true;
    const channelId = input.channelId ?? (dm ? this.dmChannelFor(author) : this.channelId);
    const guildId = this.channels.get(channelId)?.guildId ?? null;
    const botMention = `<@${String(this.botUser.id)}>`;
    let content = input.content;
    if (
      input.mentionsBot &&
      !content.includes(botMention) &&
      !content.includes(`<@!${String(this.botUser.id)}>`)
    ) {
      content = `${botMention} ${content}`;
    }
    const mentionsBot = content.includes(botMention) || content.includes(`<@!${String(this.botUser.id)}>`);
    const botMember = this.members.get(String(this.botUser.id));
    const mentions = mentionsBot
      ? [guildId && botMember ? { ...this.botUser, member: this.memberWithoutUser(botMember) } : this.botUser]
      : [];
    const extra: JsonObject = { mentions, channel_type: guildId ? 0 : 1 };
    if (guildId) {
      extra.guild_id = guildId;
      extra.member = this.memberWithoutUser(this.memberFor(author));
    }
    const message = this.buildMessage({
      channelId,
      author,
      payload: { content, nonce: snowflake() },
      files: [],
      extra: { ...extra, ...input.extra },
    });
    const after = this.nextRequestSeq;
    const timeoutMs = input.timeoutMs ?? this.timeout;
    const messagesPath = `/channels/${channelId}/messages`;
    const reply = this.waitForRequest(
      (r) => {
        if (r.method !== 'POST' || r.route !== messagesPath) return false;
        const reference = isObject(r.payload) ? r.payload.message_reference : undefined;
        return !isObject(reference) || String(reference.message_id) === message.id;
      },
      { timeoutMs, after },
    );

    const deliverable = clone(message);
    const delivered = (async () => {
      const session = await this.waitForSession(guildId, timeoutMs);
      const needed = guildId ? Intents.GuildMessages : Intents.DirectMessages;
      if ((session.intents & needed) === 0) {
        throw new Error(
          `discord stand-in: the client did not identify with the ${guildId ? 'GUILD_MESSAGES' : 'DIRECT_MESSAGES'} intent, so Discord would not deliver this message`,
        );
      }
      const authorIsBot = isObject(deliverable.author) && deliverable.author.id === this.botUser.id;
      if (
        this.options.emulateMessageContentIntent !== false &&
        guildId !== null &&
        !mentionsBot &&
        !authorIsBot &&
        (session.intents & Intents.MessageContent) === 0
      ) {
        deliverable.content = '';
        deliverable.embeds = [];
        deliverable.attachments = [];
        deliverable.components = [];
        delete deliverable.poll;
      }
      this.sessionDispatch(session, 'MESSAGE_CREATE', deliverable);
    })();
    delivered.catch(() => {});
    const replyOrFailure = Promise.race([reply, delivered.then(() => reply)]);
    replyOrFailure.catch(() => {});
    return { id: String(message.id), channelId, payload: deliverable, delivered, reply: replyOrFailure };
  }

  async dispatchMessage(input: MessageInput): Promise<RecordedRequest> {
    return this.dispatchMessageCreate(input).reply;
  }

  // ---- waits, injections, lifecycle ---------------------------------------------------------------------------

  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    options?: number | WaitOptions,
  ): Promise<RecordedRequest> {
    const { timeoutMs = this.timeout, after = 0 } =
      typeof options === 'number' ? { timeoutMs: options } : (options ?? {});
    const filtered = (request: RecordedRequest): boolean => request.seq >= after && predicate(request);
    const existing = this.recorded.find(filtered);
    if (existing) return Promise.resolve(existing);
    if (this.closed) return rejected(new Error('discord stand-in: closed'));
    return this.requestWaiters.wait(filtered, timeoutMs, 'a matching HTTP request');
  }

  waitForGatewayPayload(
    predicate: (record: GatewayPayloadRecord) => boolean,
    options?: number | WaitOptions,
  ): Promise<GatewayPayloadRecord> {
    const { timeoutMs = this.timeout, after = 0 } =
      typeof options === 'number' ? { timeoutMs: options } : (options ?? {});
    const existing = this.gatewayRecords.slice(after).find(predicate);
    if (existing) return Promise.resolve(existing);
    if (this.closed) return rejected(new Error('discord stand-in: closed'));
    return this.gatewayWaiters.wait(predicate, timeoutMs, 'a matching gateway payload');
  }

  injectResponse(
    predicate: (request: RecordedRequest) => boolean,
    response: InjectedResponse,
    times = 1,
  ): void {
    this.injections.push({ predicate, response, left: times });
  }

  clearRequests(): void {
    this.recorded = [];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const error = new Error('discord stand-in: closed');
    this.requestWaiters.rejectAll(error);
    this.gatewayWaiters.rejectAll(error);
    this.stateWaiters.rejectAll(error);
    for (const connection of this.connections) {
      connection.state = 'closed';
      connection.deflate?.close();
      connection.socket.terminate();
    }
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** Starts the stand-in on 127.0.0.1 and a free port. Always `await standIn.close()` (e.g. in afterAll). */
export async function startDiscordStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const server = new StandInServer(options, 'http://127.0.0.1');
  await server.listen();
  return server;
}
