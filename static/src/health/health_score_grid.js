import { Component } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { standardFieldProps } from "@web/views/fields/standard_field_props";
import {
    average,
    formatFigure,
    isDisagreement,
    parseScore,
    scoreLevel,
    spread,
} from "./health_scores";

/**
 * The scores of a health round on one screen: a row per member, a column per factor.
 * Typing a digit from 1 to 5 records a score and moves to the next cell; a cell left
 * empty loses its score. The footer shows, per factor, the average and the spread.
 */
export class HealthScoreGrid extends Component {
    static template = "community_work.HealthScoreGrid";
    static props = { ...standardFieldProps };

    setup() {
        // Edits run one after the other, so that a fast typist never creates a score twice.
        this.pending = Promise.resolve();
    }

    get layout() {
        return this.props.record.data.score_grid || { members: [], factors: [] };
    }

    get list() {
        return this.props.record.data[this.props.name];
    }

    get scoreRecords() {
        const records = new Map();
        for (const record of this.list.records) {
            const { member_id, factor_id } = record.data;
            if (member_id && factor_id) {
                records.set(`${member_id[0]}-${factor_id[0]}`, record);
            }
        }
        return records;
    }

    scoreOf(memberId, factorId) {
        return this.scoreRecords.get(`${memberId}-${factorId}`)?.data.score ?? null;
    }

    levelClass(value) {
        return `o_health_score_${scoreLevel(value)}`;
    }

    factorFigures(factorId) {
        const scores = this.layout.members
            .map((member) => this.scoreOf(member.id, factorId))
            .filter((score) => score !== null);
        const mean = average(scores);
        const deviation = spread(scores);
        return {
            average: formatFigure(mean),
            spread: formatFigure(deviation),
            level: this.levelClass(mean),
            disagree: isDisagreement(deviation),
        };
    }

    onInput(ev, member, factor) {
        const input = ev.target;
        if (!input.value) {
            return; // a cleared cell is removed when the worker leaves it (onChange)
        }
        const score = parseScore(input.value.slice(-1));
        if (score === null) {
            input.value = this.scoreOf(member.id, factor.id) ?? "";
            return;
        }
        input.value = score;
        this.enqueue(() => this.setScore(member, factor, score));
        this.focusNext(input);
    }

    onChange(ev, member, factor) {
        if (!ev.target.value) {
            this.enqueue(() => this.setScore(member, factor, null));
        }
    }

    enqueue(operation) {
        this.pending = this.pending.then(operation);
        return this.pending;
    }

    async setScore(member, factor, score) {
        const record = this.scoreRecords.get(`${member.id}-${factor.id}`);
        if (record && score === null) {
            await this.list.delete(record);
        } else if (record) {
            await record.update({ score });
        } else if (score !== null) {
            await this.list.addNewRecord({
                context: {
                    default_member_id: member.id,
                    default_factor_id: factor.id,
                    default_score: score,
                },
            });
        }
    }

    focusNext(input) {
        const inputs = [...input.closest("table").querySelectorAll("input.o_health_score_input")];
        inputs[inputs.indexOf(input) + 1]?.focus();
    }
}

registry.category("fields").add("health_score_grid", {
    component: HealthScoreGrid,
    supportedTypes: ["one2many"],
    // The rows (members of the day) and columns (factors) come from the round.
    fieldDependencies: [{ name: "score_grid", type: "json" }],
    relatedFields: [
        { name: "member_id", type: "many2one", relation: "community.coalition.member", readonly: false },
        { name: "factor_id", type: "many2one", relation: "community.coalition.health.factor", readonly: false },
        { name: "score", type: "integer", readonly: false },
    ],
});
