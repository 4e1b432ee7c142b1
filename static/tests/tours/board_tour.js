import { registry } from "@web/core/registry";
import { quickCreateSteps } from "./board_steps";

// A worker opens the boards, picks a method, moves an initiative to the next
// stage from its form and ticks an item of the new stage's checklist.
registry.category("web_tour.tours").add("community_work_board_tour", {
    steps: () => [
        {
            content: "Open the board of the tour's method",
            trigger: ".o_kanban_record:contains('Tour Method')",
            run: "click",
        },
        {
            content: "The board shows the method's empty stages too",
            trigger: ".o_kanban_group .o_column_title:contains('Tour Organise')",
        },
        ...quickCreateSteps("Tour Organise", "Tour Quick Group", "Testville / North"),
        {
            content: "Close the quick create",
            trigger: ".o_kanban_quick_create .o_kanban_cancel",
            run: "click",
        },
        {
            content: "Open the initiative",
            trigger: ".o_kanban_record:contains('Tour Initiative')",
            run: "click",
        },
        {
            content: "The stage's guidance is folded above the checklist",
            trigger: ".o_form_view .o_community_stage_guidance summary",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_community_stage_guidance:contains('Walk the streets')",
        },
        {
            content: "Move the initiative to the next stage",
            trigger: ".o_statusbar_status button:contains('Tour Organise')",
            run: "click",
        },
        {
            content: "The new stage is the current one",
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains('Tour Organise')",
        },
        {
            content: "The new stage's checklist item comes first",
            trigger: ".o_field_widget[name=task_ids] .o_data_row:first-child:contains('Hold a first meeting')",
        },
        {
            content: "Tick the new stage's checklist item",
            trigger: ".o_field_widget[name=task_ids] .o_data_row:contains('Hold a first meeting') .o_field_boolean_toggle input",
            run: "click",
        },
        {
            content: "Save the initiative",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The form is saved",
            trigger: ".o_form_view .o_form_saved",
        },
    ],
});
