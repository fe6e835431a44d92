/** `chat`: the terminal chat (see src/cli/terminal-chat.ts). */
import type { Lang } from '../i18n/format.ts';

export async function runChat(options: { data: string; lang: Lang }): Promise<number> {
  const { startTerminalChat } = await import('./terminal-chat.ts');
  return startTerminalChat(options);
}
