import { _t } from "@web/core/l10n/translation";

/**
 * What the ballot grid shows as one types: each issue's running total, and a warning on a
 * line that the server will refuse (it checks every line again when the grid is saved).
 */

function counted(grid) {
    return grid.rows.filter((row) => Object.values(row.values).some(Boolean));
}

function numbers(row) {
    return Object.values(row.values).filter((value) => value !== "" && value !== null);
}

/** Dots given, Borda points (first of n: n points) or the average score of an issue. */
export function columnTotal(grid, candidateId) {
    const values = counted(grid)
        .map((row) => row.values[candidateId])
        .filter((value) => Number.isInteger(value));
    if (grid.method === "ranking") {
        const size = grid.candidates.length;
        return values.reduce((sum, rank) => sum + (size + 1 - rank), 0);
    }
    const sum = values.reduce((total, value) => total + value, 0);
    if (grid.method === "score") {
        return values.length ? (sum / values.length).toFixed(1) : "";
    }
    return sum;
}

/** Why the line would be refused, or an empty string. */
export function rowProblem(grid, row) {
    const values = numbers(row);
    if (values.some((value) => !Number.isInteger(value))) {
        return _t("Whole numbers only.");
    }
    if (grid.method === "dots") {
        const allowed = grid.dots * (row.partner_id || row.name ? 1 : row.count || 1);
        const given = values.reduce((sum, value) => sum + value, 0);
        return given > allowed ? _t("%s dots at most.", allowed) : "";
    }
    if (grid.method === "ranking") {
        const size = grid.candidates.length;
        if (values.some((rank) => rank < 1 || rank > size)) {
            return _t("Ranks go from 1 to %s.", size);
        }
        if (new Set(values).size !== values.length) {
            return _t("Each rank once.");
        }
        const missing = values.length && Math.max(...values) !== values.length;
        return missing ? _t("A rank is skipped.") : "";
    }
    return values.some((score) => score < 1 || score > 5) ? _t("Scores go from 1 to 5.") : "";
}
