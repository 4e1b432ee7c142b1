import { registry } from "@web/core/registry";

// A coordinator opens their coalition from the board, records a member's pledge
// with its first delivery, and enters a round of health scores.
registry.category("web_tour.tours").add("community_work_coalition_tour", {
    steps: () => [
        {
            content: "The board shows every stage of the partnership ladder",
            trigger: ".o_kanban_group .o_column_title:contains('Integration')",
        },
        {
            content: "Open the coalition",
            trigger: ".o_kanban_group:contains('Networking') .o_kanban_record:contains('Tour Coalition')",
            run: "click",
        },
        {
            content: "Open the pledges",
            trigger: ".o_notebook .nav-link:contains('Pledges')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=pledge_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "The school pledges volunteer hours",
            trigger: ".modal .o_field_widget[name=member_id] input",
            run: "edit School",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains('School')",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Volunteers for the homework club",
        },
        {
            trigger: ".modal .o_field_widget[name=quantity] input",
            run: "edit 20",
        },
        {
            content: "Log what was delivered so far",
            trigger: ".modal .o_field_widget[name=contribution_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=contribution_ids] .o_data_row .o_field_widget[name=quantity] input",
            run: "edit 8",
        },
        {
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The pledge is partly delivered",
            trigger: ".o_field_widget[name=pledge_ids] .o_data_row:contains('Volunteers for the homework club'):contains('Partly Delivered')",
        },
        {
            content: "Open the partnership health",
            trigger: ".o_notebook .nav-link:contains('Health')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=health_round_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Every member has a row of the score grid",
            trigger: ".modal .o_health_score_grid tbody tr:contains('Library')",
        },
        {
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Tour review",
        },
        {
            content: "The school trusts the others fully",
            trigger: ".modal .o_health_score_grid tr:contains('School') .o_health_score_input:eq(1)",
            run: "edit 5",
        },
        {
            content: "The youth club does not",
            trigger: ".modal .o_health_score_grid tr:contains('Youth Club') .o_health_score_input:eq(1)",
            run: "edit 1",
        },
        {
            trigger: ".modal .o_health_score_grid tr:contains('Library') .o_health_score_input:eq(1)",
            run: "edit 3",
        },
        {
            content: "The grid shows where members disagree",
            trigger: ".modal .o_health_score_spread .o_health_disagreement:contains('1.6')",
        },
        {
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=health_round_ids] .o_data_row:contains('Tour review')",
        },
        {
            content: "Save the coalition",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The health summary shows the disagreement on trust",
            trigger: ".o_health_summary tr:contains('Trust') .o_health_disagreement",
        },
    ],
});
