import { Component, onWillUpdateProps, useEffect, useRef, useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { AutoComplete } from "@web/core/autocomplete/autocomplete";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { standardFieldProps } from "@web/views/fields/standard_field_props";
import { columnTotal, rowProblem } from "./ballot_rules";

/**
 * A number typed in the grid. The input is not bound to the value on every render (Owl
 * resets bound inputs, which would wipe what is being typed elsewhere in the grid while
 * an earlier change is saved): it takes the value when the value changes.
 */
export class BallotCell extends Component {
    static template = "community_work.BallotCell";
    static props = {
        value: [Number, String],
        onChange: Function,
        disabled: { type: Boolean, optional: true },
        className: { type: String, optional: true },
        label: String,
        onKeydown: { type: Function, optional: true },
    };

    setup() {
        this.input = useRef("input");
        useEffect(
            (value) => {
                this.input.el.value = value;
            },
            () => [String(this.props.value)]
        );
    }
}

/**
 * The paper ballots of a round on one screen: a line per ballot, a column per candidate
 * issue. The people who came to the meeting are listed already; a name typed on the last
 * line is looked up among the contacts (or becomes a new one); a line without a name is an
 * unnamed ballot (for dot voting, a tally of several). The server checks every line when
 * the grid is saved; the grid only warns as one types.
 */
export class BallotGrid extends Component {
    static template = "community_work.BallotGrid";
    static components = { AutoComplete, BallotCell };
    static props = { ...standardFieldProps };

    setup() {
        this.orm = useService("orm");
        this.nextKey = 1;
        this.justSelected = null;
        // The lines as typed: changes follow each other faster than the record takes
        // them, so each one starts from here, not from the record.
        this.state = useState({ rows: [...this.recordGrid(this.props).rows] });
        onWillUpdateProps((nextProps) => {
            // Read again from the server (after a save): other ballots than typed here.
            const rows = this.recordGrid(nextProps).rows;
            if (ballotIds(rows) !== ballotIds(this.state.rows)) {
                this.state.rows = [...rows];
            }
        });
    }

    recordGrid(props) {
        return props.record.data[props.name] || { candidates: [], rows: [] };
    }

    get grid() {
        return { ...this.recordGrid(this.props), rows: this.state.rows };
    }

    /** The grid's lines, and an empty one at the end to type the next ballot in. */
    get lines() {
        const rows = this.state.rows;
        return this.props.readonly ? rows : [...rows, this.blankRow];
    }

    /** The line as it is now (the template's `row` may be a render behind). */
    current(row) {
        return this.state.rows.find((line) => line.key === row.key) || row;
    }

    pushRows(rows) {
        this.state.rows = rows;
        this.props.record.update({ [this.props.name]: { ...this.grid, rows } });
    }

    get blankRow() {
        return {
            key: `new${this.nextKey}`,
            ballot_id: false,
            partner_id: false,
            name: "",
            count: 1,
            values: {},
        };
    }

    get isDots() {
        return this.grid.method === "dots";
    }

    total(candidate) {
        return columnTotal(this.grid, candidate.id);
    }

    problem(row) {
        return rowProblem(this.grid, row);
    }

    cellValue(row, candidate) {
        const value = row.values[candidate.id];
        return value === undefined || value === null ? "" : String(value);
    }

    isRemoved(row) {
        return row.ballot_id && !Object.values(row.values).some(Boolean);
    }

    writeRow(row, changes) {
        const rows = [...this.state.rows];
        const index = rows.findIndex((line) => line.key === row.key);
        const updated = { ...this.current(row), ...changes };
        if (index === -1) {
            // The blank line becomes a ballot, keeping its key (and its inputs).
            this.nextKey++;
            rows.push(updated);
        } else {
            rows[index] = updated;
        }
        this.pushRows(rows);
    }

    removeRow(row) {
        if (row.ballot_id) {
            this.writeRow(row, { values: {} }); // the saved ballot is deleted on save
            return;
        }
        this.pushRows(this.state.rows.filter((line) => line.key !== row.key));
    }

    setValue(row, candidate, text) {
        const value = text.trim();
        const values = { ...this.current(row).values };
        if (value === "" || value === "0") {
            delete values[candidate.id];
        } else {
            values[candidate.id] = /^-?\d+$/.test(value) ? parseInt(value, 10) : value;
        }
        this.writeRow(row, { values });
    }

    setCount(row, text) {
        const count = parseInt(text, 10);
        this.writeRow(row, { count: count > 0 ? count : 1 });
    }

    // The person of a line: a contact chosen from the suggestions, a new name, or nobody.
    personSources(row) {
        return [{ options: (request) => this.searchPeople(request) }];
    }

    async searchPeople(request) {
        if (!request) {
            return [];
        }
        const found = await this.orm.call("res.partner", "name_search", [], {
            name: request,
            limit: 7,
        });
        const options = found.map(([id, name]) => ({ label: name, partnerId: id }));
        options.push({
            label: _t('Create "%s"', request),
            newName: request,
            classList: "o_ballot_grid_create",
        });
        return options;
    }

    onSelectPerson(row, option) {
        this.justSelected = row.key;
        if (option.partnerId) {
            this.writeRow(row, { partner_id: option.partnerId, name: option.label, count: 1 });
        } else {
            this.writeRow(row, { partner_id: false, name: option.newName, count: 1 });
        }
    }

    onChangePerson(row, { inputValue }) {
        if (this.justSelected === row.key) {
            this.justSelected = null;
            return;
        }
        const name = inputValue.trim();
        if (name !== (this.current(row).name || "")) {
            this.writeRow(row, { partner_id: false, name });
        }
    }

    /** Enter goes down the column, as on a paper tally (once the value is taken). */
    onValueKeydown(ev) {
        if (ev.key !== "Enter") {
            return;
        }
        const cell = ev.target.closest("td");
        const column = [...cell.parentElement.children].indexOf(cell);
        const row = cell.parentElement;
        setTimeout(() => row.nextElementSibling?.children[column]?.querySelector("input")?.focus());
    }
}

function ballotIds(rows) {
    return rows
        .map((row) => row.ballot_id)
        .filter(Boolean)
        .sort()
        .join(",");
}

registry.category("fields").add("community_ballot_grid", {
    component: BallotGrid,
    supportedTypes: ["json"],
});
