import { registry } from "@web/core/registry";

// The grid of a dot-voting round: columns 1 person, 2 ballots, then one per issue
// (3 "Broken lifts", 4 "Damp flats", 5 "Overflowing bins").
const GRID = ".modal .o_ballot_grid";

function cell(row, column) {
    return `${GRID} tbody tr:${row} td:nth-child(${column}) input`;
}

function type(row, column, value, content) {
    return { content, trigger: cell(row, column), run: `edit ${value}` };
}

// A value counts once the worker leaves its cell.
const LEAVE_CELL = { trigger: `${GRID} thead`, run: "click" };

// A worker types the paper ballots of a residents' evening into the grid.
registry.category("web_tour.tours").add("community_work_paper_ballot_tour", {
    steps: () => [
        {
            content: "Enter the meeting's paper ballots",
            trigger: ".o_form_view button[name=action_enter_ballots]",
            run: "click",
        },
        {
            content: "Those who came are listed already",
            trigger: `${GRID} tbody tr:nth-child(2) .o_ballot_grid_name input`,
        },
        type("nth-child(1)", 3, "2", "Ada gave two dots to the lifts"),
        type("nth-child(1)", 4, "1", "and one to the damp"),
        type("nth-child(1)", 5, "1", "a fourth dot is one too many"),
        LEAVE_CELL,
        {
            trigger: `${GRID} tbody tr:nth-child(1) .o_ballot_grid_problem:contains(3 dots at most)`,
        },
        { content: "Take it off again", trigger: cell("nth-child(1)", 5), run: "clear" },
        LEAVE_CELL,
        {
            trigger: `${GRID} tbody tr:nth-child(1):not(:has(.o_ballot_grid_problem))`,
        },
        type("nth-child(2)", 5, "3", "Ben put all three on the bins"),
        {
            content: "Someone who is no contact yet",
            trigger: `${GRID} tbody tr:last-child .o_ballot_grid_name input`,
            run: "edit Nora Newvoter",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains(Create \"Nora Newvoter\")",
            run: "click",
        },
        {
            trigger: `${GRID} tbody tr:nth-last-child(2) .badge:contains(new)`,
        },
        type("nth-last-child(2)", 3, "1", "Nora's dot"),
        type("last-child", 2, "5", "Five people who gave no name put their dots on the flip chart"),
        LEAVE_CELL,
        type("nth-last-child(2)", 4, "9", "nine of them on the damp"),
        LEAVE_CELL,
        {
            content: "The totals follow",
            trigger: `${GRID} .o_ballot_grid_totals td:nth-child(4):contains(10)`,
        },
        {
            content: "Save the ballots",
            trigger: ".modal-footer button:contains(Save)",
            run: "click",
        },
        {
            content: "The grid is closed, the meeting shows again",
            trigger: "body:not(:has(.modal)) .o_form_view button[name=action_enter_ballots]",
        },
    ],
});
