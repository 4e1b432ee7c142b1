/**
 * The shape of a power map, shared by the client action and its tests: stance runs
 * across from active opponents to active allies, influence up from 1 to 5.
 */
export const STANCES = ["active_opponent", "opponent", "neutral", "ally", "active_ally"];
export const INFLUENCE_LEVELS = [5, 4, 3, 2, 1];
/** The field through which a target points to the record whose map it is on. */
export const MAP_FIELDS = {
    "community.coalition": "coalition_id",
    "community.initiative": "initiative_id",
};

export function cellKey(stance, influence) {
    return `${stance}|${influence}`;
}

/** Targets grouped by the cell of the grid they stand in. */
export function groupByCell(targets) {
    const cells = new Map();
    for (const target of targets) {
        const key = cellKey(target.stance, target.influence);
        if (!cells.has(key)) {
            cells.set(key, []);
        }
        cells.get(key).push(target);
    }
    return cells;
}

/** How many bands a move goes towards us (negative: away from us). */
export function stanceShift(fromStance, toStance) {
    return STANCES.indexOf(toStance) - STANCES.indexOf(fromStance);
}

/** The cell whose box holds the point, read from its data attributes. */
export function cellAtPoint(cellElements, x, y) {
    for (const element of cellElements) {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        if (x >= left && x <= right && y >= top && y <= bottom) {
            return { stance: element.dataset.stance, influence: Number(element.dataset.influence) };
        }
    }
    return null;
}
