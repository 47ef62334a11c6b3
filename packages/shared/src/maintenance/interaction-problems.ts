// The problems of an interaction's input that only the interaction form has, worded in both
// languages: merged into the one table of problem codes (problems.ts), where `problemText` fills
// them. The follow-up date's problems (`followUp.*`) and the common ones (times, dates, text length)
// are worded there already; interaction-rules.ts raises both.

type Words = { zh: string; en: string };

/** An interaction's own problems: the kind and outcome not chosen, the note not written, a rescheduling without its date. */
export const INTERACTION_INPUT_PROBLEMS = {
  'interaction.kindMissing': { zh: '请选择联系方式', en: 'choose how the merchant was contacted' },
  'interaction.outcomeMissing': { zh: '请选择联系结果', en: 'choose the outcome' },
  'interaction.notesMissing': {
    zh: '请填写备注（至少 {min} 个字）',
    en: 'write a note of at least {min} characters',
  },
  'interaction.rescheduleWithoutDate': {
    zh: '改约须填写约定的新日期',
    en: 'a rescheduled contact needs the new date',
  },
} as const satisfies Record<string, Words>;

export type InteractionInputProblemCode = keyof typeof INTERACTION_INPUT_PROBLEMS;
