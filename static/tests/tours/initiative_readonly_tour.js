import { registry } from "@web/core/registry";

// A worker opens a colleague's initiative: it reads as read-only, says why, and
// still lets them log a note and tick the checklist item assigned to them.
registry.category("web_tour.tours").add("community_work_readonly_initiative_tour", {
    steps: () => [
        {
            content: "The form says why it is read-only",
            trigger: ".o_form_view .o_community_readonly_notice",
        },
        {
            content: "The name cannot be edited",
            trigger: ".o_form_view .o_field_widget[name=name]:not(:has(input))",
        },
        {
            content: "The statusbar cannot move the initiative",
            trigger: ".o_statusbar_status button[disabled]:contains('Organise')",
        },
        {
            content: "The priority stars are read-only",
            trigger: ".o_form_view .o_field_widget[name=priority] span.o_priority_star",
        },
        {
            content: "An item assigned to someone else cannot be ticked",
            trigger: ".o_field_widget[name=task_ids] .o_data_row:contains('Map local groups') .o_field_boolean_toggle input:disabled",
        },
        {
            content: "Tick the item assigned to me",
            trigger: ".o_field_widget[name=task_ids] .o_data_row:contains('Knock on doors') .o_field_boolean_toggle input:enabled",
            run: "click",
        },
        {
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_form_saved",
        },
        {
            content: "Log a note on the colleague's initiative",
            trigger: ".o-mail-Chatter-topbar button:contains('Log note')",
            run: "click",
        },
        {
            trigger: ".o-mail-Composer-input",
            run: "edit Met the group at the market",
        },
        {
            trigger: ".o-mail-Composer-send:enabled",
            run: "click",
        },
        {
            trigger: ".o-mail-Message:contains('Met the group at the market')",
        },
    ],
});
