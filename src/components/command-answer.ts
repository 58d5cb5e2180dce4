// A command's answer read through the registry: parsed by the command's result schema, so no
// screen casts a reply. The registry (every schema) is loaded with the first answer read, not
// with the first page.
import type { CommandName, CommandResult } from '../domain/commands';

/**
 * Rule: an answer is what the command's result schema makes of it, or null when it is not what
 * the command answers (an older server, a test's empty reply): a screen then says no more than
 * that the command was done.
 */
export async function commandAnswer<N extends CommandName>(
  name: N,
  data: unknown,
): Promise<CommandResult<N> | null> {
  const { COMMANDS } = await import('../domain/commands');
  const parsed = COMMANDS[name].result.safeParse(data);
  return parsed.success ? (parsed.data as CommandResult<N>) : null;
}
