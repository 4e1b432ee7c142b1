import { registry } from "@web/core/registry";

const cell = (stance, influence) =>
    `.o_power_map_cell[data-stance='${stance}'][data-influence='${influence}']`;

// A coordinator moves a decision-maker on the coalition's power map and finds the
// move in their assessment history.
registry.category("web_tour.tours").add("community_work_power_map_tour", {
    steps: () => [
        {
            content: "Open the coalition's power map",
            trigger: ".oe_stat_button:contains('Power Map')",
            run: "click",
        },
        {
            content: "Drag the director from opponent to ally",
            trigger: `${cell("opponent", 4)} .o_power_map_card:contains('Dana Director')`,
            async run(helpers) {
                await helpers.drag_and_drop(cell("ally", 4), {
                    position: { top: 30, left: 30 },
                    relative: true,
                });
            },
        },
        {
            content: "Say what shows the move",
            trigger: ".modal .o_power_map_evidence",
            run: "edit Promised to fund two youth workers at the budget hearing",
        },
        {
            trigger: ".modal .o_power_map_confirm:enabled",
            run: "click",
        },
        {
            content: "The card stands in its new cell",
            trigger: `${cell("ally", 4)} .o_power_map_card:contains('Dana Director')`,
            run: "click",
        },
        {
            content: "The move is in the history, after the first assessment",
            trigger: ".o_field_widget[name=assessment_ids] .o_data_row:contains('budget hearing') + .o_data_row:contains('not a priority')",
        },
    ],
});
