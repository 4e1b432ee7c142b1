import { Component } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { AutoComplete } from "@web/core/autocomplete/autocomplete";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { standardFieldProps } from "@web/views/fields/standard_field_props";
import { columnTotal, rowProblem } from "./ballot_rules";

/**
 * The paper ballots of a round on one screen: a line per ballot, a column per candidate
 * issue. The people who came to the meeting are listed already; a name typed on the last
 * line is looked up among the contacts (or becomes a new one); a line without a name is an
 * unnamed ballot (for dot voting, a tally of several). The server checks every line when
 * the grid is saved; the grid only warns as one types.
 */
export class BallotGrid extends Component {
    static template = "community_work.BallotGrid";
    static components = { AutoComplete };
    static props = { ...standardFieldProps };

    setup() {
        this.orm = useService("orm");
        this.nextKey = 1;
        this.justSelected = null;
    }

    get grid() {
        return this.props.record.data[this.props.name] || { candidates: [], rows: [] };
    }

    /** The grid's lines, and an empty one at the end to type the next ballot in. */
    get lines() {
        const rows = this.grid.rows;
        return this.props.readonly ? rows : [...rows, this.blankRow];
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
        const rows = [...this.grid.rows];
        const index = rows.findIndex((line) => line.key === row.key);
        const updated = { ...row, ...changes };
        if (index === -1) {
            // The blank line becomes a ballot, keeping its key (and its inputs).
            this.nextKey++;
            rows.push(updated);
        } else {
            rows[index] = updated;
        }
        this.props.record.update({ [this.props.name]: { ...this.grid, rows } });
    }

    removeRow(row) {
        if (row.ballot_id) {
            this.writeRow(row, { values: {} }); // the saved ballot is deleted on save
            return;
        }
        const rows = this.grid.rows.filter((line) => line.key !== row.key);
        this.props.record.update({ [this.props.name]: { ...this.grid, rows } });
    }

    setValue(row, candidate, text) {
        const value = text.trim();
        const values = { ...row.values };
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
        if (name !== (row.name || "")) {
            this.writeRow(row, { partner_id: false, name });
        }
    }

    /** Enter goes down the column, as on a paper tally. */
    onValueKeydown(ev) {
        if (ev.key !== "Enter") {
            return;
        }
        ev.preventDefault();
        ev.target.dispatchEvent(new Event("change", { bubbles: true }));
        const cell = ev.target.closest("td");
        const column = [...cell.parentElement.children].indexOf(cell);
        const nextRow = cell.parentElement.nextElementSibling;
        nextRow?.children[column]?.querySelector("input")?.focus();
    }
}

registry.category("fields").add("community_ballot_grid", {
    component: BallotGrid,
    supportedTypes: ["json"],
});
