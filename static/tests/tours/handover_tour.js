import { registry } from "@web/core/registry";

// A worker selects their initiatives in the list and hands them to a colleague,
// with a note, through the Hand Over action.
registry.category("web_tour.tours").add("community_work_handover_tour", {
    steps: () => [
        {
            content: "Select the first initiative",
            trigger: ".o_data_row:contains('Tour Playground') .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Select the second initiative",
            trigger: ".o_data_row:contains('Tour Tenants') .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Open the Action menu (beside Print)",
            trigger: ".o_control_panel .o_cp_action_menus button:has(.fa-cog)",
            run: "click",
        },
        {
            content: "Open the hand-over",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Hand Over')",
            run: "click",
        },
        {
            content: "Both initiatives are in the hand-over",
            trigger: ".modal .o_field_widget[name=initiative_ids] .o_tag:contains('Tour Tenants')",
        },
        {
            content: "Choose the colleague",
            trigger: ".modal .o_field_widget[name=to_user_id] input",
            run: "edit Otto",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains('Otto Other')",
            run: "click",
        },
        {
            content: "Say what has been done",
            trigger: ".modal .o_field_widget[name=note_done] textarea",
            run: "edit The survey of the estate is done.",
        },
        {
            content: "Name a risk",
            trigger: ".modal .o_field_widget[name=note_risks] textarea",
            run: "edit The hall closes in August.",
        },
        {
            trigger: ".modal button[name=action_hand_over]",
            run: "click",
        },
        {
            content: "The dialog closes",
            trigger: "body:not(:has(.modal))",
        },
    ],
});
