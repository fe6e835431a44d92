/**
 * Answer → terminal text. The same content as the Discord embed, laid out as plain lines, so what the
 * terminal chat shows is what Discord shows.
 */
import { type Answer, type AnswerItem, USER_TEXT } from '../answer/types.ts';

/** Drops the light markdown the answers use for Discord (bold, escapes). */
export function plain(text: string): string {
  // User text is shown exactly as typed: only the answer's own markup is removed.
  return text
    .split(USER_TEXT)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/\*\*(.+?)\*\*/g, '$1')))
    .join('');
}

export function itemLine(item: AnswerItem): string {
  return `${item.code}  ${item.name ?? ''}${item.detail ? ` – ${item.detail}` : ''}`.trimEnd();
}

/** The whole answer as text, for the terminal and for `ask --json`'s `text`. */
export function answerText(answer: Answer): string {
  const blocks: string[] = [];
  if (answer.title) blocks.push(answer.title);
  blocks.push(plain(answer.text));
  if (answer.items.length) blocks.push(answer.items.map((item) => `  • ${itemLine(item)}`).join('\n'));
  if (answer.fields.length) {
    blocks.push(
      answer.fields
        .map((field) =>
          field.value.includes('\n')
            ? `${field.name}:\n${plain(field.value)
                .split('\n')
                .map((line) => `  ${line}`)
                .join('\n')}`
            : `${field.name}: ${plain(field.value)}`,
        )
        .join('\n'),
    );
  }
  const tail = [answer.footer, answer.url].filter(Boolean).join('\n');
  if (tail) blocks.push(tail);
  return blocks.join('\n\n');
}
