/**
 * Limits of the social post payload itself (seed 004), as opposed to the target columns, whose
 * lengths come from plugins-shim/schema. Microsoft's pages and sample disagree on spelling, so
 * keys are read case-insensitively and both spellings of the additional-params key are accepted.
 */
export const ADDITIONAL_PARAMS_KEYS = ["activityadditionalparams", "activityaddtionalparams"] as const;

/** Sentiment the feed sends: 1 positive, 0 neutral, -1 negative (null: unknown). */
export const SENTIMENT_VALUES: readonly number[] = [-1, 0, 1];

/** "Reach score of the author in a range from 0-99." */
export const INFLUENCE_SCORE_RANGE = { min: 0, max: 99 } as const;

/** Free-form notes added in Social Engagement. */
export const NOTES_MAX_LENGTH = 250;

/** "When linking a post to Dynamics 365, this is always set to socialactivity." */
export const TARGET_ENTITY_NAME = "socialactivity";
