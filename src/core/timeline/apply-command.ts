import { type Command, ROLE_LABELS, STATUS_LABELS } from '../commands/command-types.ts';
import { findSeverity } from '../config/config.ts';
import { sameLogin } from './capture-issue-event.ts';
import { addEntry, changeSeverity, type Draft } from './timeline-draft.ts';

/** The comment a command came from. */
export interface CommandComment {
  id: number;
  author: string;
  /** When the comment was created: the time of commands that carry none. */
  at: string;
  url: string;
}

/** Records a permitted, valid command. Refresh, help and post-mortem change no record. */
export function applyCommand(draft: Draft, command: Command, comment: CommandComment): void {
  const base = {
    actor: comment.author,
    source: 'command' as const,
    commentId: comment.id,
    url: comment.url,
  };
  switch (command.kind) {
    case 'timeline-note':
      addEntry(draft, {
        ...base,
        at: command.at,
        text: command.text,
        kind: 'note',
        tag: command.tag,
      });
      return;
    case 'ack': {
      if (!draft.acknowledgedBy) draft.acknowledgedBy = comment.author;
      const text = command.text ? `Acknowledged: ${command.text}` : 'Acknowledged';
      addEntry(draft, { ...base, at: comment.at, text, kind: 'ack' });
      return;
    }
    case 'role': {
      const previous = draft.roles[command.role];
      if (sameLogin(previous, command.login)) return;
      draft.roles[command.role] = command.login;
      if (command.role === 'commander') {
        if (previous) draft.formerCommanders.add(previous.toLowerCase());
        draft.formerCommanders.delete(command.login.toLowerCase());
      }
      const role = ROLE_LABELS[command.role];
      const text = previous
        ? `@${command.login} takes over as ${role} from @${previous}`
        : `@${command.login} is ${role}`;
      addEntry(draft, { ...base, at: comment.at, text, kind: 'role' });
      return;
    }
    case 'severity': {
      const severity = findSeverity(draft.config, command.severity);
      changeSeverity(
        draft,
        severity,
        comment.at,
        comment.author,
        'command',
        comment.id,
        comment.url,
      );
      return;
    }
    case 'status': {
      const update = {
        at: comment.at,
        actor: comment.author,
        status: command.status,
        message: command.message,
        eta: command.eta,
        rootCause: command.rootCause,
        commentId: comment.id,
        line: command.line,
        url: comment.url,
      };
      draft.statusUpdates.push(update);
      draft.status = update;
      const text = `${STATUS_LABELS[command.status]}: ${command.message}`;
      addEntry(draft, { ...base, at: comment.at, text, kind: 'status', status: command.status });
      return;
    }
    case 'action': {
      // The item itself is an issue (usecases/action-items); the timeline says it was raised.
      const text = `Action item: ${command.description}`;
      addEntry(draft, { ...base, at: comment.at, text, kind: 'action' });
      return;
    }
    default:
      return;
  }
}
