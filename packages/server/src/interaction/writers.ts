// Who records the work done on merchants: contacts (interaction/), and the greetings and contact
// checks that become contacts (task/). Analysts only read.
export const WRITERS = ['admin', 'branch_manager', 'account_manager', 'operations'] as const;
