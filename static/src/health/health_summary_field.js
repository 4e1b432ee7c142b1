import { Component } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { standardFieldProps } from "@web/views/fields/standard_field_props";
import { formatFigure, isDisagreement, scoreLevel } from "./health_scores";

/**
 * A coalition's partnership health at a glance: per factor (rows) and round (columns),
 * the members' average score and the spread between them, disagreements flagged.
 */
export class HealthSummaryField extends Component {
    static template = "community_work.HealthSummaryField";
    static props = { ...standardFieldProps };

    get summary() {
        return this.props.record.data[this.props.name] || { rounds: [], factors: [], cells: {} };
    }

    cellFigures(factorId, roundId) {
        const cell = this.summary.cells[`${factorId}-${roundId}`];
        if (!cell) {
            return null;
        }
        return {
            average: formatFigure(cell.average),
            spread: formatFigure(cell.spread),
            range: `${cell.lowest}–${cell.highest}`,
            level: `o_health_score_${scoreLevel(cell.average)}`,
            disagree: isDisagreement(cell.spread),
        };
    }
}

registry.category("fields").add("coalition_health_summary", {
    component: HealthSummaryField,
    supportedTypes: ["json"],
});
