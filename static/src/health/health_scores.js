/**
 * Partnership health figures, shared by the score grid, the summary and their tests.
 */
export const LOWEST_SCORE = 1;
export const HIGHEST_SCORE = 5;
/** From this spread on, members see the partnership differently. */
export const DISAGREEMENT_SPREAD = 1;

export function average(scores) {
    return scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
}

/** The population standard deviation: 0 when all members agree. */
export function spread(scores) {
    const mean = average(scores);
    if (mean === null) {
        return null;
    }
    return Math.sqrt(average(scores.map((score) => (score - mean) ** 2)));
}

/** Reads a typed score: a whole number from 1 to 5, or null for anything else. */
export function parseScore(text) {
    const value = Number(String(text).trim());
    return Number.isInteger(value) && value >= LOWEST_SCORE && value <= HIGHEST_SCORE
        ? value
        : null;
}

/** "low", "middle" or "high", to colour a score or an average. */
export function scoreLevel(value) {
    if (value === null || value === undefined) {
        return "none";
    }
    if (value < 2.5) {
        return "low";
    }
    return value < 3.5 ? "middle" : "high";
}

/** Judged on the spread as shown, to one decimal, like the reports. */
export function isDisagreement(value) {
    return (
        value !== null && value !== undefined && Math.round(value * 10) / 10 >= DISAGREEMENT_SPREAD
    );
}

export function formatFigure(value) {
    return value === null || value === undefined ? "" : value.toFixed(1);
}
