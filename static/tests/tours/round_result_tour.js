import { registry } from "@web/core/registry";

// A worker confirms a resident's online entry, closes the round, reads the result and
// starts an initiative on the chosen issue.
registry.category("web_tour.tours").add("community_work_round_result_tour", {
    steps: () => [
        {
            content: "One online entry waits",
            trigger: ".o_form_view .oe_stat_button:contains(To Confirm)",
            run: "click",
        },
        {
            content: "Count it",
            trigger: ".o_list_view .o_data_row:contains(Rosa Resident) button[name=action_confirm]",
            run: "click",
        },
        {
            content: "Nothing is left to confirm",
            trigger: ".o_list_view:not(:has(.o_data_row:contains(Rosa Resident)))",
        },
        {
            content: "Back to the round",
            trigger: ".o_breadcrumb a:contains(What first)",
            run: "click",
        },
        {
            trigger: ".o_form_view button[name=action_close]",
            run: "click",
        },
        {
            content: "Confirm the closing",
            trigger: ".modal-footer button:contains(Ok)",
            run: "click",
        },
        {
            content: "The result shows, the chosen issue first",
            trigger: ".o_field_widget[name=candidate_ids] .o_data_row:first-child:contains(Damp flats)",
        },
        {
            trigger: ".o_form_view button[name=action_start_initiative].btn-primary",
            run: "click",
        },
        {
            content: "The new initiative opens",
            trigger: ".o_form_view .o_field_widget[name=name] input:value(Damp flats)",
        },
    ],
});
